#!/usr/bin/env bash
# Hostile files never crash the headless commands: a deck or an import of 200,000 nested brackets
# (which overflowed the stack of every command that read it), and an import of nonsense values
# (which then broke `stats` for good), are refused with a message naming the file; a deck in the
# remembered list that no longer opens is skipped with a warning.
# usage: cli_hostile_files_test.sh FACTDECK
set -uo pipefail
factdeck=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
open(d + "/deep.json", "w").write("[" * 200000 + "]" * 200000)
open(d + "/deep-objects.json", "w").write('{"a":' * 200000 + "1" + "}" * 200000)
PY

# run NAME EXPECTED_RC ARGS...: the command must exit with EXPECTED_RC (never a signal) and name
# the file in its message, without library text.
run() {
  local name=$1 expected=$2
  shift 2
  "$factdeck" --data-dir "$dir/data" "$@" > "$dir/out" 2> "$dir/err"
  local rc=$?
  if [ "$rc" -ne "$expected" ]; then
    fail "$name: exit $rc, expected $expected"; cat "$dir/err"; return
  fi
  if [ "$expected" -ne 0 ] && ! grep -q "deep" "$dir/err"; then
    fail "$name: the message does not name the file"; cat "$dir/err"
  fi
  if grep -qi "rapidjson\|NVP" "$dir/err"; then fail "$name: library text"; cat "$dir/err"; fi
}

# A profile with answers (simulated) for the commands that need one.
"$factdeck" --data-dir "$dir/data" simulate --items 5 --days 3 --write-profile default > /dev/null 2>&1 ||
  fail "could not make a profile"

for deck in deep.json deep-objects.json; do
  run "due --deck $deck" 1 due --deck "$dir/$deck"
  run "stats --deck $deck" 1 stats --deck "$dir/$deck"
  run "answer --deck $deck" 1 answer 0123456789abcdef 3 --deck "$dir/$deck"
  run "simulate --deck $deck" 1 simulate --deck "$dir/$deck" --days 2
  run "import --json $deck" 1 import --json "$dir/$deck"
done

# A remembered deck that does not open is skipped; the shipped decks still work.
printf '%s\n' "$dir/deep.json" > "$dir/data/decks.list"
run "due with a remembered deep deck" 0 due
grep -q "skipping an added deck: .*deep.json" "$dir/err" || fail "no warning for the remembered deep deck"
item=$("$factdeck" --data-dir "$dir/data" due --json 2>/dev/null | grep -o '"item": "[0-9a-f]*"' | head -1 | cut -d'"' -f4)
[ -n "$item" ] || fail "no item due in the shipped deck"
run "answer with a remembered deep deck" 0 answer "$item" 3
run "stats with a remembered deep deck" 0 stats

# An import of an answer dated 10^15 seconds before 1970 is refused; stats keeps working.
"$factdeck" --data-dir "$dir/data" export --json "$dir/export.json" > /dev/null 2>&1 || fail "export failed"
sed 's/"time": [0-9]*/"time": -1000000000000000/' "$dir/export.json" > "$dir/deep-past.json"
run "import of an answer 31 million years old" 1 import --json "$dir/deep-past.json"
grep -q "reviews.answers\[0\].time" "$dir/err" || { fail "the import error names no field"; cat "$dir/err"; }
run "stats after the refused import" 0 stats

[ "$failures" -eq 0 ] && echo "PASS"
exit $((failures > 0))
