#!/usr/bin/env bash
# The golden decks: every article in the list below, built with the default seed, must give the
# deck stored in tests/data/golden/ byte for byte. A deliberate change to the generator is
# recorded by `scripts/update-golden-decks` and its diff reviewed in the commit.
#   golden_decks.sh QUIZGEN check    compare (the CTest test)
#   golden_decks.sh QUIZGEN update   rewrite the stored decks
set -euo pipefail
quizgen=$1
mode=$2
root="$(cd "$(dirname "$0")/../.." && pwd)"
articles=(
  decks/soviet-diplomacy.facts.md
  tests/data/quality/solar-system.facts.md
  tests/data/quality/south-america.facts.md
  tests/data/quality/english-novel.facts.md
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
cd "$root"
for article in "${articles[@]}"; do
  name=$(basename "$article" .facts.md)
  golden=tests/data/golden/$name.json
  "$quizgen" build "$article" -o "$work/$name.json" >/dev/null
  if [ "$mode" = update ]; then
    cp "$work/$name.json" "$golden"
    echo "wrote $golden"
  elif ! cmp -s "$work/$name.json" "$golden"; then
    echo "golden deck differs: $article no longer builds $golden" >&2
    diff -u "$golden" "$work/$name.json" | head -40 >&2 || true
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "If the change is deliberate, run scripts/update-golden-decks and review the diff." >&2
fi
exit $status
