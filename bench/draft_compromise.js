// The off-the-shelf tagger for the draft-tags comparison (bench/draft_bench.cpp runs it): the
// npm package compromise with its dates plugin, on the same plain fact texts as our proposer.
// Needs the npm packages first: `npm ci` in bench/ (compromise 14.17.0 and compromise-dates
// 3.9.0, pinned in package.json and package-lock.json); Node.js from Debian.
// usage: node draft_compromise.js FACTS.txt OUT.tsv
//   FACTS.txt: one fact's plain text per line; OUT.tsv: "fact<TAB>begin<TAB>end<TAB>type" with
//   byte offsets into the fact's UTF-8 text, types mapped to ours:
//   people → person, places → place, organizations → org, dates → date, values → number.
// Mapping rules, in compromise's favour: spans are trimmed of surrounding punctuation and of a
// leading preposition ("in August 1939" → "August 1939"); a value inside a date is dropped (the
// date wins); overlapping spans keep the first found in the order above.
'use strict';
const fs = require('fs');
const nlp = require('compromise');
nlp.plugin(require('compromise-dates'));

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node draft_compromise.js FACTS.txt OUT.tsv');
  process.exit(2);
}

const LEADING_WORDS = /^(?:in|on|at|by|from|since|until|during|of|the|about|around|circa|c\.)\s+/i;
const EDGE_PUNCTUATION = /^[\s.,;:!?()"'\u201C\u201D\u2018\u2019\[\]]+|[\s.,;:!?()"'\u201C\u201D\u2018\u2019\[\]]+$/g;

// [start, end) in UTF-16 units of `line` → trimmed, then in UTF-8 bytes.
function toBytes(line, start, end) {
  let text = line.slice(start, end);
  const lead = text.length - text.replace(/^[\s.,;:!?()"'\u201C\u201D\u2018\u2019\[\]]+/, '').length;
  start += lead;
  text = text.slice(lead);
  let match;
  while ((match = LEADING_WORDS.exec(text))) {
    start += match[0].length;
    text = text.slice(match[0].length);
  }
  const trimmed = text.replace(EDGE_PUNCTUATION, '');
  end = start + trimmed.length;
  if (end <= start) return null;
  return [Buffer.byteLength(line.slice(0, start)), Buffer.byteLength(line.slice(0, end))];
}

function spansOf(line) {
  const doc = nlp(line);
  const found = [];
  const add = (matches, type) => {
    for (const m of matches.out('offset')) {
      const bytes = toBytes(line, m.offset.start, m.offset.start + m.offset.length);
      if (!bytes) continue;
      const overlaps = found.some((s) => s[0] < bytes[1] && bytes[0] < s[1]);
      if (!overlaps) found.push([bytes[0], bytes[1], type]);
    }
  };
  add(doc.dates(), 'date');
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'org');
  add(doc.values(), 'number');
  return found.sort((a, b) => a[0] - b[0]);
}

const lines = fs.readFileSync(input, 'utf8').split('\n');
if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
const rows = [];
lines.forEach((line, fact) => {
  for (const [begin, end, type] of spansOf(line)) rows.push(`${fact}\t${begin}\t${end}\t${type}`);
});
fs.writeFileSync(output, rows.join('\n') + (rows.length ? '\n' : ''));
