"use strict";
/**
 * The lower bound: a bare hand-written loop over the same 2-D array writing a
 * Segment and a Priority array for the `aging` preset (paid → Paid, else the
 * bucket of days past due; oldest bucket first), against the engine running
 * the `aging` preset on the same rows. Median of N runs each.
 *
 *   node --expose-gc bench/loop.bench.js <rows> <runs>
 */
const { requireDist, median, round, emit } = require("./lib");
const { generateLedger } = require("./generateLedger");

const rows = Number(process.argv[2] || 100000);
const runs = Number(process.argv[3] || 5);
const engine = requireDist("engine/index.js");
const grid = generateLedger({ rows, dates: "serial" });
const AS_OF = 45838; // 2025-06-30 as an Excel serial
const LABELS = ["Current", "1-30", "31-60", "61-90", "90+"];
const PRIORITY = [5, 4, 3, 2, 1];

function handLoop(data) {
  const n = data.length - 1;
  const segment = new Array(n);
  const priority = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = data[i + 1];
    if (row[6] !== "") {
      segment[i] = "Paid";
      priority[i] = null;
      continue;
    }
    const dpd = AS_OF - row[3];
    const k = dpd <= 0 ? 0 : dpd <= 30 ? 1 : dpd <= 60 ? 2 : dpd <= 90 ? 3 : 4;
    segment[i] = LABELS[k];
    priority[i] = PRIORITY[k];
  }
  return { segment, priority };
}

function timed(fn) {
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    const t0 = process.hrtime.bigint();
    out = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), out };
}

const config = engine.presetConfig("aging").value;
const loop = timed(() => handLoop(grid));
const eng = timed(() => engine.segment(grid, { config, sheet: "Ledger", today: "2025-06-30" }));
if (!eng.out.ok) throw new Error(engine.describeIssue(eng.out.error));

// The two must agree, or the comparison means nothing.
let mismatches = 0;
for (let i = 0; i < eng.out.value.rowCount; i++) {
  const o = eng.out.value.outcome(i);
  const src = eng.out.value.sourceRow[i] - 1;
  if (o.segment !== loop.out.segment[src] || o.priority !== loop.out.priority[src]) mismatches++;
}
emit({
  bench: "loop",
  rows,
  runs,
  loopMs: round(loop.ms, 2),
  engineAgingMs: round(eng.ms),
  ratio: round(eng.ms / loop.ms, 1),
  mismatches,
});
