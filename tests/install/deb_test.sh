#!/usr/bin/env bash
# Builds the Debian package from this build with CPack, unpacks it into a temporary root (dpkg-deb
# -x: no root rights, nothing touches the system) and checks it as an installed app: the files in
# the standard places, the dependencies it declares, every library resolved, the shipped decks
# found from the installed binary, and the window painted when started with the desktop entry's
# Exec line under Xvfb. (A clean Debian 12 chroot would also prove the dependencies are enough;
# it needs debootstrap and a network, which a test cannot count on.)
set -euo pipefail
build=$1
source=$2
id=io.github.factdeck.Factdeck
for tool in cpack dpkg-deb dpkg-shlibdeps xvfb-run identify; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: $tool is not installed (run scripts/setup)"; exit 77; }
done
[ -x "$build/app/desktop/factdeck" ] || { echo "SKIPPED: the app was not built"; exit 77; }
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---- The package ----
(cd "$build" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/package/*.deb)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libglfw3 libicu libstdc++6 libsqlite3-0 libzip4 fonts-dejavu-core tzdata libgl1-mesa-dri; do
  [[ ", $depends" == *", $needed"* ]] || { echo "FAIL: Depends lacks $needed"; exit 1; }
done

# ---- Unpacked: files in the standard places ----
root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/factdeck usr/bin/quizgen usr/share/factdeck/decks/soviet-diplomacy.facts.md \
            "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$id.svg" "usr/share/icons/hicolor/48x48/apps/$id.png" \
            "usr/share/icons/hicolor/128x128/apps/$id.png" "usr/share/icons/hicolor/256x256/apps/$id.png"; do
  [ -f "$root/$file" ] || { echo "FAIL: the package has no /$file"; exit 1; }
done
if ldd "$root/usr/bin/factdeck" | grep -q "not found"; then
  ldd "$root/usr/bin/factdeck" | grep "not found"
  echo "FAIL: a library of the installed app is missing"
  exit 1
fi

# ---- The installed binary finds the installed decks (not the source tree it was built from):
# a deck added next to them is listed.
printf -- '---\ntitle: Installed\nid: installed-check\n---\n\n# Capitals\n\n- [Paris]{place@capitals} is the capital of France. {#paris}\n' \
  >"$root/usr/share/factdeck/decks/installed-check.facts.md"
decks=$("$root/usr/bin/factdeck" --data-dir "$work/data" due)
echo "$decks" | grep -q "^installed-check:" || { echo "$decks"; echo "FAIL: the installed app did not read its decks folder"; exit 1; }
echo "$decks" | grep -q "^soviet-diplomacy:" || { echo "FAIL: the shipped deck is not listed"; exit 1; }

# ---- Started as the desktop starts it: the entry's Exec line, found on PATH ----
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/$id.desktop")
exec_line=${exec_line// %[fFuU]/}  # field codes: no file is passed here
if ! xvfb-run -a -s "-screen 0 1280x800x24" true 2>/dev/null; then
  echo "SKIPPED: no X server could be started here (the package itself passed)"
  exit 77
fi
# shellcheck disable=SC2086  # the Exec line is a command with arguments
PATH="$root/usr/bin:$PATH" xvfb-run -a -s "-screen 0 1280x800x24" \
  $exec_line --data-dir "$work/data" --screenshot "$work/window.png" --frames 3
read -r width height colours < <(identify -format '%w %h %k\n' "$work/window.png")
echo "started from '$exec_line': ${width}x${height}, $colours colours"
[ "$colours" -gt 16 ] || { echo "FAIL: the installed app drew nothing"; exit 1; }
echo "PASS"
