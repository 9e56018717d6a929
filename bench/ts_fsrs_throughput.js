// ts-fsrs 5.4.2 scheduling throughput on the answers written by scheduler_bench.
// Usage (from bench/): node ts_fsrs_throughput.js ANSWERS.bin [LIMIT] [full|pure]
// ANSWERS.bin: little-endian float64 records [stability, difficulty, elapsed_days, grade, is_new];
// is_new = 1 means a card never answered. Runs the first LIMIT records (all by default) and prints
// "ts_fsrs_answers_per_sec <n>" (per CPU second of this process, as the C++ bench measures) and
// the wall-clock figure.
'use strict';
const fs = require('fs');
const tsfsrs = require('ts-fsrs');

const kDayMs = 86400000;
const bytes = fs.readFileSync(process.argv[2]);
const values = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
const limit = process.argv[3] ? Number(process.argv[3]) : Infinity;
const count = Math.min(values.length / 5, limit);
// MODE "full": our scheduler's defaults (steps 1 m, 10 m, relearning 10 m, fuzz on);
// MODE "pure": no steps, fuzz off (the FSRS model alone).
const isPure = process.argv[4] === 'pure';
const scheduler = tsfsrs.fsrs(tsfsrs.generatorParameters({
  request_retention: 0.9, enable_fuzz: !isPure, enable_short_term: true,
  learning_steps: isPure ? [] : ['1m', '10m'], relearning_steps: isPure ? [] : ['10m'],
}));
const now = new Date(Date.UTC(2024, 2, 1, 12));
const cards = new Array(count);
const grades = new Array(count);
for (let i = 0; i < count; i++) {
  const [s, d, elapsed, grade, isNew] = values.subarray(5 * i, 5 * i + 5);
  grades[i] = grade;
  if (isNew === 1) {
    cards[i] = tsfsrs.createEmptyCard(now);
    continue;
  }
  const last = new Date(now.getTime() - elapsed * kDayMs);
  cards[i] = {
    due: now, stability: s, difficulty: d, elapsed_days: 0, scheduled_days: Math.max(1, Math.round(s)),
    learning_steps: 0, reps: 5, lapses: 0, state: tsfsrs.State.Review, last_review: last,
  };
}
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let checksum = 0;
for (let i = 0; i < count; i++) {
  checksum += scheduler.next(cards[i], now, grades[i]).card.stability;
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(`ts_fsrs_answers_per_sec ${(count / cpuSecs).toFixed(0)}`);
console.log(`ts_fsrs_answers ${count}: ${cpuSecs.toFixed(3)} s CPU, ${secs.toFixed(3)} s wall = ` +
            `${(count / secs).toFixed(0)} per wall second (checksum ${checksum.toFixed(1)})`);
