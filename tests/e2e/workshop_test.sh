#!/usr/bin/env bash
# The teacher's workshop with real key presses (xdotool) in the real window under Xvfb: open a
# plain text of 15 sentences, accept the draft tags, fix two (a wrong span, a wrong type),
# reject one generated question, save, open the facts file as a deck and study it. Screenshots of
# each step go to FACTDECK_E2E_SHOTS when set (docs/screenshots/ holds them).
set -euo pipefail
factdeck=$1
text=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
e2e_skip_without_x
data=$(mktemp -d)
shots=${FACTDECK_E2E_SHOTS:-$data/shots}
mkdir -p "$shots" "$data/no-shipped-decks" "$data/texts"
trap 'e2e_stop; rm -rf "$data"' EXIT
cp "$text" "$data/texts/moon.txt"
facts="$data/texts/moon.facts.md"
export FACTDECK_DECKS_DIR="$data/no-shipped-decks"  # the workshop's deck is the only one

shot() { sleep 0.3; import -window root "$shots/workshop-$1.png"; }
# press KEY N: the same key N times.
press() { for _ in $(seq "$2"); do e2e_key "$1"; done; }
# key_until KEY PATTERN: presses KEY (an idempotent command) until the title matches, at most
# three times: under heavy load an X server has been seen to lose a Ctrl chord now and then.
key_until() {
  for _ in 1 2 3; do
    e2e_key "$1"
    for _ in $(seq 40); do e2e_title | grep -Eq "$2" && return 0; sleep 0.1; done
  done
  echo "FAIL: window title '$(e2e_title)' never matched '$2' after $1"
  exit 1
}

e2e_start_display "${FACTDECK_E2E_SIZE:-1280x800}"
e2e_launch "$factdeck" --data-dir "$data/profile" --size "${FACTDECK_E2E_SIZE:-1280x800}"
e2e_key w
e2e_wait_title "workshop$"
shot 1-start
e2e_type "$data/texts/moon.txt"   # the path field has the keyboard on the start screen
e2e_key Return
e2e_wait_title "workshop: 0/[0-9]+ decided, 0 facts"
proposals=$(e2e_title | grep -Eo '0/[0-9]+' | cut -d/ -f2)
echo "proposals: $proposals"
shot 2-proposals

# The proposals in text order: Earth, Earth, 384,400 km, Galileo Galilei, 1609, Luna 2,
# September 1959, then "3" of "Luna 3" (a number where the probe's name is meant).
press a 7
e2e_key r                 # reject "3" (the list moves on to October 1959, in the same sentence)
e2e_key n                 # tag other words of this sentence: "Luna 3" replaces the rejected "3"
e2e_type "Luna 3"
e2e_key Return
e2e_wait_title "workshop: 8/$proposals decided"
e2e_key k                 # the added span, just before October 1959
e2e_key 5                 # make it an event
press a 17                # accept up to Chandrayaan-3, proposed as a person
e2e_key 5                 # it is a probe: an event
e2e_wait_title "workshop: 25/$proposals decided"
press a 5                 # the rest; the list stays on the last one, the Atlantic Ocean
e2e_wait_title "workshop: $proposals/$proposals decided, [0-9]+ facts"
shot 3-decided
e2e_key x                 # reject the first question of the Atlantic Ocean's sentence
sleep 0.5
shot 4-question-rejected
key_until ctrl+s ", saved$"
grep -q '\[Luna 3\]{event}' "$facts" || { echo "FAIL: the added span is not in the facts file"; exit 1; }
grep -q '\[Chandrayaan-3\]{event}' "$facts" || { echo "FAIL: the retyped span is not in the facts file"; exit 1; }
grep -q 'Luna \[3\]' "$facts" && { echo "FAIL: the rejected proposal was written"; exit 1; }
grep -q '<!-- review: reject .* of "Atlantic Ocean" -->' "$facts" ||
  { echo "FAIL: the rejected question is not a review comment"; cat "$facts"; exit 1; }
cmp -s "$text" "$data/texts/moon.txt" || { echo "FAIL: the teacher's text was changed"; exit 1; }
facts_count=$(grep -c '^- .*\]{' "$facts")
echo "facts file: $facts_count tagged facts"

key_until ctrl+d "^factdeck$"   # open it as a deck: the home screen lists it
sleep 0.5
shot 5-deck-opened
e2e_key Return            # study it
e2e_wait_title "study: "
shot 6-studying
answered=0
while [ "$answered" -lt 3 ]; do
  case "$(e2e_title)" in
    *"multiple choice"*) e2e_key 1 ;;
    *"true or false"*) e2e_key t ;;
    *"typed"*) e2e_type "Moon"; e2e_key Return ;;
    *) echo "FAIL: unexpected window title '$(e2e_title)'"; exit 1 ;;
  esac
  e2e_wait_title "rate the answer"
  sleep 0.45                # a grade counts once the verdict has been on screen for 0.3 s
  e2e_key Return
  answered=$((answered + 1))
  e2e_wait_title_not "rate the answer"
done
e2e_quit
today=$("$factdeck" --data-dir "$data/profile" stats --json | grep -o '"answered": *[0-9]*' | head -n 1 | grep -o '[0-9]*$')
echo "answers recorded today: $today"
[ "$today" -eq 3 ] || { echo "FAIL: expected 3 answers, found $today"; exit 1; }
echo "PASS"
