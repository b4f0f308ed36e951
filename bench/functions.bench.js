"use strict";
/**
 * Custom functions benchmark: one array call of =ARSEG.SEGMENT(A2:P50001, A1:P1)
 * over a 50,000-row ledger, the way Excel hands the range over (serial dates,
 * "" for empty cells), with the collections preset. Times the function's own
 * work (argument reading, engine, one column out), not Excel's recalculation.
 *
 * Needs the compiled code: `npx tsc -p tsconfig.cli.json` (src/functions/logic
 * must be in its include list). Prints one JSON line: { name, rows, medianMs }.
 * ARSEG_DIST_NODE=<dir> points at another build output.
 */
const path = require("path");
const { generateLedger } = require("./generateLedger");

const DIST = process.env.ARSEG_DIST_NODE || path.join(__dirname, "..", "dist", "node");
const ROWS = 50000;
const RUNS = 5;
const TODAY = "2025-06-30";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function run() {
  const { presetConfig } = require(path.join(DIST, "engine"));
  const { createFunctionLogic, fixedConfigSource } = require(path.join(DIST, "functions", "logic"));
  const config = presetConfig("collections");
  if (!config.ok) throw new Error("collections preset does not validate");
  const fx = createFunctionLogic({
    config: fixedConfigSource(config.value),
    errors: (code, message) => ({ code, message }),
    today: () => TODAY,
  });
  const [headers, ...rows] = generateLedger({ rows: ROWS, dates: "serial", asOf: TODAY });
  // Excel gives "" for an empty cell in a range.
  const range = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : cell)));

  const times = [];
  let spilled;
  for (let k = 0; k < RUNS; k++) {
    if (global.gc) global.gc();
    const start = process.hrtime.bigint();
    spilled = await fx.segment(range, [headers], undefined, "Ledger!A2:P50001");
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (spilled.length !== ROWS) throw new Error(`expected ${ROWS} results, got ${spilled.length}`);
  const errors = spilled.filter(([cell]) => typeof cell === "object").length;
  if (errors > 0) throw new Error(`${errors} rows came back as errors`);
  return { name: "functions: SEGMENT array call", rows: ROWS, medianMs: Math.round(median(times) * 10) / 10 };
}

module.exports = { run };

if (require.main === module) {
  run().then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
