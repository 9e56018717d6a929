// Side-by-side FSRS-6 fits on simulated review logs: factdeck's optimizer vs fsrs-rs
// (`computeParameters` of @open-spaced-repetition/binding, fsrs-rs v6.5.0). Both are fitted on the
// same 80% of cards and judged on the same held-out 20% by the same referee: the binding's
// `evaluate` (log loss, RMSE over bins). Each fit runs in its own process so that peak memory
// (max RSS) is that fit's alone.
//
// usage (from bench/): node optimizer_compare.js --factdeck PATH/TO/factdeck --dir DIR [--seed S]
//   DIR holds userN_SIZE.csv and userN.json files written by simulate_learners.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const binding = require('@open-spaced-repetition/binding');

const MASK = (1n << 64n) - 1n;

// The held-out rule of factdeck's optimizer (is_held_out_card): splitmix64 of
// card id + (seed + 1)·0x9E3779B97F4A7C15; one card in five is held out.
function isHeldOut(cardId, seed) {
  let z = (BigInt.asUintN(64, BigInt(cardId)) + (BigInt(seed) + 1n) * 0x9E3779B97F4A7C15n) & MASK;
  z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & MASK;
  z ^= z >> 31n;
  return z % 5n === 0n;
}

function splitCsv(text, seed) {
  const lines = text.split('\n');
  const header = lines[0];
  const train = [header];
  const test = [header];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    (isHeldOut(line.slice(0, line.indexOf(',')), seed) ? test : train).push(line);
  }
  return { train: train.join('\n') + '\n', test: test.join('\n') + '\n' };
}

function toItems(csvText) {
  return binding.convertCsvToFsrsItems(Buffer.from(csvText), 4, 'UTC', () => 0);
}

// Child mode: fit with fsrs-rs on the training cards and print JSON.
async function fsrsChild(file, seed) {
  const { train } = splitCsv(fs.readFileSync(file, 'utf8'), seed);
  const items = toItems(train);
  const start = process.hrtime.bigint();
  const parameters = await binding.computeParameters(items, { enableShortTerm: true, timeout: 1 });
  const fitSecs = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({ parameters, fitSecs, items: items.length }));
}

// Runs a command under /usr/bin/time; returns its stdout, wall seconds and peak RSS in MiB.
function timed(command, args) {
  const child = spawnSync('/usr/bin/time', ['-f', 'PEAK_KIB %M WALL_SECS %e', command, ...args],
                          { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  const m = child.stderr.match(/PEAK_KIB (\d+) WALL_SECS ([\d.]+)/);
  return { stdout: child.stdout, peakMiB: Number(m[1]) / 1024, processSecs: Number(m[2]) };
}

function runFsrs(file, seed) {
  const run = timed(process.execPath, [__filename, '--fsrs-child', file, '--seed', String(seed)]);
  return { ...JSON.parse(run.stdout), peakMiB: run.peakMiB, processSecs: run.processSecs };
}

function runOurs(factdeck, file, seed) {
  const run = timed(factdeck, ['optimize', '--revlog', file, '--json', '--hold-out', '--seed', String(seed)]);
  return { ...JSON.parse(run.stdout), peakMiB: run.peakMiB, processSecs: run.processSecs };
}

function referee(parameters, testItems) {
  const m = new binding.FSRSBinding(parameters).evaluate(testItems);
  return { logLoss: m.logLoss, rmse: m.rmseBins };
}

const f4 = (x) => x.toFixed(4);
const f3 = (x) => x.toFixed(3);

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const seed = Number(opt('--seed', '2023'));
  if (args[0] === '--fsrs-child') return fsrsChild(args[1], seed);
  const factdeck = opt('--factdeck');
  const dir = opt('--dir');
  if (!factdeck || !dir) {
    console.error('usage: node optimizer_compare.js --factdeck PATH --dir DIR [--seed S]');
    process.exit(2);
  }
  const sizeOf = (f) => {
    const s = f.match(/_(\d+)([km]?)\.csv$/);
    return Number(s[1]) * (s[2] === 'm' ? 1e6 : s[2] === 'k' ? 1e3 : 1);
  };
  const files = fs.readdirSync(dir).filter((f) => /^user\d+_\w+\.csv$/.test(f))
    .sort((a, b) => sizeOf(a) - sizeOf(b) || a.localeCompare(b));
  const rows = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const user = name.split('_')[0];
    const truth = JSON.parse(fs.readFileSync(path.join(dir, `${user}.json`), 'utf8')).true_parameters;
    const testItems = toItems(splitCsv(fs.readFileSync(file, 'utf8'), seed).test);
    const ours = runOurs(factdeck, file, seed);
    const theirs = runFsrs(file, seed);
    const row = {
      file: name,
      testItems: testItems.length,
      fsrs: { ...referee(theirs.parameters, testItems), fitSecs: theirs.fitSecs, peakMiB: theirs.peakMiB,
              processSecs: theirs.processSecs },
      ours: { ...referee(ours.parameters, testItems), fitSecs: ours.fit_secs, prepareSecs: ours.prepare_secs, peakMiB: ours.peakMiB,
              processSecs: ours.processSecs, ownLogLoss: ours.fitted.log_loss, auc: ours.fitted.auc },
      defaults: referee(DEFAULTS, testItems),
      truth: referee(truth, testItems),
      oursParameters: ours.parameters,
      fsrsParameters: theirs.parameters,
    };
    rows.push(row);
    console.error(`${name}: done`);
  }
  console.log('| file | held-out items | log loss: default / fsrs-rs / ours / true | RMSE(bins): fsrs-rs / ours | '
              + 'ours − fsrs-rs | ours vs true | fit s: fsrs-rs / ours (ratio) [ours without data preparation] | process s: fsrs-rs / ours | '
              + 'peak MiB: fsrs-rs / ours (ratio) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const gap = r.ours.logLoss - r.fsrs.logLoss;
    const recovery = (r.ours.logLoss / r.truth.logLoss - 1) * 100;
    console.log(`| ${r.file} | ${r.testItems} | ${f4(r.defaults.logLoss)} / ${f4(r.fsrs.logLoss)} / `
                + `${f4(r.ours.logLoss)} / ${f4(r.truth.logLoss)} | ${f4(r.fsrs.rmse)} / ${f4(r.ours.rmse)} | `
                + `${gap >= 0 ? '+' : ''}${gap.toFixed(5)} | ${recovery >= 0 ? '+' : ''}${recovery.toFixed(2)}% | `
                + `${f3(r.fsrs.fitSecs)} / ${f3(r.ours.fitSecs)} (${(r.ours.fitSecs / r.fsrs.fitSecs).toFixed(2)}) `
                + `[${f3(r.ours.fitSecs - r.ours.prepareSecs)}] | `
                + `${f3(r.fsrs.processSecs)} / ${f3(r.ours.processSecs)} | `
                + `${r.fsrs.peakMiB.toFixed(0)} / ${r.ours.peakMiB.toFixed(0)} `
                + `(${(r.ours.peakMiB / r.fsrs.peakMiB).toFixed(2)}) |`);
  }
  if (opt('--json-out')) fs.writeFileSync(opt('--json-out'), JSON.stringify(rows, null, 1));
}

const DEFAULTS = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
                  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
