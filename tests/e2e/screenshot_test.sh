#!/usr/bin/env bash
# Renders the real window under a virtual X server with --screenshot and checks that the PNG is a
# real picture: the requested size and more than a handful of colours (text was drawn).
# Exits 77 (CTest: skipped) when no X server can be started here.
set -euo pipefail
factdeck=$1
# Leak checking is off for the window under ASan (see lib.sh); memory errors are still caught.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
out_dir=$(mktemp -d)
trap 'rm -rf "$out_dir"' EXIT

if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "SKIPPED: xvfb-run is not installed (run scripts/setup)"
  exit 77
fi
if ! xvfb-run -a -s "-screen 0 1280x800x24" true 2>/dev/null; then
  echo "SKIPPED: no X server could be started here"
  exit 77
fi

png="$out_dir/window.png"
xvfb-run -a -s "-screen 0 1280x800x24" \
  "$factdeck" --data-dir "$out_dir/data" --screenshot "$png" --frames 3

read -r width height colours < <(identify -format '%w %h %k\n' "$png")
echo "screenshot: ${width}x${height}, $colours colours"
[ "$width" -eq 1280 ] && [ "$height" -eq 800 ] || { echo "FAIL: expected 1280x800"; exit 1; }
[ "$colours" -gt 16 ] || { echo "FAIL: only $colours colours: nothing was drawn"; exit 1; }
