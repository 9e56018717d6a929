// Generates FSRS-6 reference vectors from the two reference implementations:
//   fsrs-rs v6.5.0 through @open-spaced-repetition/binding (nextStates, chained review by review)
//   ts-fsrs 5.4.2 (empty learning/relearning steps, fuzz off, short-term on)
// Usage (from bench/, after `npm ci`):
//   node fsrs_reference.js ../tests/data/fsrs
// Writes reference_vectors.csv and reference_params.csv. Deterministic: fixed seed.
'use strict';
const fs = require('fs');
const path = require('path');
const binding = require('@open-spaced-repetition/binding');
const tsfsrs = require('ts-fsrs');

const kHistories = 1200;
const kSeed = 20240501;
const kDayMs = 86400000;
const kGrades = ['again', 'hard', 'good', 'easy'];
const kDefaults = tsfsrs.default_w.slice();

// mulberry32: a small seeded generator so that every run writes the same file.
function makeRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = makeRng(kSeed);
const uniformInt = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

// Parameter sets: 0 is the defaults; 1..4 perturb every weight by up to ±30% (some land outside
// the fsrs-rs bounds on purpose, so both references clip them).
function perturbedParameters() {
  return kDefaults.map((w) => Number((w * (0.7 + 0.6 * rng())).toFixed(4)));
}
const parameterSets = [kDefaults];
for (let i = 0; i < 4; i++) parameterSets.push(perturbedParameters());

// Gaps: a quarter same-day, the rest spread log-uniformly over 1..3650 days.
function randomGapDays() {
  if (rng() < 0.25) return 0;
  return Math.min(3650, Math.max(1, Math.round(Math.exp(rng() * Math.log(3650)))));
}
// Grades: all four, weighted roughly as learners press them.
function randomGrade() {
  const x = rng();
  return x < 0.15 ? 1 : x < 0.3 ? 2 : x < 0.85 ? 3 : 4;
}

function tsScheduler(w, retention) {
  return tsfsrs.fsrs(tsfsrs.generatorParameters({
    w, request_retention: retention, learning_steps: [], relearning_steps: [],
    enable_fuzz: false, enable_short_term: true, maximum_interval: 36500,
  }));
}

const rows = [];
const header = ['history', 'params', 'retention', 'review', 'elapsed_days', 'grade'];
for (const who of ['rs', 'ts']) {
  for (const g of kGrades) header.push(`${who}_${g}_s`, `${who}_${g}_d`, `${who}_${g}_ivl`);
}
rows.push(header.join(','));

for (let h = 0; h < kHistories; h++) {
  const paramsId = h % 5 === 4 ? 1 + (Math.floor(h / 5) % 4) : 0;
  const w = parameterSets[paramsId];
  const retention = Number((0.7 + 0.29 * rng()).toFixed(2));
  const rs = new binding.FSRSBinding(w);
  const ts = tsScheduler(w, retention);
  const reviews = uniformInt(1, 15);
  let memory = null;
  let time = Date.UTC(2020, 0, 1, 0, 0, 0);
  let card = tsfsrs.createEmptyCard(new Date(time));
  for (let r = 0; r < reviews; r++) {
    const gap = r === 0 ? 0 : randomGapDays();
    // Same-day reviews advance by ten minutes; day gaps keep the time of day.
    time = gap === 0 && r > 0 ? time + 10 * 60000 : time + gap * kDayMs;
    const grade = randomGrade();
    const next = rs.nextStates(memory, retention, gap);
    const preview = ts.repeat(card, new Date(time));
    const row = [h, paramsId, retention, r, gap, grade];
    for (const g of kGrades) {
      const s = next[g];
      row.push(s.memory.stability.toPrecision(9), s.memory.difficulty.toPrecision(9), s.interval.toPrecision(9));
    }
    for (let g = 1; g <= 4; g++) {
      const c = preview[g].card;
      row.push(c.stability, c.difficulty, c.scheduled_days);
    }
    rows.push(row.join(','));
    const chosen = next[kGrades[grade - 1]].memory;
    memory = new binding.BindingMemoryState(chosen.stability, chosen.difficulty);
    card = preview[grade].card;
  }
}

const outDir = process.argv[2] || path.join(__dirname, '..', 'tests', 'data', 'fsrs');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'reference_vectors.csv'), rows.join('\n') + '\n');
const paramRows = ['params,' + kDefaults.map((_, i) => `w${i}`).join(',')];
parameterSets.forEach((w, i) => paramRows.push([i, ...w].join(',')));
fs.writeFileSync(path.join(outDir, 'reference_params.csv'), paramRows.join('\n') + '\n');
console.log(`wrote ${rows.length - 1} reviews from ${kHistories} histories to ${outDir}`);
