#!/usr/bin/env bash
# workshop_trial: a teacher's pass over a ~1,000-word plain text in the Workshop screen, driven
# with real key presses (xdotool) under Xvfb, as docs/teachers-guide.md reports it: every
# proposal decided in text order (accept, reject, retype, or reject and tag better words), then
# saved and checked. Prints the decisions by kind, the keys pressed, the words typed, the
# scripted run's wall time, and `quizgen check`'s summary of the saved facts file.
#
# usage: bench/workshop_trial.sh FACTDECK QUIZGEN [TEXT]   (TEXT: tests/data/workshop/space-race.txt)
set -euo pipefail
factdeck=$(realpath "$1")
quizgen=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
text=${3:-$here/../tests/data/workshop/space-race.txt}
source "$here/../tests/e2e/lib.sh"
e2e_skip_without_x
work=$(mktemp -d)
trap 'e2e_stop; rm -rf "$work"' EXIT
mkdir -p "$work/no-shipped-decks"
cp "$text" "$work/trial.txt"
export FACTDECK_DECKS_DIR="$work/no-shipped-decks"

# The teacher's decisions on the proposals of space-race.txt, by their place in the list (as
# `quizgen draft` proposes them, in text order); every other proposal is accepted. A digit
# retypes (1 person, 2 date, 3 place, 4 org, 5 event, 6 number, 7 term); "r" rejects; "+WORDS|D"
# rejects the proposal and tags WORDS of its sentence instead, as type D.
declare -A decision=(
  [13]=7 [17]=3 [26]=r [42]=4 [59]="+Gemini 8|5" [61]=r [78]="+Apollo 8|5" [84]=r
  [85]="+Apollo 11|5" [86]=3 [93]="+650 million|6" [97]="+Apollo 12|5" [101]="+Apollo 13|5"
  [103]="+Apollo 15|5" [112]="+Luna 9|5" [114]="+Luna 16|5" [116]="+Lunokhod 1|5"
  [126]="+Mariner 2|5" [129]="+Mariner 4|5" [136]=r [137]="+Mars 3|5" [140]="+Mariner 9|5"
  [143]="+Pioneer 10|5" [150]=5 [151]=r [159]=3
)
keys=0
typed_words=0
declare -A kinds=()
key() { e2e_key "$1"; keys=$((keys + 1)); }

e2e_start_display 1280x800
e2e_launch "$factdeck" --data-dir "$work/profile"
started=$(date +%s.%N)
key w
e2e_wait_title "workshop$"
e2e_type "$work/trial.txt"
key Return
e2e_wait_title "workshop: 0/[0-9]+ decided"
proposals=$(e2e_title | grep -Eo '0/[0-9]+' | cut -d/ -f2)
for position in $(seq "$proposals"); do
  what=${decision[$position]:-a}
  case "$what" in
    a) key a; kinds[accepted]=$((${kinds[accepted]:-0} + 1)) ;;
    r) key r; kinds[rejected]=$((${kinds[rejected]:-0} + 1)) ;;
    [1-7]) key "$what"; key j; kinds[retyped]=$((${kinds[retyped]:-0} + 1)) ;;
    +*)
      words=${what#+}; words=${words%|*}
      key r; key k; key n
      e2e_type "$words"; typed_words=$((typed_words + $(wc -w <<<"$words")))
      key Return
      key k; key "${what#*|}"; key j
      kinds[replaced]=$((${kinds[replaced]:-0} + 1)) ;;
  esac
done
e2e_wait_title "workshop: ([0-9]+)/\1 decided"
key ctrl+s
for _ in 1 2; do e2e_title | grep -q ', saved$' && break; sleep 2; key ctrl+s; done
e2e_wait_title ", saved$"
finished=$(date +%s.%N)
echo "title: $(e2e_title)"
echo "proposals: $proposals; decisions: ${kinds[accepted]:-0} accepted, ${kinds[rejected]:-0} rejected," \
     "${kinds[retyped]:-0} retyped, ${kinds[replaced]:-0} replaced by better words"
echo "keys pressed: $keys; words typed: $typed_words (plus the file's path)"
awk -v s="$started" -v f="$finished" 'BEGIN {printf "scripted run: %.1f s\n", f - s}'
"$quizgen" check "$work/trial.facts.md" 2>&1 | grep -E '^[^ ]+: ([0-9]+ facts|questions)' | sed "s|$work/||"
echo "spans in the file: $(grep -o '\]{' "$work/trial.facts.md" | wc -l)"
