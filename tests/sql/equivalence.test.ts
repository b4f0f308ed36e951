/**
 * The SQL query equals the engine, row for row: every preset and random
 * configurations of every model on random ledgers, run through the engine,
 * embedded DuckDB and a real PostgreSQL server started for this suite.
 * Segment, Priority, Strategy, Score, Reason and Aging Bucket must agree on
 * every row.
 */
import fc from "fast-check";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { Client } from "pg";
import { PRESET_NAMES, segment, type SegmentationConfig } from "../../src/engine";
import { preset } from "../support/engineFixtures";
import { compileSql } from "../../src/sql";
import { configArb, ledgerArb } from "../support/sqlArbitraries";
import { postgresBin, startPostgres, type PostgresServer } from "../support/postgresServer";
import {
  compiledFor,
  differences,
  duckDbResults,
  engineGrid,
  engineResults,
  LINE,
  loadDuckDb,
  loadPostgres,
  postgresResults,
  typedFromGenerated,
  type TypedLedger,
} from "../support/sqlLedger";
import { generateLedger } from "../support/generateLedger";

const bin = postgresBin();
if (!bin) {
  // Only when the server binaries are truly absent (CI installs Debian's postgresql in .ci/run).
  console.warn(
    "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: the PostgreSQL half of the equivalence suite is skipped. Install them with: apt-get install -y postgresql",
  );
}
const withPostgres = bin ? describe : describe.skip;

let duck: DuckDBConnection;
let server: PostgresServer | undefined;
let pg: Client | undefined;

beforeAll(async () => {
  duck = await (await DuckDBInstance.create(":memory:")).connect();
  if (bin) {
    server = startPostgres(bin);
    pg = new Client({ host: server.host, user: server.user, database: "postgres" });
    await pg.connect();
  }
}, 60000);

afterAll(async () => {
  duck?.closeSync();
  await pg?.end();
  server?.stop();
});

type Database = "duckdb" | "postgres";

async function resultsIn(db: Database, ledger: TypedLedger, config: SegmentationConfig, table: string) {
  const sql = compiledFor(ledger, config, db, table, LINE);
  return db === "duckdb" ? duckDbResults(duck, sql, ledger.rows.length) : postgresResults(pg!, sql, ledger.rows.length);
}

async function load(db: Database, ledger: TypedLedger, table: string): Promise<void> {
  if (db === "duckdb") await loadDuckDb(duck, table, ledger);
  else await loadPostgres(pg!, server!.shared, table, ledger);
}

/** Runs one case in a database and returns the rows that differ from the engine (none when equal). */
async function check(db: Database, ledger: TypedLedger, config: SegmentationConfig) {
  const engine = segment(engineGrid(ledger), { config, sheet: "ledger", today: config.asOf! });
  if (!engine.ok) {
    const compiled = compileSql(
      config,
      { source: { kind: "table", name: ["ledger"] }, columns: ledger.columns },
      { dialect: db, carry: [LINE], orderBy: LINE },
    );
    // A ledger with no item at all: the engine says so; the query gives every row no segment.
    if (engine.error.kind !== "noData") return compiled.ok ? [{ engine: engine.error, sql: "compiled" }] : [];
    await load(db, ledger, "ledger");
    const rows = await resultsIn(db, ledger, config, "ledger");
    return rows.filter((r) => r.segment !== null);
  }
  await load(db, ledger, "ledger");
  return differences(ledger, engineResults(ledger, config), await resultsIn(db, ledger, config, "ledger"));
}

const bankLedger = typedFromGenerated(generateLedger({ rows: 2000, dates: "date", seed: 11 }));

function presetTests(db: Database): void {
  it.each(PRESET_NAMES)("gives every row the engine's outcome with the %s preset", async (name) => {
    const config = { ...preset(name), asOf: "2025-06-30" };
    await load(db, bankLedger, "bank");
    const got = await resultsIn(db, bankLedger, config, "bank");
    expect(differences(bankLedger, engineResults(bankLedger, config), got)).toEqual([]);
  });

  it("gives every row the engine's outcome for random ledgers and configurations", async () => {
    await fc.assert(
      fc.asyncProperty(ledgerArb, configArb, async (ledger, config) => {
        expect(await check(db, ledger, config)).toEqual([]);
      }),
      { numRuns: db === "duckdb" ? 150 : 100, seed: Number(process.env.SQL_SEED ?? 20260131) },
    );
  }, 240000);
}

describe("DuckDB", () => presetTests("duckdb"));
withPostgres("PostgreSQL", () => presetTests("postgres"));
