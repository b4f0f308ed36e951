"use strict";
/** Helpers shared by the benchmark scripts: the compiled engine, timing, memory. */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
/** The compiled engine and CLI: dist/node, or ARSEG_DIST_NODE (another build output, e.g. one a web build can't wipe). */
const DIST = process.env.ARSEG_DIST_NODE ? path.resolve(process.env.ARSEG_DIST_NODE) : path.join(ROOT, "dist", "node");

/** Requires a compiled module from dist/node (built by `npm install` / `npm run prepare`). */
function requireDist(relative) {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run prepare\` (tsc -p tsconfig.cli.json) before \`npm run bench\`.`);
  }
  return require(file);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const MB = 1024 * 1024;

/** Peak resident memory of this process so far, in MB (maxRSS is in kilobytes). */
function peakRssMB() {
  return process.resourceUsage().maxRSS / 1024;
}

/** Live memory after a full collection: the JS heap plus typed arrays' buffers (which live outside it). */
function heapAfterGcMB() {
  if (global.gc) global.gc();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / MB;
}

function round(n, digits = 1) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Prints one JSON result line for bench/run.js to collect. */
function emit(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

module.exports = { ROOT, DIST, requireDist, median, peakRssMB, heapAfterGcMB, round, emit, MB };
