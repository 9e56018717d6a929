#!/usr/bin/env bash
# Two scripts answering on one profile at the same time lose no answer: each `factdeck answer`
# waits (up to 3 s) for the other's profile lock instead of failing, and appends to the journal.
# usage: cli_concurrent_answers_test.sh FACTDECK
set -uo pipefail
factdeck=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
per_writer=8

# answers_kept: how many answers the profile holds.
answers_kept() {
  "$factdeck" --data-dir "$dir/data" export --revlog-csv "$dir/log.csv" >/dev/null || fail "export failed"
  echo $(($(wc -l < "$dir/log.csv") - 1))
}

# A profile with some answers, so that `due` lists the shipped deck's new items.
"$factdeck" --data-dir "$dir/data" simulate --items 5 --days 1 --write-profile default >/dev/null 2>&1 ||
  fail "could not make a profile"
before=$(answers_kept)
mapfile -t items < <("$factdeck" --data-dir "$dir/data" due --json 2>/dev/null |
  grep -o '"item": "[0-9a-f]*"' | cut -d'"' -f4 | head -n $((2 * per_writer)))
[ "${#items[@]}" -eq $((2 * per_writer)) ] || { echo "FAIL: only ${#items[@]} items listed"; exit 1; }

# answer_all FIRST LOG: answers items FIRST..FIRST+per_writer-1, one process each, logging the
# exit codes.
answer_all() {
  local first=$1 log=$2
  for ((i = first; i < first + per_writer; i++)); do
    "$factdeck" --data-dir "$dir/data" answer "${items[$i]}" good >/dev/null 2>>"$log.err"
    echo $? >> "$log"
  done
}
answer_all 0 "$dir/a" &
answer_all "$per_writer" "$dir/b" &
wait

refused=$(cat "$dir/a" "$dir/b" | grep -cv '^0$')
[ "$refused" -eq 0 ] || { fail "$refused answers failed"; cat "$dir/a.err" "$dir/b.err"; }
added=$(($(answers_kept) - before))
[ "$added" -eq $((2 * per_writer)) ] || fail "$added answers kept of $((2 * per_writer))"

[ "$failures" -eq 0 ] && echo "PASS"
exit $((failures > 0))
