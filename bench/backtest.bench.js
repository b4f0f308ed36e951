"use strict";
/**
 * A backtest against its bound: 12 month-end snapshots of a generated ledger
 * (parsed once, each date redoing only what depends on it) beside one plain
 * run of the engine over the same rows. Bound: the backtest takes at most
 * 12 × one run. Median of N runs of each, in one process.
 *
 *   node --expose-gc bench/backtest.bench.js <rows> <runs> [preset]
 */
const { requireDist, median, peakRssMB, round, emit } = require("./lib");
const { generateLedger } = require("./generateLedger");

const rows = Number(process.argv[2] || 100000);
const runs = Number(process.argv[3] || 3);
const preset = process.argv[4] || "collections";
const engine = requireDist("engine/index.js");
const config = engine.presetConfig(preset);
if (!config.ok) throw new Error(`preset ${preset}`);
const AS_OF = "2025-06-30";
const SNAPSHOTS = 12;

// The generated history ends on 30 June 2025: twelve month-ends whose 30 days after are all in it.
const dates = engine.datesEvery(engine.serialFromIso("2024-06-30"), engine.serialFromIso("2025-05-31"), { kind: "months", months: 1 });
if (dates.length !== SNAPSHOTS) throw new Error(`expected ${SNAPSHOTS} dates, got ${dates.length}`);

// As Office.js hands values over: a JSON round trip of the 2-D array.
const grid = JSON.parse(JSON.stringify(generateLedger({ rows, dates: "serial", asOf: AS_OF })));

function timed(work) {
  if (global.gc) global.gc();
  const t0 = process.hrtime.bigint();
  const value = work();
  return [Number(process.hrtime.bigint() - t0) / 1e6, value];
}

function oneRun() {
  const result = engine.segment(grid, { config: { ...config.value, asOf: AS_OF }, sheet: "Ledger", today: AS_OF });
  if (!result.ok) throw new Error(engine.describeIssue(result.error));
  return result.value.rowCount;
}

let parseMs = [];
function backtest() {
  const t0 = process.hrtime.bigint();
  const reader = engine.createSessionReader({ config: config.value, sheet: "Ledger", today: AS_OF }, grid.length);
  reader.pushRows(grid);
  const session = reader.finish();
  if (!session.ok) throw new Error(engine.describeIssue(session.error));
  parseMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const result = session.value.backtest(config.value, dates, 30);
  if (!result.ok) throw new Error(engine.describeIssue(result.error));
  return result.value;
}

const single = [];
const whole = [];
let outcome;
for (let i = 0; i < runs; i++) {
  single.push(timed(oneRun)[0]);
  const [ms, value] = timed(backtest);
  whole.push(ms);
  outcome = value;
}
const oneRunMs = median(single);
const backtestMs = median(whole);
emit({
  bench: "backtest",
  preset,
  rows,
  runs,
  snapshots: SNAPSHOTS,
  horizonDays: 30,
  oneRunMs: round(oneRunMs),
  oneRunRunsMs: single.map((t) => round(t)),
  backtestMs: round(backtestMs),
  backtestRunsMs: whole.map((t) => round(t)),
  parseOnceMs: round(median(parseMs)),
  perSnapshotMs: round((backtestMs - median(parseMs)) / SNAPSHOTS),
  boundMs: round(SNAPSHOTS * oneRunMs),
  ratioToOneRun: round(backtestMs / oneRunMs, 2),
  withinBound: backtestMs <= SNAPSHOTS * oneRunMs,
  auc: outcome.overall.auc === null ? null : round(outcome.overall.auc, 3),
  openInvoicesPooled: outcome.overall.segments.reduce((t, s) => t + s.openInvoices, 0),
  peakRssMB: round(peakRssMB()),
});
