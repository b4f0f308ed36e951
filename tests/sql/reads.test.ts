/**
 * Text cells read in SQL as the engine reads them (a staging table of text
 * columns): "no value" words are blank, an error value such as #N/A is no
 * dispute, a negative is marked once, and what the engine refuses stops the
 * query with a message naming the column.
 */
import { describeIssue, segment } from "../../src/engine";
import { compileSql, type DialectName } from "../../src/sql";
import { preset } from "../support/engineFixtures";
import { postgresBin } from "../support/postgresServer";
import {
  engineGrid,
  engineResults,
  LINE,
  loadDuckDb,
  loadPostgres,
  SELECT_RESULTS,
  rowResultOf,
  useDatabases,
  type TypedLedger,
} from "../support/sqlLedger";

const databases = useDatabases();
const dialects: DialectName[] = postgresBin() ? ["duckdb", "postgres"] : ["duckdb"];
const config = { ...preset("collections"), asOf: "2026-01-31" };

const textLedger = (rows: (string | null)[][]): TypedLedger => ({
  columns: ["Customer", "Balance", "Due Date", "Disputed"].map((name) => ({ name, kind: "text" as const })),
  rows,
});

async function run(db: DialectName, ledger: TypedLedger): Promise<Record<string, unknown>[]> {
  const compiled = compileSql(
    config,
    { source: { kind: "table", name: ["staging"] }, columns: ledger.columns },
    { dialect: db, carry: [LINE] },
  );
  if (!compiled.ok) throw new Error(describeIssue(compiled.error));
  const select = `${SELECT_RESULTS} FROM (${compiled.value.sql}) q ORDER BY "${LINE}"`;
  const { duck, pg, shared } = databases();
  if (db === "duckdb") {
    await loadDuckDb(duck, "staging", ledger);
    return (await duck.runAndReadAll(select)).getRowObjectsJS() as Record<string, unknown>[];
  }
  await loadPostgres(pg!, shared, "staging", ledger);
  return (await pg!.query(select)).rows as Record<string, unknown>[];
}

describe.each(dialects)("text cells in %s", (db) => {
  it("reads no-value words, error values, signs and currency as the engine does", async () => {
    const ledger = textLedger([
      ["ACME", "1,234.56", "2025-12-15", "#N/A"],
      ["Beta", "n/a", "2025-12-01", "N/A"],
      ["Gamma", "(1,234.00)", "-", "-"],
      ["Delta", "5 DR", "none", "✗"],
      ["Eps", "1,234 CR", "2025-11-01", "price difference"],
      ["Zeta", "R$ 1.234,56", "NULL", "#VALUE!"],
    ]);
    const rows = (await run(db, ledger)).map(rowResultOf);
    expect(rows).toEqual(engineResults(ledger, config));
    // Not disputed: #N/A and a dash say nothing; the reason for a dispute is one.
    expect(rows.map((r) => r.segment === "Dispute")).toEqual([false, false, false, false, false, false]);
  });

  it.each([
    ["(-5)", '"(-5)" is not an amount'],
    ["5 CR-", '"5 CR-" is not an amount'],
    ["2,000,000,000,000,000", "2,000,000,000,000,000 is beyond 1,000,000,000,000,000 either way"],
  ])("stops on a balance of %s, as the engine refuses it, naming the column", async (cell, message) => {
    const ledger = textLedger([
      ["ACME", "10", "2025-12-15", null],
      ["Beta", cell, "2025-12-01", null],
    ]);
    const engine = segment(engineGrid(ledger), { config, sheet: "staging", today: "2026-01-31" });
    expect(!engine.ok && describeIssue(engine.error)).toContain(message);
    await expect(run(db, ledger)).rejects.toThrow(`arseg: column "Balance": ${message}`);
  });
});
