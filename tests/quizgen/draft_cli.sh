#!/bin/sh
# `quizgen draft`: --help exits 0, misuse exits 2, an unreadable file 1; the drafts of a plain
# text and of a partly tagged article are read by `quizgen check` with no errors.
# usage: draft_cli.sh QUIZGEN DATA_DIR
set -u
quizgen=$1
data=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
checks=0
failures=0

fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}

expect_status() {  # expected, description, command...
  expected=$1; what=$2; shift 2
  checks=$((checks + 1))
  "$@" >"$out/stdout" 2>"$out/stderr"
  status=$?
  if [ "$status" -ne "$expected" ]; then
    fail "$what: exit $status, expected $expected"
    cat "$out/stderr"
  fi
}

expect_text() {  # text, file, description
  checks=$((checks + 1))
  grep -qF -- "$1" "$2" || fail "$3"
}

expect_status 0 "draft --help" "$quizgen" draft --help
expect_text "usage: quizgen draft" "$out/stdout" "--help prints the usage"
expect_status 2 "draft with no file" "$quizgen" draft
expect_status 2 "draft with an unknown option" "$quizgen" draft --frobnicate "$data/pact.txt"
expect_status 2 "draft with two files" "$quizgen" draft "$data/pact.txt" "$data/pact.txt"
expect_status 2 "draft -o with no value" "$quizgen" draft "$data/pact.txt" -o
expect_status 1 "draft of a missing file" "$quizgen" draft "$out/missing.txt"
printf '# Bad\n\n- [Molotov]{persn} signed.\n' > "$out/bad.facts.md"
expect_status 1 "draft of a file with errors in its tags" "$quizgen" draft "$out/bad.facts.md"
expect_text "unknown span type 'persn'" "$out/stderr" "the tag error is reported"

for input in pact.txt rapallo.facts.md; do
  expect_status 0 "draft $input" "$quizgen" draft "$data/$input" -o "$out/$input.draft.facts.md"
  expect_status 0 "check the draft of $input" "$quizgen" check "$out/$input.draft.facts.md"
  checks=$((checks + 1))
  if grep -q "error:" "$out/stderr"; then
    fail "check reports errors in the draft of $input"
    cat "$out/stderr"
  fi
done

# The plain text: a heading from the file name, one fact per sentence, misspellings proposed as
# the names they misspell.
pact="$out/pact.txt.draft.facts.md"
expect_text "# The Nazi–Soviet Pact" "$pact" "the title line becomes a heading"
expect_text "[Stlain]{person" "$pact" "Stlain is proposed as a person"
expect_text "= Joseph Stalin}" "$pact" "Stlain is linked to Joseph Stalin"
expect_text "[Hitker]{person" "$pact" "Hitker is proposed as a person"
expect_text "[Miscow]{place" "$pact" "Miscow is proposed as a place"
expect_text "[23 August 1939]{date}" "$pact" "a date is proposed"
# The partly tagged article keeps its tags and its fact id and proposes the rest.
rapallo="$out/rapallo.facts.md.draft.facts.md"
expect_text "[Treaty of Rapallo]{event}" "$rapallo" "the kept tag is written back"
expect_text "{#rapallo-signed}" "$rapallo" "the fact id is kept"
expect_text "[April 1922]{date}" "$rapallo" "an untagged date in a tagged fact is proposed"
expect_text "[Chicherin]{person" "$rapallo" "a surname is proposed"

# Without -o the draft goes to standard output, the summary to standard error.
expect_status 0 "draft to stdout" "$quizgen" draft "$data/pact.txt"
expect_text "- In [August 1939]{date}" "$out/stdout" "the draft is on stdout"
expect_text "proposed spans" "$out/stderr" "the summary is on stderr"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
