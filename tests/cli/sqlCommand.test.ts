import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DuckDBInstance } from "@duckdb/node-api";
import { runOn } from "./support";

const TODAY = "2026-01-31";
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-sql-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function duckdb(setup: string[], query: string): Promise<Record<string, unknown>[]> {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  try {
    for (const sql of setup) await connection.run(sql);
    return (await connection.runAndReadAll(query)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

describe("arseg sql", () => {
  it("prints one query whose rows carry the engine's columns", async () => {
    const ran = await runOn(
      TODAY,
      "sql",
      "--dialect",
      "duckdb",
      "--table",
      "ar",
      "--preset",
      "aging",
      "--as-of",
      "2026-01-31",
      "--columns",
      "Customer,Balance,Due Date",
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(
      /^-- arseg sql: configuration "Aging buckets" \(preset aging\), invoice level, as of 2026-01-31, duckdb, language en\./,
    );
    const rows = await duckdb(
      [
        `CREATE TABLE ar ("Customer" VARCHAR, "Balance" DOUBLE, "Due Date" DATE)`,
        `INSERT INTO ar VALUES ('ACME', 100, DATE '2025-11-01'), ('Beta', 0, DATE '2026-01-01')`,
      ],
      ran.stdout.replace(/;\s*$/, ""),
    );
    expect(rows.map((r) => [r.Customer, r.Segment, r["Aging Bucket"]])).toEqual([
      ["ACME", "90+", "90+"],
      ["Beta", "Paid", "Paid"],
    ]);
  });

  it("reads the column names from a file's header row with --like, and writes in their language", async () => {
    const file = path.join(dir, "like.csv");
    fs.writeFileSync(file, "Aged receivables as of 31/12/2025\n\nCliente;Saldo pendiente;Fecha de vencimiento\nACME;1.234,50;15/12/2025\n");
    const ran = await runOn(TODAY, "sql", "--dialect", "postgres", "--table", "cartera", "--like", file, "--as-of", "2026-01-31");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('CAST("Fecha de vencimiento" AS date)');
    expect(ran.stdout).toContain('FROM "cartera"');
    // Spanish headers: the preset in Spanish words, as a run of the file writes it.
    expect(ran.stdout).toMatch(/^-- arseg sql: configuration "Cobranza \(combinado\)" \(preset collections\), .*, language es\./);
    expect(ran.stdout).toContain("'Vigente'");
  });

  it("reads the column names of an .xlsx workbook's sheet with --like", async () => {
    const file = path.join(__dirname, "..", "..", "assets", "sample-ledger-es.xlsx");
    const ran = await runOn(TODAY, "sql", "--dialect", "duckdb", "--table", "cartera", "--like", file, "--as-of", "2025-06-30");
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
    expect(ran.stdout).toContain("language es.");
    expect(ran.stdout).toContain('"Cliente"');
  });

  it("names a --like file that is not a workbook", async () => {
    const file = path.join(dir, "not-a-workbook.xlsx");
    fs.writeFileSync(file, "Customer,Balance\n");
    const ran = await runOn(TODAY, "sql", "--dialect", "duckdb", "--table", "ar", "--like", file);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("not-a-workbook.xlsx");
  });

  it("quotes table, column and segment names so none of them can end a literal or an identifier", async () => {
    const config = path.join(dir, "evil.json");
    const evil = `x'); DROP TABLE ledger; --`;
    fs.writeFileSync(
      config,
      JSON.stringify({
        version: 2,
        name: "line one\nDROP TABLE ledger;",
        model: {
          kind: "rules",
          rules: [
            {
              when: '[Region ";x] = "a\'b"',
              segment: evil,
              priority: 1,
              strategy: { channel: "Phone", action: `Call '; --`, tone: "Firm" },
            },
          ],
          otherwise: { segment: 'He said "no"; --', priority: 2, strategy: { channel: "None", action: "Wait", tone: "Neutral" } },
        },
      }),
    );
    const table = `le"dger; DROP TABLE ledger; --`;
    const ran = await runOn(
      TODAY,
      "sql",
      "--dialect",
      "duckdb",
      "--table",
      table,
      "--config",
      config,
      "--as-of",
      "2026-01-31",
      "--columns",
      'Customer,Balance,Due Date,Region ";x',
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout.split("\n")[0]).toContain("line one DROP TABLE ledger;");
    const rows = await duckdb(
      [
        `CREATE TABLE ledger (x INTEGER)`,
        `CREATE TABLE "le""dger; DROP TABLE ledger; --" ("Customer" VARCHAR, "Balance" DOUBLE, "Due Date" DATE, "Region "";x" VARCHAR)`,
        `INSERT INTO "le""dger; DROP TABLE ledger; --" VALUES ('ACME', 10, DATE '2026-01-01', 'A''B'), ('Beta', 10, DATE '2026-01-01', 'c')`,
      ],
      ran.stdout.replace(/;\s*$/, ""),
    );
    expect(rows.map((r) => r.Segment)).toEqual([evil, 'He said "no"; --']);
    expect(rows[0].Strategy).toBe("Phone · Firm · Call '; --");
    expect(await duckdb([`CREATE TABLE ledger (x INTEGER)`], `SELECT count(*) AS n FROM ledger`)).toEqual([{ n: 0n }]);
  });

  it("refuses a customer-level rule on the oldest invoice's own values without a row order", async () => {
    const config = path.join(dir, "industry.json");
    fs.writeFileSync(
      config,
      JSON.stringify({
        version: 2,
        level: "customer",
        model: {
          kind: "rules",
          rules: [
            { when: 'Industry = "Retail"', segment: "Retail", priority: 1, strategy: { channel: "Phone", action: "Call", tone: "Firm" } },
          ],
          otherwise: { segment: "Other", priority: 2, strategy: { channel: "None", action: "Wait", tone: "Neutral" } },
        },
      }),
    );
    const columns = ["--columns", "Customer,Balance,Due Date,Industry"];
    const refused = await runOn(TODAY, "sql", "--dialect", "postgres", "--table", "ar", "--config", config, ...columns);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Table "ar": a customer-level rule reads Industry');
    const ordered = await runOn(
      TODAY,
      "sql",
      "--dialect",
      "postgres",
      "--table",
      "ar",
      "--config",
      config,
      "--order-by",
      "Line",
      ...columns.slice(0, 1),
      "Line,Customer,Balance,Due Date,Industry",
    );
    expect(ordered.code).toBe(0);
    expect(ordered.stdout).toContain("FIRST_VALUE(");
  });

  it("names what is missing or wrong in the options", async () => {
    const cases: [string[], string][] = [
      [["sql", "--table", "ar", "--columns", "a"], "arseg sql needs --dialect duckdb|postgres."],
      [
        ["sql", "--dialect", "oracle", "--table", "ar", "--columns", "a"],
        'Option --dialect does not accept "oracle". Use one of: duckdb, postgres.',
      ],
      [["sql", "--dialect", "duckdb", "--columns", "a"], "arseg sql needs --table NAME."],
      [["sql", "--dialect", "duckdb", "--table", "ar"], 'arseg sql needs --like FILE or --columns "A,B,C".'],
      [
        ["sql", "--dialect", "duckdb", "--table", "ar", "--columns", "Customer,Segment,Balance,Due Date"],
        'it already has a column "Segment"',
      ],
      [
        ["sql", "--dialect", "duckdb", "--table", "ar", "--columns", "Customer,Balance,Due Date,arseg_open"],
        'its column "arseg_open" starts with "arseg_"',
      ],
      [["sql", "--dialect", "duckdb", "--table", "ar", "--columns", "Customer,Note"], "no header row found"],
    ];
    for (const [argv, message] of cases) {
      const ran = await runOn(TODAY, ...argv);
      expect([ran.code, ran.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
  });

  it("makes the as-of date the query's parameter", async () => {
    const ran = await runOn(
      TODAY,
      "sql",
      "--dialect",
      "duckdb",
      "--table",
      "ar",
      "--preset",
      "collections",
      "--as-of",
      "parameter",
      "--columns",
      "Customer,Balance,Due Date",
    );
    expect(ran.code).toBe(0);
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    await connection.run(
      `CREATE TABLE ar ("Customer" VARCHAR, "Balance" DOUBLE, "Due Date" DATE); INSERT INTO ar VALUES ('ACME', 100, DATE '2025-12-01')`,
    );
    const segmentAt = async (asOf: string) => {
      const prepared = await connection.prepare(ran.stdout.replace(/;\s*$/, ""));
      prepared.bindVarchar(1, asOf);
      return ((await prepared.runAndReadAll()).getRowObjectsJS()[0] as Record<string, unknown>).Segment;
    };
    expect(await segmentAt("2025-11-01")).toBe("Current");
    expect(await segmentAt("2026-06-01")).toBe("Final notice / legal");
    connection.closeSync();
  });
});
