"use strict";
/**
 * The command line end to end, as a user runs it: a csv → csv run of
 * 1,048,575 rows and an xlsx → xlsx run (100,000 rows by default), each in
 * its own process, timed wall-clock with its peak RSS (from /usr/bin/time -v
 * when present, else from the child's own process.resourceUsage()). "field"
 * is a csv → csv run of a file whose one note cell holds <MB> megabytes (a
 * quoted field read in many pieces: linear, not quadratic, in its length).
 *
 *   node bench/cli.bench.js csv <rows>
 *   node bench/cli.bench.js xlsx <rows>
 *   node bench/cli.bench.js field <MB>
 *   node bench/cli.bench.js problems <count>
 *
 * "problems" runs a small csv with a --config file holding <count> rules whose
 * expressions do not parse: the run is refused (exit 2) after placing every
 * problem at its line (linear in the problems, not quadratic).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const ExcelJS = require("exceljs");
const { DIST, round, emit } = require("./lib");
const { ledgerRows, writeLedgerCsv } = require("./generateLedger");

const kind = process.argv[2] || "csv";
const DEFAULT_SIZE = { csv: 1048575, field: 50, problems: 20000, xlsx: 100000 };
const rows = Number(process.argv[3] || DEFAULT_SIZE[kind] || 100000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-bench-"));
// What bin/arseg.js does, with the compiled code taken from DIST (see lib.js).
const MAIN = path.join(DIST, "cli", "main.js");
const RUN_CLI = `require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;

/** Three invoices, the second with a note of `rows` MB in one quoted field. */
function writeBigField(file) {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, 'Customer,Invoice,Balance,Due Date,Note\nAcme,A-1,200,2025-06-01,ok\nBeta,A-2,100,2025-06-20,"');
  const megabyte = "note, with a comma and a line\nbreak; ".repeat(32768).slice(0, 1048576);
  for (let i = 0; i < rows; i++) fs.writeSync(fd, megabyte);
  fs.writeSync(fd, '"\nGamma,A-3,300,2025-07-20,ok\n');
  fs.closeSync(fd);
}

async function writeXlsx(file) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const sheet = writer.addWorksheet("AR Ledger");
  for (const row of ledgerRows({ rows, dates: "date" })) sheet.addRow(row.map((v) => (v === "" ? null : v))).commit();
  await writer.commit();
}

/** A configuration of `rows` rules, each with an expression that does not parse. */
function writeBadConfig(file) {
  const strategy = { channel: "Phone", action: "Call", tone: "Firm" };
  const rules = Array.from({ length: rows }, (_, i) => ({ segment: `S${i}`, priority: 1, when: "Balance >", strategy }));
  const otherwise = { segment: "Other", priority: 2, strategy };
  fs.writeFileSync(file, JSON.stringify({ version: 2, model: { kind: "rules", rules, otherwise } }, null, 2));
}

/** Runs the CLI in a child process; wall time and peak RSS. */
function timeCli(args, expectedStatus = 0) {
  const useTime = fs.existsSync("/usr/bin/time");
  const t0 = process.hrtime.bigint();
  const report = `process.on("exit", () => process.stderr.write("Maximum resident set size (kbytes): " + process.resourceUsage().maxRSS + "\\n"));`;
  const child = useTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, "-e", RUN_CLI, "--", ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, ["-e", `${report} ${RUN_CLI}`, "--", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.status !== expectedStatus) throw new Error(`arseg exited ${child.status}: ${child.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  return { wallMs, peakRssMB: rss ? Number(rss[1]) / 1024 : null, via: useTime ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS" };
}

async function main() {
  try {
    const ext = kind === "xlsx" ? "xlsx" : "csv";
    const input = path.join(dir, `ledger.${ext}`);
    const g0 = Date.now();
    if (kind === "csv") writeLedgerCsv(input, rows);
    else if (kind === "problems") fs.writeFileSync(input, "Customer,Balance,Due Date\nAcme,100,2025-06-01\n");
    else if (kind === "field") writeBigField(input);
    else await writeXlsx(input);
    const generateMs = Date.now() - g0;
    const out = path.join(dir, `out.${ext}`);
    if (kind === "problems") {
      const config = path.join(dir, "rules.json");
      writeBadConfig(config);
      const refused = timeCli([input, "--config", config, "--out", out], 2);
      emit({
        bench: "cli-problems",
        problems: rows,
        configMB: round(fs.statSync(config).size / 1048576),
        wallMs: round(refused.wallMs),
        peakRssMB: refused.peakRssMB === null ? null : round(refused.peakRssMB),
      });
      return;
    }
    const result = timeCli([input, "--as-of", "2025-06-30", "--out", out]);
    emit({
      bench: `cli-${kind}`,
      rows,
      inputMB: round(fs.statSync(input).size / 1048576),
      outputMB: round(fs.statSync(out).size / 1048576),
      wallMs: round(result.wallMs),
      peakRssMB: result.peakRssMB === null ? null : round(result.peakRssMB),
      measuredWith: result.via,
      generateMs,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
