#!/usr/bin/env bash
# quizgen export on the shipped article: the three files are written, the Moodle XML is
# well-formed for xmllint, and a bad kind, section or output is refused with a usage error and no
# file left behind. Exit 77 (skipped) when xmllint is not installed.
set -euo pipefail
quizgen=$1
article=$2
command -v xmllint >/dev/null 2>&1 || { echo "xmllint not installed: skipped"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$quizgen" export "$article" --gift "$out/t.gift" --moodle-xml "$out/t.xml" --html "$out/t.html" \
  --seed 5 > "$out/log"
xmllint --noout "$out/t.xml"
grep -q '^\$CATEGORY: \$course\$/' "$out/t.gift"
grep -q '<section class="key">' "$out/t.html"
[ "$(grep -c '<question type="category">' "$out/t.xml")" -ge 10 ]

"$quizgen" export "$article" --moodle-xml "$out/sample.xml" -n 20 --kinds choice,truefalse > "$out/log"
xmllint --noout "$out/sample.xml"
[ "$(grep -c '<question type="multichoice">\|<question type="truefalse">' "$out/sample.xml")" -eq 20 ]

status=0
"$quizgen" export "$article" --gift "$out/bad.gift" --kinds essay 2> "$out/err" || status=$?
[ "$status" -eq 2 ] && grep -q "unknown question kind 'essay'" "$out/err" && [ ! -e "$out/bad.gift" ]
status=0
"$quizgen" export "$article" --gift "$out/bad.gift" --section Nowhere 2> "$out/err" || status=$?
[ "$status" -eq 2 ] && grep -q "no section named 'Nowhere'" "$out/err" && [ ! -e "$out/bad.gift" ]
status=0
"$quizgen" export "$article" --gift "$out/no/such/dir/t.gift" 2> "$out/err" || status=$?
[ "$status" -eq 1 ] && grep -q "cannot create the file" "$out/err"
echo "export formats: ok"
