/**
 * One typed ledger run three ways — the engine, embedded DuckDB and a real
 * PostgreSQL server — and the rows compared. The ledger is a table of typed
 * columns (text, number, DATE, BOOLEAN); the engine gets the same values as a
 * workbook reader hands them over (Date objects, numbers, strings, booleans).
 */
import * as fs from "fs";
import * as path from "path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { segment, type CellValue, type SegmentationConfig } from "../../src/engine";
import { segmentedRowOf } from "../../src/engine/segmentation";
import { compileSql, type DialectName } from "../../src/sql";
import { postgresBin, startPostgres, type PostgresServer } from "./postgresServer";

export type Kind = "text" | "number" | "date" | "boolean";
/** A cell: text, a number, a date written YYYY-MM-DD (in a date column), a boolean, or null. */
export type TypedCell = string | number | boolean | null;

export interface TypedLedger {
  readonly columns: readonly { readonly name: string; readonly kind: Kind }[];
  readonly rows: readonly (readonly TypedCell[])[];
}

/** What a row gets: the six output columns (null for a row that is no item). */
export interface RowResult {
  readonly segment: string | null;
  readonly priority: number | null;
  readonly strategy: string | null;
  readonly score: number | null;
  readonly reason: string | null;
  readonly bucket: string | null;
}

/**
 * A ledger from the shared generator (bench/generateLedger.js, "date" mode) as
 * typed columns: dates as DATE, amounts and counts as numbers, the rest text.
 */
export function typedFromGenerated(grid: readonly (readonly unknown[])[]): TypedLedger {
  const header = grid[0] as string[];
  const kinds: Kind[] = header.map((_, i) => {
    const sample = grid.slice(1).find((row) => row[i] !== "" && row[i] !== null)?.[i];
    return sample instanceof Date ? "date" : typeof sample === "number" ? "number" : "text";
  });
  return {
    columns: header.map((name, i) => ({ name, kind: kinds[i] })),
    rows: grid
      .slice(1)
      .map((row) =>
        row.map((v, i) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === "" && kinds[i] !== "text" ? null : (v as TypedCell))),
      ),
  };
}

/** The column the databases carry to put rows back in order; the engine never sees it. */
export const LINE = "line_id";

const EMPTY: RowResult = { segment: null, priority: null, strategy: null, score: null, reason: null, bucket: null };

/** The ledger as the engine reads a sheet: header row, then the rows, dates as UTC Date objects. */
export function engineGrid(ledger: TypedLedger): CellValue[][] {
  const kinds = ledger.columns.map((c) => c.kind);
  return [
    ledger.columns.map((c) => c.name),
    ...ledger.rows.map((row) => row.map((v, i) => (v !== null && kinds[i] === "date" ? new Date(`${v}T00:00:00Z`) : v))),
  ];
}

/** Every row's result from the engine. */
export function engineResults(ledger: TypedLedger, config: SegmentationConfig): RowResult[] {
  const result = segment(engineGrid(ledger), { config, sheet: "ledger", today: config.asOf ?? "2026-01-31" });
  if (!result.ok) throw new Error(`engine: ${JSON.stringify(result.error)}`);
  const seg = result.value;
  const rowOf = segmentedRowOf(seg, ledger.rows.length + 1);
  return ledger.rows.map((_, r) => {
    const i = rowOf[r + 1];
    if (i < 0) return EMPTY;
    const o = seg.outcome(i);
    return {
      segment: o.segment,
      priority: o.priority,
      strategy: o.strategy,
      score: o.score,
      reason: o.reason,
      bucket: o.bucket === "" ? null : o.bucket,
    };
  });
}

/** The query for a ledger table, the rows put back in order by the carried line number. */
export function compiledFor(
  ledger: TypedLedger,
  config: SegmentationConfig,
  dialect: DialectName,
  table: string,
  orderBy?: string,
): string {
  const compiled = compileSql(
    config,
    { source: { kind: "table", name: [table] }, columns: ledger.columns.map((c) => ({ name: c.name, kind: c.kind })) },
    { dialect, asOf: { kind: "date", iso: config.asOf! }, carry: [LINE], orderBy },
  );
  if (!compiled.ok) throw new Error(`compile: ${JSON.stringify(compiled.error)}`);
  return compiled.value.sql;
}

/** The output columns under the names RowResult gives them (and the line number as `line`). */
export const SELECT_RESULTS = `SELECT "${LINE}" AS line, "Segment" AS segment, CAST("Priority" AS INTEGER) AS priority, "Strategy" AS strategy, CAST("Score" AS INTEGER) AS score, "Reason" AS reason, "Aging Bucket" AS bucket`;

const DUCK_TYPES: Record<Kind, string> = { text: "VARCHAR", number: "DOUBLE", date: "DATE", boolean: "BOOLEAN" };
const PG_TYPES: Record<Kind, string> = { text: "text", number: "double precision", date: "date", boolean: "boolean" };
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Loads the ledger into DuckDB as table `name` (with the line number). */
export async function loadDuckDb(connection: DuckDBConnection, name: string, ledger: TypedLedger): Promise<void> {
  const { DuckDBDateValue } = await import("@duckdb/node-api");
  const cols = [`${quote(LINE)} INTEGER`, ...ledger.columns.map((c) => `${quote(c.name)} ${DUCK_TYPES[c.kind]}`)];
  await connection.run(`CREATE OR REPLACE TABLE ${quote(name)} (${cols.join(", ")})`);
  const appender = await connection.createAppender(name);
  const epoch = Date.UTC(1970, 0, 1);
  ledger.rows.forEach((row, r) => {
    appender.appendInteger(r);
    row.forEach((v, i) => {
      if (v === null) return appender.appendNull();
      switch (ledger.columns[i].kind) {
        case "text":
          return appender.appendVarchar(String(v));
        case "number":
          return appender.appendDouble(Number(v));
        case "boolean":
          return appender.appendBoolean(Boolean(v));
        case "date":
          return appender.appendDate(new DuckDBDateValue(Math.round((Date.parse(`${v}T00:00:00Z`) - epoch) / 86400000)));
      }
    });
    appender.endRow();
  });
  appender.flushSync();
  appender.closeSync();
}

/** Runs the compiled query in DuckDB; results by line. */
export async function duckDbResults(connection: DuckDBConnection, sql: string, rows: number): Promise<RowResult[]> {
  const reader = await connection.runAndReadAll(`${SELECT_RESULTS} FROM (${sql}) q`);
  return byLine(reader.getRowObjects() as unknown as Record<string, unknown>[], rows);
}

/** Loads the ledger into PostgreSQL as table `name`, through a csv file the server copies from. */
export async function loadPostgres(client: Client, shared: string, name: string, ledger: TypedLedger): Promise<void> {
  const cols = [`${quote(LINE)} integer`, ...ledger.columns.map((c) => `${quote(c.name)} ${PG_TYPES[c.kind]}`)];
  await client.query(`DROP TABLE IF EXISTS ${quote(name)}`);
  await client.query(`CREATE TABLE ${quote(name)} (${cols.join(", ")})`);
  const file = path.join(shared, `${name}.csv`);
  const field = (v: TypedCell, kind: Kind): string => {
    if (v === null) return "";
    if (kind === "text") return `"${String(v).replace(/"/g, '""')}"`;
    return String(v);
  };
  const fd = fs.openSync(file, "w", 0o644);
  let chunk: string[] = [];
  ledger.rows.forEach((row, r) => {
    chunk.push([String(r), ...row.map((v, i) => field(v, ledger.columns[i].kind))].join(","));
    if (chunk.length === 10000) {
      fs.writeSync(fd, chunk.join("\n") + "\n");
      chunk = [];
    }
  });
  fs.writeSync(fd, chunk.join("\n") + (chunk.length ? "\n" : ""));
  fs.closeSync(fd);
  fs.chmodSync(file, 0o644);
  await client.query(`COPY ${quote(name)} FROM '${file.replace(/'/g, "''")}' WITH (FORMAT csv)`);
  fs.rmSync(file);
}

/** Runs the compiled query in PostgreSQL; results by line. */
export async function postgresResults(client: Client, sql: string, rows: number): Promise<RowResult[]> {
  const result = await client.query(`${SELECT_RESULTS} FROM (${sql}) q`);
  return byLine(result.rows as Record<string, unknown>[], rows);
}

/** A result row of SELECT_RESULTS's columns as a RowResult. */
export function rowResultOf(rec: Record<string, unknown>): RowResult {
  return {
    segment: (rec.segment as string | null) ?? null,
    priority: rec.priority === null ? null : Number(rec.priority),
    strategy: (rec.strategy as string | null) ?? null,
    score: rec.score === null ? null : Number(rec.score),
    reason: (rec.reason as string | null) ?? null,
    bucket: (rec.bucket as string | null) ?? null,
  };
}

function byLine(records: readonly Record<string, unknown>[], rows: number): RowResult[] {
  const out: RowResult[] = new Array(rows);
  for (const rec of records) out[Number(rec.line)] = rowResultOf(rec);
  return out;
}

/** The rows where two runs differ, with both results (at most `limit`). */
export function differences(
  ledger: TypedLedger,
  expected: readonly RowResult[],
  actual: readonly RowResult[],
  limit = 5,
): { line: number; row: readonly TypedCell[]; expected: RowResult; actual: RowResult | undefined }[] {
  const out: { line: number; row: readonly TypedCell[]; expected: RowResult; actual: RowResult | undefined }[] = [];
  const keys = ["segment", "priority", "strategy", "score", "reason", "bucket"] as const;
  for (let r = 0; r < expected.length && out.length < limit; r++) {
    const a = actual[r];
    if (!a || keys.some((k) => a[k] !== expected[r][k])) out.push({ line: r, row: ledger.rows[r], expected: expected[r], actual: a });
  }
  return out;
}

export interface Databases {
  readonly duck: DuckDBConnection;
  /** The PostgreSQL client, undefined when the server binaries are not installed. */
  readonly pg: Client | undefined;
  /** A folder the PostgreSQL server reads files from. */
  readonly shared: string;
}

/**
 * Embedded DuckDB and a throw-away PostgreSQL server for the tests of one file:
 * started before its tests, stopped after. PostgreSQL only when its server
 * binaries are installed (`postgresBin`).
 */
export function useDatabases(): () => Databases {
  const bin = postgresBin();
  let duck: DuckDBConnection | undefined;
  let server: PostgresServer | undefined;
  let pg: Client | undefined;
  beforeAll(async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    duck = await (await DuckDBInstance.create(":memory:")).connect();
    if (bin) {
      server = startPostgres(bin);
      const { Client: PgClient } = await import("pg");
      pg = new PgClient({ host: server.host, user: server.user, database: "postgres" });
      await pg.connect();
    }
  }, 60000);
  afterAll(async () => {
    duck?.closeSync();
    await pg?.end();
    server?.stop();
  });
  return () => ({ duck: duck!, pg, shared: server?.shared ?? "" });
}
