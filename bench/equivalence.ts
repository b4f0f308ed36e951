/**
 * `npm run equivalence -- [ROWS] [LANGUAGES]`: the SQL query against the engine at scale.
 * A generated ledger (200,000 rows by default, bench/generateLedger.js) for
 * each header language asked for (`en`, or a list such as `en,es,pt`: the
 * run then writes in that language), every preset, run by the engine, by embedded DuckDB and by a throw-away
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

type Result = {
  language: string;
  preset: string;
  database: string;
  rowsEqual: number;
  rowsDiffering: number;
  queryMs: number;
  engineMs: number;
};

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 200000);
  const languages = (process.argv[3] ?? "en").split(",") as ("en" | "es" | "pt")[];
  const duck = await (await DuckDBInstance.create(":memory:")).connect();
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)");
  const server = startPostgres(bin);
  const pg = new Client({ host: server.host, user: server.user, database: "postgres" });
  let failed = false;
  const results: Result[] = [];
  const started = Date.now();
  try {
    await pg.connect();
    for (const language of languages) {
      const ledger = typedFromGenerated(generateLedger({ rows, dates: "date", seed: 42, locale: language }));
      await loadDuckDb(duck, "ledger", ledger);
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
          const result = {
            language,
            preset: name,
            database: db,
            rowsEqual: rows - diffs.length,
            rowsDiffering: diffs.length,
            queryMs: ms,
            engineMs,
          };
          results.push(result);
          process.stdout.write(JSON.stringify({ ...result, rows, firstDifference: diffs[0] }) + "\n");
        }
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

function writeReport(rows: number, results: readonly Result[], ms: number): void {
  const equal = results.reduce((n, r) => n + r.rowsEqual, 0);
  const lines = [
    "# SQL equivalence at scale",
    "",
    `Written by \`npm run equivalence\` (bench/equivalence.ts) on ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}; replaced on every run.`,
    "",
    `A generated ledger of ${rows.toLocaleString("en-US")} rows per header language (bench/generateLedger.js, seed 42, amounts with cents; a Spanish- or Portuguese-headed ledger is written in its language), every preset, as of 2025-06-30: the engine's result beside the compiled query's in embedded DuckDB and in a throw-away PostgreSQL server, every row's Segment, Priority, Strategy, Score, Reason and Aging Bucket compared.`,
    "",
    "| Headers | Preset | Database | Rows equal | Rows differing | Query ms (with reading the rows back) | Engine ms |",
    "|---|---|---|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.language} | ${r.preset} | ${r.database} | ${r.rowsEqual.toLocaleString("en-US")} | ${r.rowsDiffering} | ${r.queryMs.toLocaleString("en-US")} | ${r.engineMs.toLocaleString("en-US")} |`,
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
