#!/usr/bin/env bash
# The classroom loop end to end: three simulated students of different skill (right with
# probability 0.9, 0.7 and 0.4, from seeded draws) study the shipped deck through the real answer
# path (`factdeck answer`, choosing an option of each multiple choice: the key when right, a
# wrong one when not), over the last three days, export their results, and the class report ranks
# them as the simulation implies: the weak student last, with the lowest mastery; a deliberately
# broken question (the two stronger students choose the same wrong option, the weak one the key)
# flagged with its option counts, in the text, the CSV and the HTML page. A damaged results file
# then refuses the whole report.
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

# key_of ID: the index (from 0) of the right option of the item's multiple choice, or -1.
key_of() {
  awk -v id="$1" '
    $0 ~ "^      \"id\": \"" id "\"" { found = 1; next }
    found && /^      "id": / { exit }
    found && /"kind": "choice"/ { choice = 1 }
    choice && /"correct_option":/ { gsub(/[^0-9-]/, ""); print; exit }' "$deck_json"
}
declare -A key
for id in "${ids[@]}"; do key[$id]=$(key_of "$id"); key[$id]=${key[$id]:--1}; done
[ "${key[$broken]}" -ge 0 ] || fail "the broken question's item has no multiple choice"
wrong_option=$(( key[$broken] == 0 ? 2 : 1 ))  # the first option that is not the key, from 1

# answer NAME ID IS_RIGHT DAYS_AGO: a choice (the key, or the first wrong option) where the item
# has one, else a cloze graded right or wrong.
answer() {
  local name=$1 id=$2 is_right=$3 days=$4 grade=again how=()
  [ "$is_right" = 1 ] && grade=good
  if [ "${key[$id]}" -ge 0 ]; then
    local option=$(( key[$id] == 0 ? 2 : 1 ))
    [ "$is_right" = 1 ] && option=$(( key[$id] + 1 ))
    how=(--kind choice --option "$option")
  fi
  "$factdeck" --data-dir "$dir/data" --profile "$name" answer "$id" "$grade" "${how[@]}" --days-ago "$days" \
    > /dev/null || fail "$name: answer $id"
}

# study NAME PERCENT SEED: answers every item once, right with PERCENT% probability, on the three
# days before today.
study() {
  local name=$1 percent=$2 is_right i=0
  RANDOM=$3
  for id in "${ids[@]}"; do
    if [ "$id" = "$broken" ]; then
      [ "$percent" -lt 50 ] && is_right=1 || is_right=0
    elif [ $((RANDOM % 100)) -lt "$percent" ]; then
      is_right=1
    else
      is_right=0
    fi
    answer "$name" "$id" "$is_right" $(( 3 - i * 3 / ${#ids[@]} ))
    i=$((i + 1))
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

"$factdeck" --data-dir "$dir/data" class-report --deck soviet-diplomacy "$dir/results" --html "$dir/class.html" \
  --csv "$dir/class.csv" > "$dir/report.txt" 2> "$dir/err" || fail "class-report: $(cat "$dir/err")"
cat "$dir/report.txt"

grep -q '^Class report: Soviet Diplomacy, 1917–1941 (soviet-diplomacy), 3 students, 16 questions answered' \
  "$dir/report.txt" || fail "header"
rank_of() { awk -v name="$1" '$NF == name && $1 ~ /^[0-9]+$/ { print $1 }' "$dir/report.txt"; }
[ "$(rank_of strong)" = 1 ] || fail "the strong student is not first"
[ "$(rank_of middle)" = 2 ] || fail "the middle student is not second"
[ "$(rank_of weak)" = 3 ] || fail "the weak student is not last"
# Mastery of the first section (where the 16 items are), students by rank: the weak one (third)
# lowest, and above zero.
read -r m1 m2 m3 _ < <(grep -A2 '^Mastery now' "$dir/report.txt" | tail -n 1 | tr -d '%')
awk -v s="$m1" -v m="$m2" -v w="$m3" 'BEGIN { exit !(w < m && w < s && w > 0) }' ||
  fail "the weak student's mastery of the first section ($m3%) is not the lowest (strong $m1%, middle $m2%)"
[ "$(awk '$NF == "weak" && $1 ~ /^[0-9]+$/ { print $7 }' "$dir/report.txt")" = 3 ] || fail "the weak student's streak is not 3 days"
grep -A2 "^CHECK  $broken  choice       3      0.33" "$dir/report.txt" > "$dir/broken.txt" ||
  fail "the broken question $broken is not flagged"
grep -q '(negative discrimination; fact at soviet-diplomacy.facts.md:[0-9]*)' "$dir/broken.txt" ||
  fail "the broken question is not flagged for its negative discrimination with its fact: $(cat "$dir/broken.txt")"
# Its options, in the order shown, with how often each was chosen: the wrong one twice, the key once.
key_text=$(awk -v id="$broken" '
    $0 ~ "^      \"id\": \"" id "\"" { found = 1; next }
    found && /"kind": "choice"/ { choice = 1; next }
    choice && /"options": \[/ { reading = 1; next }
    reading && /\]/ { exit }
    reading { gsub(/^ *"|",?$/, ""); options[n++] = $0 }
    END { print options['"${key[$broken]}"'] "|" options['"$((wrong_option - 1))"'] }' "$deck_json")
grep -qF "${key_text%%|*}* 1" "$dir/broken.txt" || fail "the key is not counted once: $(cat "$dir/broken.txt")"
grep -qF "${key_text##*|} 2" "$dir/broken.txt" || fail "the wrong option is not counted twice: $(cat "$dir/broken.txt")"
# It is the first question to check: the most negative discrimination of all.
[ "$(grep -m1 '^CHECK' "$dir/report.txt" | awk '{print $2}')" = "$broken" ] || fail "the broken question is not first"
[ "$(grep -o '<svg' "$dir/class.html" | wc -l)" = 3 ] || fail "the HTML page does not hold its three plots"
# The CSV: a header and one row per question, the broken one first with its upper-lower index -1.
[ "$(head -n 1 "$dir/class.csv" | cut -d, -f1-7)" = $'item,kind,students,facility_first,facility_all,discrimination_pb,upper_lower_27' ] ||
  fail "CSV header: $(head -n 1 "$dir/class.csv")"
[ "$(sed -n 2p "$dir/class.csv" | cut -d, -f1-3,7)" = "$broken,choice,3,-1.000" ] || fail "CSV row: $(sed -n 2p "$dir/class.csv")"
[ "$(awk -F, 'NR > 1 && $2 == "weak" { print $1 }' "$dir/class.students.csv")" = 3 ] || fail "students CSV: $(cat "$dir/class.students.csv")"

# One damaged file refuses the report, naming the file and the place; nothing is written.
head -c 200 "$dir/results/middle.json" > "$dir/results/middle.json.cut" && mv "$dir/results/middle.json.cut" "$dir/results/middle.json"
status=0
"$factdeck" --data-dir "$dir/data" class-report --deck soviet-diplomacy "$dir/results" --html "$dir/again.html" \
  > "$dir/out" 2> "$dir/err" || status=$?
[ "$status" -eq 1 ] || fail "a damaged file did not fail the report (exit $status)"
grep -q "^factdeck class-report: $dir/results/middle.json:[0-9]*:[0-9]*: " "$dir/err" || fail "damaged: $(cat "$dir/err")"
[ ! -s "$dir/out" ] && [ ! -e "$dir/again.html" ] || fail "a refused report still wrote something"
echo "PASS"
