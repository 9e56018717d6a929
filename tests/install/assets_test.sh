#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo pass Debian's validators, and the committed icon
# PNGs have the sizes they are installed as. Exits 77 (skipped) without the validators.
set -euo pipefail
assets=$1
id=io.github.factdeck.Factdeck
for tool in appstreamcli desktop-file-validate identify; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: $tool is not installed (run scripts/setup)"; exit 77; }
done
appstreamcli validate --no-net "$assets/$id.metainfo.xml"
desktop-file-validate "$assets/$id.desktop"
for size in 48 128 256; do
  read -r width height < <(identify -format '%w %h\n' "$assets/icons/factdeck-$size.png")
  echo "icon $size: ${width}x${height}"
  [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || { echo "FAIL: factdeck-$size.png is ${width}x${height}"; exit 1; }
done
grep -q '<svg' "$assets/factdeck.svg" || { echo "FAIL: factdeck.svg is not an SVG"; exit 1; }
echo "PASS"
