"use strict";
/**
 * The SQL query run in embedded DuckDB, end to end as a user runs it:
 *
 *   node bench/sql.bench.js duckdb <rows>   arseg --engine duckdb on a generated csv of <rows> rows (csv out),
 *                                            beside DuckDB's own read + write of the same file (the bound)
 *   node bench/sql.bench.js engine <rows>   the same csv through arseg --engine duckdb and through the engine's
 *                                            own csv → csv run
 *
 * Each run is its own process, timed wall-clock with its peak RSS (/usr/bin/time -v when present).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { DIST, round, emit } = require("./lib");
const { writeLedgerCsv } = require("./generateLedger");

const mode = process.argv[2] || "duckdb";
const rows = Number(process.argv[3] || (mode === "duckdb" ? 10000000 : 1048575));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-bench-sql-"));
const MAIN = path.join(DIST, "cli", "main.js");
const RUN_CLI = `require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;
// DuckDB reading the file as the run reads it (every cell as text) and writing it back: the least any run through DuckDB does.
const BOUND = `
const { DuckDBInstance } = require(${JSON.stringify(require.resolve("@duckdb/node-api"))});
(async () => {
  const [input, output] = process.argv.slice(1);
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run("COPY (SELECT * FROM read_csv('" + input + "', all_varchar = true, header = true)) TO '" + output + "' (FORMAT csv, HEADER true)");
  connection.closeSync();
})();`;

/** Runs node with a script and arguments; wall time and peak RSS. */
function timeNode(script, args) {
  const useTime = fs.existsSync("/usr/bin/time");
  const report = `process.on("exit", () => process.stderr.write("Maximum resident set size (kbytes): " + process.resourceUsage().maxRSS + "\\n"));`;
  const t0 = process.hrtime.bigint();
  const child = useTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, "-e", script, "--", ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, ["-e", `${report} ${script}`, "--", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.status !== 0) throw new Error(`exited ${child.status}: ${child.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  return { wallMs: round(wallMs), peakRssMB: rss ? round(Number(rss[1]) / 1024) : null, stdout: child.stdout };
}

const sizeMB = (file) => round(fs.statSync(file).size / 1048576);

function main() {
  try {
    const input = path.join(dir, "ledger.csv");
    const g0 = Date.now();
    writeLedgerCsv(input, rows);
    const generateMs = Date.now() - g0;
    const duckOut = path.join(dir, "duckdb-out.csv");
    const duck = timeNode(RUN_CLI, [input, "--engine", "duckdb", "--as-of", "2025-06-30", "--out", duckOut]);
    const result = {
      bench: `sql-${mode}`,
      rows,
      inputMB: sizeMB(input),
      generateMs,
      engineDuckdb: { wallMs: duck.wallMs, peakRssMB: duck.peakRssMB, outputMB: sizeMB(duckOut) },
    };
    fs.rmSync(duckOut);
    if (mode === "duckdb") {
      const boundOut = path.join(dir, "bound-out.csv");
      const bound = timeNode(BOUND, [input, boundOut]);
      result.duckdbReadWrite = { wallMs: bound.wallMs, peakRssMB: bound.peakRssMB, outputMB: sizeMB(boundOut) };
      result.ratio = round(duck.wallMs / bound.wallMs);
    } else {
      const engineOut = path.join(dir, "engine-out.csv");
      const engine = timeNode(RUN_CLI, [input, "--as-of", "2025-06-30", "--out", engineOut, "-q"]);
      result.engineCsv = { wallMs: engine.wallMs, peakRssMB: engine.peakRssMB, outputMB: sizeMB(engineOut) };
      result.ratio = round(duck.wallMs / engine.wallMs);
    }
    emit(result);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
