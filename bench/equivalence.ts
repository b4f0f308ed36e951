/**
 * `npm run equivalence [ROWS]`: the SQL query against the engine at scale.
 * One generated ledger (200,000 rows by default, bench/generateLedger.js),
 * every preset, run by the engine, by embedded DuckDB and by a throw-away
 * PostgreSQL server; every row's Segment, Priority, Strategy, Score, Reason
 * and Aging Bucket compared. Prints one JSON line per preset and database,
 * writes bench/EQUIVALENCE.md (replaced on every run) and exits 1 when any row differs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DuckDBInstance } from "@duckdb/node-api";
import { Client } from "pg";
import { presetConfig, PRESET_NAMES } from "../src/engine";
import { generateLedger } from "../tests/support/generateLedger";
import { postgresBin, startPostgres } from "../tests/support/postgresServer";
import {
  compiledFor,
  differences,
  duckDbResults,
  engineResults,
  LINE,
  loadDuckDb,
  loadPostgres,
  postgresResults,
  typedFromGenerated,
} from "../tests/support/sqlLedger";

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 200000);
  const ledger = typedFromGenerated(generateLedger({ rows, dates: "date", seed: 42 }));
  const duck = await (await DuckDBInstance.create(":memory:")).connect();
  await loadDuckDb(duck, "ledger", ledger);
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)");
  const server = startPostgres(bin);
  const pg = new Client({ host: server.host, user: server.user, database: "postgres" });
  let failed = false;
  const results: { preset: string; database: string; rowsEqual: number; rowsDiffering: number; queryMs: number; engineMs: number }[] = [];
  const started = Date.now();
  try {
    await pg.connect();
    await loadPostgres(pg, server.shared, "ledger", ledger);
    for (const name of PRESET_NAMES) {
      const preset = presetConfig(name);
      if (!preset.ok) throw new Error(name);
      const config = { ...preset.value, asOf: "2025-06-30" };
      const t0 = Date.now();
      const expected = engineResults(ledger, config);
      const engineMs = Date.now() - t0;
      for (const db of ["duckdb", "postgres"] as const) {
        const sql = compiledFor(ledger, config, db, "ledger", LINE);
        const t1 = Date.now();
        const got = db === "duckdb" ? await duckDbResults(duck, sql, rows) : await postgresResults(pg, sql, rows);
        const ms = Date.now() - t1;
        const diffs = differences(ledger, expected, got, rows);
        if (diffs.length > 0) failed = true;
        results.push({ preset: name, database: db, rowsEqual: rows - diffs.length, rowsDiffering: diffs.length, queryMs: ms, engineMs });
        process.stdout.write(
          JSON.stringify({
            preset: name,
            database: db,
            rows,
            rowsEqual: rows - diffs.length,
            rowsDiffering: diffs.length,
            queryMs: ms,
            engineMs,
            firstDifference: diffs[0],
          }) + "\n",
        );
      }
    }
  } finally {
    await pg.end();
    server.stop();
    duck.closeSync();
  }
  writeReport(rows, results, Date.now() - started);
  process.exitCode = failed ? 1 : 0;
}

function writeReport(
  rows: number,
  results: readonly { preset: string; database: string; rowsEqual: number; rowsDiffering: number; queryMs: number; engineMs: number }[],
  ms: number,
): void {
  const equal = results.reduce((n, r) => n + r.rowsEqual, 0);
  const lines = [
    "# SQL equivalence at scale",
    "",
    `Written by \`npm run equivalence\` (bench/equivalence.ts) on ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}; replaced on every run.`,
    "",
    `One generated ledger of ${rows.toLocaleString("en-US")} rows (bench/generateLedger.js, seed 42, amounts with cents), every preset, as of 2025-06-30: the engine's result beside the compiled query's in embedded DuckDB and in a throw-away PostgreSQL server, every row's Segment, Priority, Strategy, Score, Reason and Aging Bucket compared.`,
    "",
    "| Preset | Database | Rows equal | Rows differing | Query ms (with reading the rows back) | Engine ms |",
    "|---|---|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.preset} | ${r.database} | ${r.rowsEqual.toLocaleString("en-US")} | ${r.rowsDiffering} | ${r.queryMs.toLocaleString("en-US")} | ${r.engineMs.toLocaleString("en-US")} |`,
    ),
    "",
    `${equal.toLocaleString("en-US")} of ${(rows * results.length).toLocaleString("en-US")} row results equal, in ${(ms / 1000).toFixed(0)} s.`,
    "",
  ];
  fs.writeFileSync(path.join(__dirname, "EQUIVALENCE.md"), lines.join("\n"));
}

main().catch((error) => {
  process.stderr.write(`equivalence: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
