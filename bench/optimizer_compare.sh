#!/bin/sh
# Simulates three learners at 10k/100k/1M reviews and compares factdeck's optimizer with fsrs-rs.
# usage: bench/optimizer_compare.sh BUILD_DIR OUT_DIR   (OUT_DIR gets ~150 MB of CSV; keep it out
# of the repository). Needs `npm ci` in bench/ and a build of `factdeck` and `simulate_learners`.
set -e
build=$(realpath "$1")
out=$(realpath -m "$2")
mkdir -p "$out"
"$build/bench/simulate_learners" "$out"
cd "$(dirname "$0")"
node optimizer_compare.js --factdeck "$build/app/factdeck" --dir "$out" --json-out "$out/compare.json"
