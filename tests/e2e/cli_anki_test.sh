#!/usr/bin/env bash
# `factdeck export --apkg`: a small deck with some answers becomes an Anki package whose
# collection sqlite3 reads as Anki's schema 11 (tables, columns, one cloze note per item, the
# answered cards scheduled, their answers in revlog); a package that cannot be written is refused
# with the path and nothing is left. Exit 77 (skipped) without the sqlite3 and unzip programs.
# usage: cli_anki_test.sh FACTDECK
set -euo pipefail
factdeck=$1
for tool in sqlite3 unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not installed: skipped"; exit 77; }
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/capitals.facts.md" <<'DECK'
---
title: Capitals
id: capitals
---

# Europe

## West

- [Paris]{place@capitals} is the capital of [France]{place@countries}. {#paris}

## Centre

- [Berlin]{place@capitals} is the capital of [Germany]{place@countries}. {#berlin}
DECK
fail() { echo "FAIL: $*"; exit 1; }
columns() { sqlite3 -batch -noheader "$1" "select group_concat(name, ',') from pragma_table_info('$2')"; }

# A first export without progress: every card new; its note guids are the item ids to answer.
"$factdeck" --data-dir "$dir/data" export --apkg "$dir/plain.apkg" --deck "$dir/capitals.facts.md" > "$dir/out"
grep -q 'exported 4 notes to .*plain.apkg (0 with progress, 0 answers)' "$dir/out" || fail "$(cat "$dir/out")"
mkdir "$dir/plain"
unzip -q "$dir/plain.apkg" -d "$dir/plain"
items=$(sqlite3 -batch -noheader "$dir/plain/collection.anki2" "select guid from notes order by id")
first=$(echo "$items" | sed -n 1p)
second=$(echo "$items" | sed -n 2p)
[ "$(sqlite3 "$dir/plain/collection.anki2" 'select count(*) from cards where type = 0 and queue = 0')" = "4" ] ||
  fail "plain export: not four new cards"

# Two answers to one item, one to another, then the export with progress.
deck=(--deck "$dir/capitals.facts.md")
"$factdeck" --data-dir "$dir/data" answer "$first" good "${deck[@]}" --days-ago 9 > /dev/null
"$factdeck" --data-dir "$dir/data" answer "$first" good "${deck[@]}" --days-ago 8 > /dev/null
"$factdeck" --data-dir "$dir/data" answer "$second" again "${deck[@]}" > /dev/null
"$factdeck" --data-dir "$dir/data" export --apkg "$dir/capitals.apkg" "${deck[@]}" --with-progress > "$dir/out"
grep -q 'exported 4 notes to .*capitals.apkg (2 with progress, 3 answers)' "$dir/out" || fail "$(cat "$dir/out")"

mkdir "$dir/pkg"
unzip -q "$dir/capitals.apkg" -d "$dir/pkg"
[ "$(cat "$dir/pkg/media")" = "{}" ] || fail "media is not an empty map"
db="$dir/pkg/collection.anki2"
q() { sqlite3 -batch -noheader "$db" "$1"; }
# Anki's schema 11 (rslib/src/storage/schema11.sql), column by column.
[ "$(columns "$db" col)" = "id,crt,mod,scm,ver,dty,usn,ls,conf,models,decks,dconf,tags" ] || fail "col"
[ "$(columns "$db" notes)" = "id,guid,mid,mod,usn,tags,flds,sfld,csum,flags,data" ] || fail "notes"
[ "$(columns "$db" cards)" = "id,nid,did,ord,mod,usn,type,queue,due,ivl,factor,reps,lapses,left,odue,odid,flags,data" ] ||
  fail "cards"
[ "$(columns "$db" revlog)" = "id,cid,usn,ease,ivl,lastIvl,factor,time,type" ] || fail "revlog"
[ "$(columns "$db" graves)" = "usn,oid,type" ] || fail "graves"
[ "$(q 'pragma integrity_check')" = "ok" ] || fail "integrity"
[ "$(q 'select ver from col')" = "11" ] || fail "schema version"
[ "$(q "select json_extract(models, '$.1733000000000.type') from col")" = "1" ] || fail "not a cloze note type"
[ "$(q 'select count(*) from notes')" = "4" ] || fail "notes"
[ "$(q "select count(*) from notes where flds like '%{{c1::%'")" = "4" ] || fail "cloze fields"
[ "$(q "select count(*) from notes where tags = ' Europe::West '")" = "2" ] || fail "section tags"
[ "$(q "select count(*) from notes where guid = '$first'")" = "1" ] || fail "guid is not the item id"
[ "$(q 'select count(*) from cards where nid not in (select id from notes)')" = "0" ] || fail "orphan cards"
[ "$(q "select type || ',' || queue || ',' || reps from cards where nid = (select id from notes where guid = '$first')")" = "2,2,2" ] ||
  fail "the twice-answered card is not in review"
[ "$(q "select type || ',' || queue || ',' || lapses from cards where nid = (select id from notes where guid = '$second')")" = "1,1,0" ] ||
  fail "the card answered Again is not learning"
[ "$(q 'select count(*) from cards where type = 0 and queue = 0')" = "2" ] || fail "new cards"
[ "$(q 'select group_concat(ease) from (select ease from revlog order by id)')" = "3,3,1" ] || fail "revlog"

status=0
"$factdeck" --data-dir "$dir/data" export --apkg "$dir/no/such/x.apkg" --deck "$dir/capitals.facts.md" \
  2> "$dir/err" || status=$?
[ "$status" -eq 1 ] && grep -q "$dir/no/such" "$dir/err" || fail "unwritable target: $(cat "$dir/err")"
[ ! -e "$dir/no" ] || fail "left a folder behind"
# Import: our own package comes back as one fact per item (its Cloze notes); a text export too;
# bad input names the file and place and writes nothing.
"$factdeck" import --apkg "$dir/plain.apkg" -o "$dir/back.facts.md" > "$dir/out" || fail "import: $(cat "$dir/out")"
grep -q 'imported 4 cards into .*back.facts.md (0 skipped)' "$dir/out" || fail "import: $(cat "$dir/out")"
[ "$(grep -c '^- .*\]{term@cards}' "$dir/back.facts.md")" = "4" ] || fail "imported article: $(cat "$dir/back.facts.md")"
"$factdeck" --data-dir "$dir/data" due --deck "$dir/back.facts.md" > "$dir/out"
grep -q '^capitals-imported: 4 items' "$dir/out" || fail "the imported article does not open as a deck: $(cat "$dir/out")"
printf 'Paris\tFrance\nBerlin\tGermany\n' > "$dir/quizlet.txt"
"$factdeck" import --text "$dir/quizlet.txt" > "$dir/out" || fail "text import"
[ -s "$dir/quizlet.facts.md" ] || fail "no article next to the text file"

printf 'not a zip\n' > "$dir/bad.apkg"
status=0
"$factdeck" import --apkg "$dir/bad.apkg" 2> "$dir/err" || status=$?
[ "$status" -eq 1 ] && grep -q "$dir/bad.apkg: not an Anki package (not a zip archive)" "$dir/err" || fail "not a zip: $(cat "$dir/err")"
[ ! -e "$dir/bad.facts.md" ] || fail "a bad package left an article"
printf 'Paris\tFrance\nBerlin,Germany\n' > "$dir/mixed.txt"
status=0
"$factdeck" import --text "$dir/mixed.txt" 2> "$dir/err" || status=$?
[ "$status" -eq 1 ] && grep -q "$dir/mixed.txt:2:7: mixed separators" "$dir/err" || fail "mixed: $(cat "$dir/err")"
[ ! -e "$dir/mixed.facts.md" ] || fail "a mixed file left an article"
echo "PASS"
