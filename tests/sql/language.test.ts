/**
 * The query writes in the run's language, as the engine does: the headers'
 * language (Spanish, Portuguese), or the one the configuration asks for. With
 * the as-of date a parameter, the date in a Reason is written by the database
 * in that language's convention.
 */
import { describeIssue, type SegmentationConfig } from "../../src/engine";
import { compileSql, type DialectName } from "../../src/sql";
import { preset } from "../support/engineFixtures";
import { postgresBin } from "../support/postgresServer";
import {
  engineResults,
  LINE,
  loadDuckDb,
  loadPostgres,
  rowResultOf,
  SELECT_RESULTS,
  useDatabases,
  type RowResult,
  type TypedLedger,
} from "../support/sqlLedger";

const databases = useDatabases();

/** A small ledger in a language's headers: overdue, current, paid, a credit, one not yet issued, one with no due date. */
function ledger(headers: readonly string[]): TypedLedger {
  return {
    columns: [
      { name: headers[0], kind: "text" },
      { name: headers[1], kind: "number" },
      { name: headers[2], kind: "date" },
      { name: headers[3], kind: "date" },
      { name: headers[4], kind: "date" },
    ],
    rows: [
      ["ACME", 12300.5, "2025-10-01", "2025-09-01", null],
      ["ACME", 250, "2026-02-20", "2026-01-20", null],
      ["Beta", 0, "2025-12-01", "2025-11-01", "2025-12-15"],
      ["Beta", -1875.25, "2026-01-10", "2025-12-10", null],
      ["Gamma", 990, "2026-03-31", "2026-02-28", null],
      ["Gamma", 4000, null, "2025-06-01", null],
    ],
  };
}

const SPANISH = ["Cliente", "Saldo pendiente", "Fecha de vencimiento", "Fecha de emisión", "Fecha de pago"];
const PORTUGUESE = ["Cliente", "Valor em aberto", "Data de vencimento", "Data de emissão", "Data de pagamento"];
const ENGLISH = ["Customer", "Balance", "Due Date", "Invoice Date", "Paid Date"];

/** Runs the query with the as-of date bound to its parameter; rows in ledger order. */
async function withParameter(db: DialectName, data: TypedLedger, config: SegmentationConfig, asOf: string): Promise<RowResult[]> {
  const compiled = compileSql(
    config,
    { source: { kind: "table", name: ["ledger"] }, columns: data.columns },
    { dialect: db, asOf: { kind: "parameter" }, carry: [LINE] },
  );
  if (!compiled.ok) throw new Error(describeIssue(compiled.error));
  const select = `${SELECT_RESULTS} FROM (${compiled.value.sql}) q ORDER BY "${LINE}"`;
  const { duck, pg, shared } = databases();
  let rows: Record<string, unknown>[];
  if (db === "duckdb") {
    await loadDuckDb(duck, "ledger", data);
    const prepared = await duck.prepare(select);
    prepared.bindVarchar(1, asOf);
    rows = (await prepared.runAndReadAll()).getRowObjectsJS() as Record<string, unknown>[];
  } else {
    await loadPostgres(pg!, shared, "ledger", data);
    rows = (await pg!.query(select, [asOf])).rows as Record<string, unknown>[];
  }
  return rows.map(rowResultOf);
}

const dialects: DialectName[] = postgresBin() ? ["duckdb", "postgres"] : ["duckdb"];
const cases = dialects.flatMap((db) =>
  (["collections", "aging", "behaviour", "risk-value"] as const).flatMap((name) =>
    (
      [
        ["Spanish headers", SPANISH, {}],
        ["Portuguese headers", PORTUGUESE, {}],
        ["English headers and language es", ENGLISH, { language: "es" }],
      ] as const
    ).map(([what, headers, extra]) => [db, name, what, headers, extra] as const),
  ),
);

describe("the query's words", () => {
  it.each(cases)("in %s, the %s preset, %s: every word as the engine writes it", async (db, name, _what, headers, extra) => {
    const data = ledger(headers);
    const config = { ...preset(name), ...extra };
    const expected = engineResults(data, { ...config, asOf: "2026-01-31" });
    expect(await withParameter(db, data, config, "2026-01-31")).toEqual(expected);
    // The engine wrote the language's words (so the comparison is of them): "31/01/2026", not "2026-01-31".
    if (name === "collections") expect(expected[4].reason).toContain("31/01/2026");
  });
});
