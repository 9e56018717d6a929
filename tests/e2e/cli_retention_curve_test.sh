#!/usr/bin/env bash
# `factdeck simulate --deck D --retention-curve`: one row per desired retention 0.70-0.99, minutes
# rising with retention, exactly one best point marked, and the option listed in the usage text.
# usage: cli_retention_curve_test.sh FACTDECK DECK.facts.md
set -euo pipefail
factdeck=$1
deck=$2
out=$("$factdeck" simulate --deck "$deck" --retention-curve --days 120)
echo "$out"
rows=$(grep -c '^0\.[789][0-9],' <<< "$out")
[ "$rows" -eq 30 ] || { echo "FAIL: $rows rows, expected 30"; exit 1; }
[ "$(grep -c ',\*$' <<< "$out")" -eq 1 ] || { echo "FAIL: not exactly one best point"; exit 1; }
first=$(grep '^0\.70,' <<< "$out" | cut -d, -f3)
last=$(grep '^0\.99,' <<< "$out" | cut -d, -f3)
awk -v a="$first" -v b="$last" 'BEGIN { exit !(b > 2 * a) }' || { echo "FAIL: minutes do not rise"; exit 1; }
usage=$("$factdeck" simulate --help 2>&1 || true)
grep -q -- '--retention-curve' <<< "$usage" || { echo "FAIL: not in the usage"; exit 1; }
echo "PASS"
