#!/usr/bin/env bash
# `factdeck optimize`: fits on every card by default (as Anki) and says the metrics are in-sample;
# --hold-out fits on 80% and evaluates on the other 20%, and says so; the peak memory it reports is
# its own, not that of a large process that started it (here a shell holding 100 MiB that execs it).
# usage: cli_optimize_test.sh FACTDECK REVLOG.csv
set -euo pipefail
factdeck=$1
revlog=$2

all=$("$factdeck" optimize --revlog "$revlog")
echo "$all"
grep -q 'fit on [0-9]* items of all cards' <<< "$all" || { echo "FAIL: the default fit is not on all cards"; exit 1; }
grep -q 'evaluated on the cards the fit used (in-sample' <<< "$all" || { echo "FAIL: in-sample evaluation not stated"; exit 1; }

held=$("$factdeck" optimize --revlog "$revlog" --json --hold-out)
echo "$held"
grep -q '"evaluated_on": "held-out-cards"' <<< "$held" || { echo "FAIL: held-out evaluation not stated"; exit 1; }
test_items=$(sed -n 's/.*"test_items": \([0-9]*\).*/\1/p' <<< "$held")
[ "$test_items" -gt 0 ] || { echo "FAIL: no held-out items"; exit 1; }

# Compared with a run from a small parent rather than with a fixed bound: a sanitizer build's own
# peak (shadow memory) is over 100 MiB by itself.
peak_of() { sed -n 's/.*"peak_memory_mib": \([0-9.]*\).*/\1/p'; }
alone=$("$factdeck" optimize --revlog "$revlog" --json | peak_of)
peak=$(bash -c 'big=$(head -c 100M /dev/zero | tr "\0" a); exec "$0" optimize --revlog "$1" --json' "$factdeck" "$revlog" |
       peak_of)
echo "peak memory: $alone MiB alone, $peak MiB after exec from a 100 MiB parent"
awk -v a="$alone" -v p="$peak" 'BEGIN { d = p - a; if (d < 0) d = -d; exit !(p > 0 && d < 50) }' ||
  { echo "FAIL: the peak memory is not the process's own"; exit 1; }
echo "PASS"
