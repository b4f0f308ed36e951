"use strict";
/**
 * xlsx → xlsx and csv → xlsx through the command line, each beside its peer
 * measured in the same run on the same file: unzipping and re-zipping the
 * input with the system's `unzip` and `zip` (default level), the least a
 * program that rewrites a workbook must do. Wall time and peak RSS of each
 * (from /usr/bin/time -v when present).
 *
 *   node bench/xlsx.bench.js xlsx <rows>
 *   node bench/xlsx.bench.js csv <rows>
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { DIST, round, emit } = require("./lib");
const { writeStyledLedger } = require("./styledLedger");
const { writeLedgerCsv } = require("./generateLedger");

const kind = process.argv[2] || "xlsx";
const rows = Number(process.argv[3] || 100000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-xlsx-bench-"));
const MAIN = path.join(DIST, "cli", "main.js");
const RUN_CLI = `require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;
const TIME = fs.existsSync("/usr/bin/time");

/** Runs a command, timed; wall ms and peak RSS MB. */
function timed(command, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const child = TIME
    ? spawnSync("/usr/bin/time", ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26, ...options })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26, ...options });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.status !== 0) throw new Error(`${command} exited ${child.status}: ${(child.stderr || "").slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr || "");
  return { wallMs, peakRssMB: rss ? Number(rss[1]) / 1024 : null };
}

/** The peer: unzip every part, then zip them again (what re-writing the file costs at the least). */
function unzipRezip(input) {
  const unpacked = path.join(dir, "unpacked");
  fs.rmSync(unpacked, { recursive: true, force: true });
  fs.mkdirSync(unpacked);
  const out = path.join(dir, "rezipped.xlsx");
  fs.rmSync(out, { force: true });
  const a = timed("unzip", ["-q", input, "-d", unpacked]);
  const b = timed("zip", ["-q", "-r", "-X", out, "."], { cwd: unpacked });
  return { wallMs: a.wallMs + b.wallMs, peakRssMB: Math.max(a.peakRssMB ?? 0, b.peakRssMB ?? 0) };
}

async function main() {
  try {
    const g0 = Date.now();
    const input = path.join(dir, `ledger.${kind}`);
    if (kind === "csv") writeLedgerCsv(input, rows);
    else await writeStyledLedger(rows, input);
    const generateMs = Date.now() - g0;
    const out = path.join(dir, "out.xlsx");
    const run = timed(process.execPath, ["--max-old-space-size=4096", "-e", RUN_CLI, "--", input, "--as-of", "2025-06-30", "--out", out]);
    const peer = kind === "xlsx" ? unzipRezip(input) : undefined;
    // Run the product a second time on its own output: a re-run replaces its columns and summary.
    const again = kind === "xlsx" ? timed(process.execPath, ["-e", RUN_CLI, "--", out, "--out", path.join(dir, "again.xlsx")]) : undefined;
    emit({
      bench: `xlsx-${kind}`,
      rows,
      inputMB: round(fs.statSync(input).size / 1048576),
      outputMB: round(fs.statSync(out).size / 1048576),
      wallMs: round(run.wallMs),
      peakRssMB: run.peakRssMB === null ? null : round(run.peakRssMB),
      rerunWallMs: again ? round(again.wallMs) : undefined,
      unzipRezipMs: peer ? round(peer.wallMs) : undefined,
      ratio: peer ? round(run.wallMs / peer.wallMs, 2) : undefined,
      generateMs,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
