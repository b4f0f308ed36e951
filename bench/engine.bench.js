"use strict";
/**
 * The engine over the generated ledger as Excel hands it over (a 2-D array of
 * serial-number dates, numbers and text): median time of N runs, peak RSS and
 * heap after GC. One size per process, so each peak is clean.
 *
 *   node --expose-gc bench/engine.bench.js <rows> <runs> [preset] [blocks]
 *
 * With `blocks`, the rows are not held as one array: they are made and handed
 * over 20,000 at a time (each block its own JSON round trip, as a block read
 * from Excel or a stretch of a csv file), so the peak is the engine's own
 * memory plus one block. Only the engine's work on each block is timed.
 */
const { requireDist, median, peakRssMB, heapAfterGcMB, round, emit } = require("./lib");
const { generateLedger, ledgerRows } = require("./generateLedger");

const rows = Number(process.argv[2] || 10000);
const runs = Number(process.argv[3] || 5);
const preset = process.argv[4] || "collections";
const blocks = process.argv[5] === "blocks";
const BLOCK_ROWS = 20000;
const engine = requireDist("engine/index.js");

const config = engine.presetConfig(preset);
if (!config.ok) throw new Error(`preset ${preset}`);
if (blocks) runInBlocks();
else runWhole();

/** One run over the generated ledger handed over in blocks; returns [engine ms, segmentation]. */
function inBlocks() {
  const segmenter = engine.createSegmenter({ config: config.value, sheet: "Ledger", today: "2025-06-30" }, rows + 1);
  let ms = 0;
  let block = [];
  const hand = () => {
    const rowsOfBlock = JSON.parse(JSON.stringify(block));
    block = [];
    const t0 = process.hrtime.bigint();
    segmenter.pushRows(rowsOfBlock);
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
  };
  for (const row of ledgerRows({ rows, dates: "serial" })) {
    block.push(row);
    if (block.length === BLOCK_ROWS) hand();
  }
  if (block.length > 0) hand();
  const t0 = process.hrtime.bigint();
  const result = segmenter.finish();
  ms += Number(process.hrtime.bigint() - t0) / 1e6;
  if (!result.ok) throw new Error(engine.describeIssue(result.error));
  return [ms, result.value];
}

function runInBlocks() {
  const baseMB = heapAfterGcMB();
  const times = [];
  let segmentation;
  for (let i = 0; i < runs; i++) {
    segmentation = undefined;
    if (global.gc) global.gc();
    const [ms, value] = inBlocks();
    times.push(ms);
    segmentation = value;
  }
  const heapWithResultMB = heapAfterGcMB();
  emit({
    bench: "engine-blocks",
    preset,
    rows,
    runs,
    blockRows: BLOCK_ROWS,
    medianMs: round(median(times)),
    runsMs: times.map((t) => round(t)),
    msPerMillionRows: round((median(times) / rows) * 1e6),
    segmented: segmentation.rowCount,
    peakRssMB: round(peakRssMB()),
    resultHeapMB: round(heapWithResultMB - baseMB),
  });
}

function runWhole() {
  // Office.js hands values over by parsing a JSON response: a round trip gives the same flat strings and numbers.
  const grid = JSON.parse(JSON.stringify(generateLedger({ rows, dates: "serial" })));
  const inputHeapMB = heapAfterGcMB();
  const inputPeakMB = peakRssMB();

  const times = [];
  let segmentation;
  for (let i = 0; i < runs; i++) {
    segmentation = undefined;
    if (global.gc) global.gc();
    const t0 = process.hrtime.bigint();
    const result = engine.segment(grid, { config: config.value, sheet: "Ledger", today: "2025-06-30" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!result.ok) throw new Error(engine.describeIssue(result.error));
    segmentation = result.value;
  }
  const heapWithResultMB = heapAfterGcMB();
  // Keeps the input alive up to here, so "+ result" is what the segmentation itself holds.
  const inputRows = grid.length;
  emit({
    bench: "engine",
    preset,
    rows,
    runs,
    medianMs: round(median(times)),
    runsMs: times.map((t) => round(t)),
    msPerMillionRows: round((median(times) / rows) * 1e6),
    segmented: segmentation.rowCount,
    inputRows,
    inputHeapMB: round(inputHeapMB),
    inputPeakRssMB: round(inputPeakMB),
    peakRssMB: round(peakRssMB()),
    heapWithResultMB: round(heapWithResultMB),
    resultHeapMB: round(heapWithResultMB - inputHeapMB),
  });
}
