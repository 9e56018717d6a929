#!/usr/bin/env bash
# `factdeck recompute`: new parameters reach every answered item of a simulated profile; a dry
# run stores nothing; --reschedule moves due dates; applying the same parameters again changes
# nothing (they were stored with the states).
# usage: cli_recompute_test.sh FACTDECK DECK.facts.md
set -euo pipefail
factdeck=$1
deck=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export TZ=UTC
params=0.3,1.0,3.0,8.2956,6.4133,0.8334,3.0194,0.001,1.7,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.3
"$factdeck" --data-dir "$dir" simulate --deck "$deck" --days 30 --write-profile sim > /dev/null

run() { "$factdeck" --data-dir "$dir" recompute --deck "$deck" --params "$params" --profile sim "$@"; }
dry=$(run --dry-run); echo "$dry"
grep -Eq 'answered items recomputed, [1-9][0-9]* changed, 0 due dates moved \(dry run' <<< "$dry" || { echo "FAIL: dry run"; exit 1; }
applied=$(run --reschedule); echo "$applied"
grep -Eq '[1-9][0-9]* changed, [1-9][0-9]* due dates moved$' <<< "$applied" || { echo "FAIL: nothing rescheduled"; exit 1; }
again=$(run); echo "$again"
grep -q ', 0 changed, 0 due dates moved$' <<< "$again" || { echo "FAIL: the new parameters were not stored"; exit 1; }
echo "PASS"
