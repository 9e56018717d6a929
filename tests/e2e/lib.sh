# Shared helpers for the end-to-end tests: a virtual X server, the app in it, real key presses.
# Source it; then call e2e_start_display and e2e_launch.
set -euo pipefail
# Under AddressSanitizer, leak checking stays on for the core tests but is off for the window:
# Mesa's drivers are loaded with dlopen and keep allocations for the process lifetime, in frames
# LeakSanitizer cannot attribute. Memory errors are still caught.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

e2e_skip_without_x() {
  for tool in Xvfb xdotool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "SKIPPED: $tool is not installed (run scripts/setup)"
      exit 77
    fi
  done
}

# Starts Xvfb on a display number it picks itself (-displayfd: no race with other X servers
# starting at the same time) and exports DISPLAY.
e2e_start_display() {
  local size=${1:-1280x800}
  local number_file
  number_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$number_file" >/dev/null 2>&1 &
  E2E_XVFB_PID=$!
  for _ in $(seq 100); do
    if [ -s "$number_file" ]; then
      export DISPLAY=":$(head -n 1 "$number_file")"
      if xdotool getdisplaygeometry >/dev/null 2>&1; then
        rm -f "$number_file"
        return 0
      fi
    fi
    sleep 0.1
  done
  rm -f "$number_file"
  kill "$E2E_XVFB_PID" 2>/dev/null || true
  echo "SKIPPED: no X server could be started here"
  exit 77
}

e2e_stop() {
  [ -n "${E2E_APP_PID:-}" ] && kill "$E2E_APP_PID" 2>/dev/null || true
  [ -n "${E2E_XVFB_PID:-}" ] && kill "$E2E_XVFB_PID" 2>/dev/null || true
}

# e2e_launch FACTDECK ARGS...: starts the app and waits for its window.
e2e_launch() {
  "$@" &
  E2E_APP_PID=$!
  for _ in $(seq 100); do
    E2E_WINDOW=$(xdotool search --onlyvisible --name '^factdeck' 2>/dev/null | head -n 1 || true)
    [ -n "$E2E_WINDOW" ] && break
    sleep 0.1
  done
  [ -n "$E2E_WINDOW" ] || { echo "FAIL: the window never appeared"; exit 1; }
  xdotool windowfocus --sync "$E2E_WINDOW" 2>/dev/null || true
  sleep 0.3
}

e2e_title() { xdotool getwindowname "$E2E_WINDOW" 2>/dev/null || echo ""; }

# e2e_key KEY: a real key press, held briefly as a person would.
e2e_key() {
  xdotool key --delay 60 "$1"
  sleep 0.15
}

e2e_type() {
  xdotool type --delay 30 "$1"
  sleep 0.1
}

# e2e_wait_title PATTERN: waits until the window title matches (grep -E), or fails. A slow
# frame (sanitizers, a loaded machine) must not make the test read the previous screen's title.
e2e_wait_title() {
  for _ in $(seq 150); do
    e2e_title | grep -Eq "$1" && return 0
    sleep 0.1
  done
  echo "FAIL: window title '$(e2e_title)' never matched '$1'"
  exit 1
}

# e2e_wait_title_not PATTERN: waits until the window title no longer matches, or fails.
e2e_wait_title_not() {
  for _ in $(seq 150); do
    e2e_title | grep -Eq "$1" || return 0
    sleep 0.1
  done
  echo "FAIL: window title '$(e2e_title)' still matches '$1'"
  exit 1
}

# e2e_wait_for SECONDS COMMAND...: polls COMMAND every 0.1 s until it succeeds; fails when it
# never does. Waiting on a result instead of a fixed sleep keeps the tests right under load.
e2e_wait_for() {
  local tries=$(($1 * 10))
  shift
  for _ in $(seq "$tries"); do
    "$@" && return 0
    sleep 0.1
  done
  return 1
}

e2e_app_is_gone() { ! kill -0 "$E2E_APP_PID" 2>/dev/null; }

# e2e_quit: Ctrl+Q, then waits for the app to exit and checks its status. Quitting twice is
# harmless, so a press that had no effect in 10 s (a loaded machine) is made once more.
e2e_quit() {
  e2e_key ctrl+q
  if ! e2e_wait_for 10 e2e_app_is_gone; then
    echo "note: the app was still running 10 s after Ctrl+Q; pressing it again"
    e2e_key ctrl+q
    e2e_wait_for 20 e2e_app_is_gone || { echo "FAIL: the app did not quit"; exit 1; }
  fi
  wait "$E2E_APP_PID" || { echo "FAIL: the app did not exit cleanly"; exit 1; }
  E2E_APP_PID=
}
