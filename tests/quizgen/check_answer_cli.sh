#!/bin/sh
# `quizgen check-answer DECK.json ITEM_ID TEXT`: exit 0 when accepted, 1 when not, 2 on a usage
# error; the verdict and its reason on standard output. The deck is built from the shipped article,
# which knows both Vladimir Lenin and Vladimir Putin.
# usage: check_answer_cli.sh QUIZGEN ARTICLE
set -u
quizgen=$1
article=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failures=0

fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}

# expected status, expected output, arguments...
expect() {
  status_wanted=$1; text_wanted=$2; shift 2
  "$quizgen" check-answer "$@" >"$out/stdout" 2>"$out/stderr"
  status=$?
  [ "$status" -eq "$status_wanted" ] || fail "check-answer $*: exit $status, expected $status_wanted"
  grep -qF "$text_wanted" "$out/stdout" "$out/stderr" || fail "check-answer $*: no '$text_wanted' in: $(cat "$out/stdout" "$out/stderr")"
}

# The id of an item whose canonical form is $1, from the built deck (the "id" nearest above it).
item_id() {
  grep -B8 "\"canonical\": \"$1\"" "$out/deck.json" | sed -n 's/.*"id": "\([0-9a-f]*\)".*/\1/p' | tail -n 1
}

"$quizgen" build "$article" -o "$out/deck.json" >/dev/null || { echo "FAIL: cannot build $article"; exit 1; }
lenin=$(item_id "Vladimir Lenin")
[ -n "$lenin" ] || { echo "FAIL: no item for Vladimir Lenin in the deck"; exit 1; }

expect 0 "accepted: Vladimir Lenin" "$out/deck.json" "$lenin" "vladimir lenin"
expect 0 "(Ленин in Latin letters)" "$out/deck.json" "$lenin" "Ленин"
expect 1 "rejected: Vladimir Putin is another person in this deck; expected Vladimir Lenin" \
  "$out/deck.json" "$lenin" "Vladimir Putin"
expect 2 "usage: quizgen check-answer" "$out/deck.json" "$lenin"
expect 2 "is not an item id" "$out/deck.json" "not-an-id" "Lenin"
expect 2 "the deck has no item" "$out/deck.json" "0123456789abcdef" "Lenin"
expect 2 "cannot read the deck" "$out/missing.json" "$lenin" "Lenin"
expect 0 "usage: quizgen check-answer" --help

[ "$failures" -eq 0 ] || exit 1
echo "check-answer: all cases pass"
