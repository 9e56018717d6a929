#!/usr/bin/env bash
# The headless commands see the decks the learner added in the app (remembered in decks.list)
# besides the shipped ones; an added deck that no longer opens is skipped with a warning.
# usage: cli_added_decks_test.sh FACTDECK
set -euo pipefail
factdeck=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/capitals.facts.md" <<'DECK'
---
title: Capitals
id: capitals
---

# Europe

- [Paris]{place@capitals} is the capital of [France]{place@countries}. {#paris}
- [Berlin]{place@capitals} is the capital of [Germany]{place@countries}. {#berlin}
DECK
mkdir -p "$dir/data"
printf '%s\n' "$dir/capitals.facts.md" "$dir/gone.facts.md" > "$dir/data/decks.list"

"$factdeck" --data-dir "$dir/data" due > "$dir/out" 2> "$dir/err"
cat "$dir/out" "$dir/err"
grep -q '^soviet-diplomacy: ' "$dir/out" || { echo "FAIL: the shipped deck is missing"; exit 1; }
grep -q '^capitals: 4 items' "$dir/out" || { echo "FAIL: the added deck is missing"; exit 1; }
grep -q 'skipping an added deck: .*gone.facts.md' "$dir/err" || { echo "FAIL: no warning for the missing deck"; exit 1; }
echo "PASS"
