#!/usr/bin/env bash
# `factdeck simulate --deck D --exam +N --target R`: plain FSRS, exam mode and cramming, with exam
# mode at the target on the day and fewer extra reviews than cramming; a bad date is refused;
# the options are listed in the usage text.
# usage: cli_exam_test.sh FACTDECK DECK.facts.md
set -euo pipefail
factdeck=$1
deck=$2
out=$("$factdeck" simulate --deck "$deck" --days 90 --exam +60 --target 0.95)
echo "$out"
field() { grep "^$1," <<< "$out" | cut -d, -f"$2"; }
awk -v r="$(field 'exam mode' 2)" 'BEGIN { exit !(r >= 0.95) }' || { echo "FAIL: exam mode below the target"; exit 1; }
awk -v e="$(field 'exam mode' 5)" -v c="$(field cramming 5)" 'BEGIN { exit !(e + 0 > 0 && e + 0 < c + 0) }' ||
  { echo "FAIL: exam mode's extra reviews are not between 0 and cramming's"; exit 1; }
err=$(mktemp)
trap 'rm -f "$err"' EXIT
if "$factdeck" simulate --deck "$deck" --days 90 --exam 2024-02-30 2> "$err"; then
  echo "FAIL: an impossible date was accepted"; exit 1
fi
grep -q 'YYYY-MM-DD' "$err" || { echo "FAIL: the refusal does not say the form"; cat "$err"; exit 1; }
usage=$("$factdeck" simulate --help 2>&1 || true)
for option in --exam --target --cram-days; do
  grep -q -- "$option" <<< "$usage" || { echo "FAIL: $option not in the usage"; exit 1; }
done
echo "PASS"
