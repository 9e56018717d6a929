#!/usr/bin/env bash
# The classroom loop end to end: three simulated students of different skill (right with
# probability 0.9, 0.7 and 0.4, from seeded draws) study the shipped deck through the real answer
# path (`factdeck answer`), export their results, and the class report ranks them as the
# simulation implies and flags a deliberately broken question (the two stronger students answer
# it wrong, the weak one right). A damaged results file then refuses the whole report.
# usage: cli_classroom_test.sh FACTDECK SHIPPED_DECK.json (the golden build of the shipped deck)
set -euo pipefail
factdeck=$1
deck_json=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The first 16 items of the shipped deck; the first one is the broken question.
mapfile -t ids < <(grep -o '^      "id": "[0-9a-f]\{16\}"' "$deck_json" | head -n 16 | sed 's/.*"\([0-9a-f]*\)"$/\1/')
[ "${#ids[@]}" -eq 16 ] || fail "the deck has fewer than 16 items"
broken=${ids[0]}

# study NAME PERCENT SEED: answers every item once, right with PERCENT% probability.
study() {
  local name=$1 percent=$2 grade
  RANDOM=$3
  for id in "${ids[@]}"; do
    if [ "$id" = "$broken" ]; then
      [ "$percent" -lt 50 ] && grade=good || grade=again
    elif [ $((RANDOM % 100)) -lt "$percent" ]; then
      grade=good
    else
      grade=again
    fi
    "$factdeck" --data-dir "$dir/data" --profile "$name" answer "$id" "$grade" > /dev/null || fail "$name: answer $id"
  done
  "$factdeck" --data-dir "$dir/data" --profile "$name" export --results "$dir/results/$name.json" \
    --deck soviet-diplomacy --name "$name" > /dev/null || fail "$name: export"
}

mkdir -p "$dir/results"
# Each student has a profile of their own, so they study at the same time, as a class would.
study strong 90 11 & strong_pid=$!
study middle 70 12 & middle_pid=$!
study weak 40 13 & weak_pid=$!
wait "$strong_pid" && wait "$middle_pid" && wait "$weak_pid" || fail "a student could not study"

"$factdeck" --data-dir "$dir/data" class-report --deck soviet-diplomacy "$dir/results" -o "$dir/class.html" \
  > "$dir/report.txt" 2> "$dir/err" || fail "class-report: $(cat "$dir/err")"
cat "$dir/report.txt"

grep -q '^Class report: Soviet Diplomacy, 1917–1941 (soviet-diplomacy), 3 students, 16 questions answered' \
  "$dir/report.txt" || fail "header"
rank_of() { awk -v name="$1" '$NF == name && $1 ~ /^[0-9]+$/ { print $1 }' "$dir/report.txt"; }
[ "$(rank_of strong)" = 1 ] || fail "the strong student is not first"
[ "$(rank_of middle)" = 2 ] || fail "the middle student is not second"
[ "$(rank_of weak)" = 3 ] || fail "the weak student is not last"
grep -A1 "^CHECK  $broken  cloze        3      0.33" "$dir/report.txt" | grep -q '(negative discrimination)' ||
  fail "the broken question $broken is not flagged for its negative discrimination"
# It is the first question to check: the most negative discrimination of all.
[ "$(grep -m1 '^CHECK' "$dir/report.txt" | awk '{print $2}')" = "$broken" ] || fail "the broken question is not first"
[ "$(grep -o '<svg' "$dir/class.html" | wc -l)" = 2 ] || fail "the HTML page does not hold its two plots"

# One damaged file refuses the report, naming the file and the place; nothing is written.
head -c 200 "$dir/results/middle.json" > "$dir/results/middle.json.cut" && mv "$dir/results/middle.json.cut" "$dir/results/middle.json"
status=0
"$factdeck" --data-dir "$dir/data" class-report --deck soviet-diplomacy "$dir/results" -o "$dir/again.html" \
  > "$dir/out" 2> "$dir/err" || status=$?
[ "$status" -eq 1 ] || fail "a damaged file did not fail the report (exit $status)"
grep -q "^factdeck class-report: $dir/results/middle.json:[0-9]*:[0-9]*: " "$dir/err" || fail "damaged: $(cat "$dir/err")"
[ ! -s "$dir/out" ] && [ ! -e "$dir/again.html" ] || fail "a refused report still wrote something"
echo "PASS"
