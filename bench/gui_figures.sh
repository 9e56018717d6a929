#!/usr/bin/env bash
# gui_figures: the study app's figures under Xvfb at 1280x800, each on a fresh --data-dir:
#   first paint (median of N cold starts; needs a first-paint timer, see below),
#   idle CPU over 10 s, private memory (RssAnon) and RSS on the home screen and while studying,
#   CPU time per keystroke while typing an answer.
#
# usage: bench/gui_figures.sh FACTDECK [PAINT_TIMER] [N]
#   PAINT_TIMER: a program run as `PAINT_TIMER -t 10 -- CMD...` that prints `pid N` and
#   `paint_ms X` (the time from exec to the first non-uniform window content); without it the
#   first-paint figure is skipped.
set -euo pipefail
factdeck=$(realpath "$1")
paint_timer=${2:-}
runs=${3:-10}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../tests/e2e/lib.sh"
e2e_skip_without_x
work=$(mktemp -d)
trap 'e2e_stop; rm -rf "$work"' EXIT
e2e_start_display 1280x800

median() { sort -n | awk '{v[NR] = $1} END {print (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2}'; }

# CPU time of every thread of PID (Mesa's rasteriser threads included), in nanoseconds.
cpu_ns() { cat /proc/"$1"/task/*/schedstat | awk '{sum += $1} END {printf "%.0f\n", sum}'; }

memory() { grep -E '^(RssAnon|VmRSS):' /proc/"$1"/status | awk '{printf "%s %.1f MB  ", $1, $2 / 1024}'; }

first_paint() {
  [ -n "$paint_timer" ] || { echo "first paint: skipped (no paint timer given)"; return; }
  local times=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/paint"
    "$paint_timer" -t 10 -- "$factdeck" --data-dir "$work/paint" >"$work/timer.out" 2>/dev/null &
    local timer=$!
    for _ in $(seq 50); do grep -q 'paint_ms\|fail' "$work/timer.out" && break; sleep 0.1; done
    kill "$(awk '/^pid/ {print $2}' "$work/timer.out")" 2>/dev/null || true
    wait "$timer" 2>/dev/null || true
    times+=("$(grep -Eo 'paint_ms [0-9.]+' "$work/timer.out" | awk '{print $2}')")
  done
  echo "first paint: median $(printf '%s\n' "${times[@]}" | median) ms of $runs cold starts (${times[*]})"
}

idle_and_memory() {
  e2e_launch "$factdeck" --data-dir "$work/idle"
  sleep 2
  local before after
  before=$(cpu_ns "$E2E_APP_PID")
  sleep 10
  after=$(cpu_ns "$E2E_APP_PID")
  awk -v ns=$((after - before)) 'BEGIN {printf "idle CPU: %.2f%% (%.1f ms of CPU in 10 s)\n", ns / 1e8, ns / 1e6}'
  echo "home screen: $(memory "$E2E_APP_PID")"
  e2e_key ctrl+q
  wait "$E2E_APP_PID" || true
  E2E_APP_PID=
}

# Items answered months ago are due and asked as typed recall questions (as in the e2e test).
seed_mature_items() {
  "$factdeck" --data-dir "$1" due >/dev/null
  e2e_launch "$factdeck" --data-dir "$1"
  e2e_key ctrl+q
  wait "$E2E_APP_PID" || true
  local id
  for id in $("$factdeck" --data-dir "$1" due | awk 'NR > 1 && NR <= 7 {print $1}'); do
    "$factdeck" --data-dir "$1" answer "$id" easy --days-ago 120 >/dev/null
    "$factdeck" --data-dir "$1" answer "$id" good --days-ago 100 >/dev/null
  done
}

typing() {
  seed_mature_items "$work/typing"
  e2e_launch "$factdeck" --data-dir "$work/typing"
  e2e_key Return
  for _ in $(seq 60); do
    case "$(e2e_title)" in
      *"typed"*) break ;;
      *"multiple choice"*) e2e_key 1 ;;
      *"true or false"*) e2e_key t ;;
      *) echo "typing: no typed question reached (title '$(e2e_title)')"; return ;;
    esac
    e2e_wait_title "rate the answer"
    e2e_key Return
  done
  local text="the treaty of rapallo was signed in april" before after
  before=$(cpu_ns "$E2E_APP_PID")
  xdotool type --delay 80 "$text"
  sleep 0.3
  after=$(cpu_ns "$E2E_APP_PID")
  [ -n "${GUI_FIGURES_SHOT:-}" ] && import -window root "$GUI_FIGURES_SHOT"
  awk -v ns=$((after - before)) -v keys=${#text} \
    'BEGIN {printf "typing: %.1f ms of CPU per keystroke (%d keystrokes, every thread)\n", ns / 1e6 / keys, keys}'
  echo "studying: $(memory "$E2E_APP_PID")"
  e2e_key ctrl+q
  wait "$E2E_APP_PID" || true
  E2E_APP_PID=
}

echo "$("$factdeck" --version) on $(nproc) cores, Xvfb 1280x800"
first_paint
idle_and_memory
typing
