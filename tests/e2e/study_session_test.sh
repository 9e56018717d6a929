#!/usr/bin/env bash
# A learner's session with real key presses (xdotool) in the real window under Xvfb:
# answer 40+ questions of at least four kinds (no two related items back to back), undo one,
# suspend one item and flag another, open one in the editor, quit, relaunch, and check with
# `factdeck due`/`stats` that every answer and mark was kept. Then take a 10-question practice test. Grades wait for the verdict to be on
# screen (a double press of one key must not grade unseen: checked on the first multiple choice).
set -euo pipefail
factdeck=$1
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
e2e_skip_without_x
data=$(mktemp -d)
shots=${FACTDECK_E2E_SHOTS:-$data/shots}
mkdir -p "$shots"
trap 'e2e_stop; rm -rf "$data"' EXIT

# First run: the app creates the profile; quit at once.
e2e_start_display
e2e_launch "$factdeck" --data-dir "$data"
import -window root "$shots/e2e-first-run.png"
e2e_quit

# Seed six items answered weeks ago, so that mature items are due: they are asked as recall
# (typed) questions, young ones as recognition (multiple choice, true/false).
mapfile -t seeded < <("$factdeck" --data-dir "$data" due | awk 'NR > 1 && NR <= 7 {print $1}')
for id in "${seeded[@]}"; do
  "$factdeck" --data-dir "$data" answer "$id" easy --days-ago 120 >/dev/null
  "$factdeck" --data-dir "$data" answer "$id" good --days-ago 100 >/dev/null
done

# A stand-in editor that records how it was called (VISUAL is what Edit, Ctrl+E, starts).
cat >"$data/fake-editor" <<'EDITOR'
#!/bin/sh
printf '%s\n' "$@" >"$(dirname "$0")/editor-args"
EDITOR
chmod +x "$data/fake-editor"
export VISUAL="$data/fake-editor --wait"
e2e_launch "$factdeck" --data-dir "$data"
unset VISUAL

# e2e_grade KEY: grades the verdict on screen. A grade counts once the verdict has been visible
# for 0.3 s (earlier presses are refused on purpose, with a hint), so wait past that; a press
# refused anyway (a slow frame under load) leaves the verdict up and is made again.
e2e_grade() {
  e2e_wait_title "rate the answer"
  sleep 0.45
  for _ in 1 2 3; do
    e2e_key "$1"
    e2e_wait_for 10 title_lacks "rate the answer" && return 0
  done
  echo "FAIL: the grade key $1 was refused three times"
  exit 1
}
title_lacks() { ! e2e_title | grep -Eq "$1"; }
title_has() { e2e_title | grep -Eq "$1"; }
title_lacks() { ! title_has "$1"; }

# answer_entries N: keys 1-4 for the entries of practice question N's exercise. An exercise may
# have only 3 entries: a fourth key would answer the next question, so it waits (up to 2 s) for
# question N to go first.
answer_entries() {
  for k in 1 2 3 4; do
    if [ "$k" = 4 ] && e2e_wait_for 2 title_lacks "practice $1/10"; then return; fi
    e2e_key "$k"
  done
}

# Home lists the deck once it has loaded; Enter studies it.
e2e_key Return
if ! e2e_wait_for 10 title_has "study"; then
  e2e_key Return
  e2e_wait_title "study"
fi
declare -A kinds=()
answered=0
checked_double_press=
# A double press: "2" picks the second option and "2" again, 40 ms later, would grade Hard
# before the verdict was seen; the verdict must stay up.
double_press() {
  xdotool key --delay 40 2 2
  e2e_wait_title "rate the answer"
  sleep 1.5
  title_has "rate the answer" || { echo "FAIL: a double press graded an unseen verdict"; exit 1; }
  import -window root "$shots/e2e-double-press.png"
  checked_double_press=1
}
# Reviews are spread among the new items, so go on until a typed question was seen too.
while [ "$answered" -lt 40 ] || { [ -z "${kinds[cloze]:-}${kinds[wh]:-}" ] && [ "$answered" -lt 60 ]; }; do
  title=$(e2e_title)
  case "$title" in
    *"multiple choice"*)
      if [ -z "$checked_double_press" ]; then double_press; else e2e_key 2; fi
      kinds[choice]=1 ;;
    *"true or false"*) e2e_key t; kinds[truefalse]=1 ;;
    *"typed answer"*) e2e_type "Molotov"; e2e_key Return; kinds[cloze]=1 ;;
    *"typed question"*) e2e_type "1939"; e2e_key Return; kinds[wh]=1 ;;
    *"session summary"*) break ;;
    *) echo "FAIL: unexpected window title '$title'"; exit 1 ;;
  esac
  e2e_wait_title "rate the answer"
  [ "$answered" -eq 3 ] && import -window root "$shots/e2e-answered.png"
  e2e_grade Return
  answered=$((answered + 1))
done
echo "answered $answered questions of kinds: ${!kinds[*]}"
[ "$answered" -ge 40 ] || { echo "FAIL: only $answered questions were offered"; exit 1; }
[ "${#kinds[@]}" -ge 2 ] || { echo "FAIL: only ${#kinds[@]} question kinds were shown: ${!kinds[*]}"; exit 1; }
[ -n "$checked_double_press" ] || { echo "FAIL: no multiple choice question to press twice"; exit 1; }
# No answer may follow a related item (the same fact, the same answer, or a sentence that states
# it): the headless command reads the answers in the order the window took them.
related=$("$factdeck" --data-dir "$data" related --last "$answered")
echo "$related" | tail -n 3
[[ "$related" == *"$answered study answers, 0 right after a related item"* ]] ||
  { echo "FAIL: an answer came right after a related item"; exit 1; }

due_says() { "$factdeck" --data-dir "$data" due 2>/dev/null | head -n 1 | grep -q "$1"; }
e2e_key ctrl+z   # undo the last answer: 20 stay recorded
e2e_wait_title "study: (multiple|true|typed)"
e2e_key ctrl+j   # suspend the item shown again; the next question comes
e2e_wait_for 15 due_says "1 suspended" || { echo "FAIL: Ctrl+J suspended nothing"; exit 1; }
e2e_key ctrl+k   # flag the next one
e2e_wait_title "\(flagged\)"
import -window root "$shots/e2e-flagged.png"
# Open its fact in the (stand-in) editor; opening it twice is harmless, so a press that had no
# effect in 10 s is made once more.
e2e_key ctrl+e
editor_ran() { [ -s "$data/editor-args" ]; }
if ! e2e_wait_for 10 editor_ran; then
  e2e_key ctrl+e
  e2e_wait_for 15 editor_ran || { echo "FAIL: Ctrl+E did not start the editor"; exit 1; }
fi
mapfile -t editor_args <"$data/editor-args"
echo "editor started with: ${editor_args[*]}"
[ "${editor_args[0]}" = "--wait" ] && [[ "${editor_args[1]}" =~ ^\+[0-9]+$ ]] &&
  [[ "${editor_args[2]}" == *.facts.md ]] || { echo "FAIL: unexpected editor arguments"; exit 1; }
fact_line=$(sed -n "${editor_args[1]#+}p" "${editor_args[2]}")
[[ "$fact_line" == *"]{"* ]] || { echo "FAIL: line ${editor_args[1]#+} is not a fact: $fact_line"; exit 1; }
e2e_key Escape
e2e_quit

# Relaunch: the profile opens cleanly, then check the answers through the headless commands.
e2e_launch "$factdeck" --data-dir "$data"
e2e_quit
today=$("$factdeck" --data-dir "$data" stats --json | grep -o '"answered": *[0-9]*' | head -n 1 | grep -o '[0-9]*$')
echo "answers recorded today: $today"
expected=$((answered - 1))
[ "$today" -eq "$expected" ] || { echo "FAIL: expected $expected answers today ($answered given, 1 undone), found $today"; exit 1; }
marks=$("$factdeck" --data-dir "$data" due | head -n 1)
echo "due after relaunch: $marks"
[[ "$marks" == *"1 suspended, 1 flagged"* ]] || { echo "FAIL: expected 1 suspended and 1 flagged item"; exit 1; }

# A 10-question practice test, answered with keys; the score shown must match the store.
e2e_launch "$factdeck" --data-dir "$data"
e2e_key p
if ! e2e_wait_for 10 title_has "practice set-up"; then
  e2e_key p
  e2e_wait_title "practice set-up"
fi
e2e_key Return
for question in $(seq 10); do
  e2e_wait_title "practice $question/10|practice result"
  title=$(e2e_title)
  case "$title" in
    *"multiple choice"*) e2e_key 1 ;;
    *"true or false"*) e2e_key f ;;
    *"typed answer"*) e2e_type "Stalin"; e2e_key Return ;;
    *chronology*) answer_entries "$question"; kinds[chronology]=1 ;;
    *matching*) answer_entries "$question"; kinds[matching]=1 ;;
    *) echo "FAIL: unexpected window title '$title' in the practice test"; exit 1 ;;
  esac
done
e2e_wait_title "practice result"
score=$(e2e_title | grep -Eo '[0-9]+/10')
echo "practice score: $score; kinds over the whole run: ${!kinds[*]}"
[ "${#kinds[@]}" -ge 4 ] || { echo "FAIL: fewer than four question kinds were answered"; exit 1; }
import -window root "$shots/e2e-practice-result.png"
e2e_key Return
e2e_quit

# The store must hold what the result screen showed: the test's session with the same score, and
# its answers logged as practice answers (one per item asked; an exercise asks several items).
"$factdeck" --data-dir "$data" export --json "$data/export.json"
session_answers=$(grep -Eo '"answers": [0-9]+' "$data/export.json" | tail -n 1 | grep -Eo '[0-9]+$')
session_correct=$(grep -Eo '"correct": [0-9]+' "$data/export.json" | tail -n 1 | grep -Eo '[0-9]+$')
practice_answers=$(grep -c '"is_practice": true' "$data/export.json" || true)
echo "stored practice session: $session_correct/$session_answers, $practice_answers practice answers"
[ "$session_correct/$session_answers" == "$score" ] ||
  { echo "FAIL: the store holds $session_correct/$session_answers, the screen showed $score"; exit 1; }
[ "$practice_answers" -ge 10 ] || { echo "FAIL: fewer than 10 practice answers were stored"; exit 1; }
echo "PASS"
