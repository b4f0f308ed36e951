import { textsFor } from "../../src/engine/messages";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DuckDBInstance } from "@duckdb/node-api";
import { runOn } from "./support";
import { readCsvRecords } from "../../src/files/csv/reader";

const TODAY = "2026-01-31";
const ASSETS = path.join(__dirname, "..", "..", "assets");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "arseg-duckdb-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function records(file: string): Promise<string[][]> {
  const out: string[][] = [];
  async function* bytes(): AsyncGenerator<Uint8Array> {
    yield fs.readFileSync(file);
  }
  for await (const r of readCsvRecords(bytes())) out.push(r.cells);
  return out;
}

/** The summary table a run prints, without its last line (which names the engine and the output). */
const summaryOf = (stdout: string) => stdout.slice(0, stdout.lastIndexOf("\n", stdout.length - 2));

describe("arseg --engine duckdb", () => {
  it.each(["sample-ledger.csv", "sample-ledger-pt.csv"])("writes %s's rows and prints its summary as the engine does", async (name) => {
    const input = path.join(ASSETS, name);
    const byDuck = path.join(dir, `duck-${name}`);
    const byEngine = path.join(dir, `engine-${name}`);
    const duck = await runOn(TODAY, input, "--engine", "duckdb", "--as-of", "2025-06-30", "--out", byDuck);
    const engine = await runOn(TODAY, input, "--as-of", "2025-06-30", "--out", byEngine, "-q");
    expect([duck.code, duck.stderr]).toEqual([0, ""]);
    expect(summaryOf(duck.stdout)).toBe(summaryOf(engine.stdout));
    const a = await records(byDuck);
    const b = await records(byEngine);
    expect(a.length).toBe(b.length);
    // The engine's csv output has the input's columns and five of the outputs; DuckDB's adds the Aging Bucket.
    expect(a.map((r) => r.slice(0, b[0].length))).toEqual(b.map((r) => r.map((c) => c.replace(/^\uFEFF/, ""))));
    // Headed in the run's language, as the engine's run heads its outputs.
    expect(a[0].slice(-6)).toEqual([...textsFor(name.includes("-pt") ? "pt" : "en").outputHeaders]);
  });

  it("reads a typed parquet file and writes parquet", async () => {
    const parquet = path.join(dir, "ledger.parquet");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${path.join(ASSETS, "sample-ledger.csv")}')) TO '${parquet}' (FORMAT parquet)`);
    const out = path.join(dir, "segmented.parquet");
    const duck = await runOn(TODAY, parquet, "--engine", "duckdb", "--as-of", "2025-06-30", "--preset", "risk-value", "--out", out);
    const engine = await runOn(
      TODAY,
      path.join(ASSETS, "sample-ledger.csv"),
      "--as-of",
      "2025-06-30",
      "--preset",
      "risk-value",
      "--out",
      path.join(dir, "rv.csv"),
      "-q",
    );
    expect(duck.code).toBe(0);
    expect(summaryOf(duck.stdout)).toBe(summaryOf(engine.stdout));
    const rows = (await connection.runAndReadAll(`SELECT "Segment", "Score" FROM '${out}'`)).getRowObjectsJS() as {
      Segment: string;
      Score: bigint;
    }[];
    const expected = (await records(path.join(dir, "rv.csv"))).slice(1);
    expect(rows.map((r) => [r.Segment, String(r.Score)])).toEqual(expected.map((r) => [r[16], r[19]]));
    connection.closeSync();
  });

  it("stops at a cell it can't read, names its column and text, and leaves no output", async () => {
    const input = path.join(dir, "bad.csv");
    fs.writeFileSync(input, "Customer,Balance,Due Date\nACME,100,2025-06-01\nBeta,100,someday\n");
    const out = path.join(dir, "bad-out.csv");
    const ran = await runOn(TODAY, input, "--engine", "duckdb", "--as-of", "2025-06-30", "--out", out);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('column "Due Date": "someday" is not a date.');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes("arseg-tmp"))).toEqual([]);
  });

  it("refuses what it can't do, before reading", async () => {
    const csv = path.join(ASSETS, "sample-ledger.csv");
    const cases: [string[], string][] = [
      [[csv, "--engine", "duckdb", "--skip-bad-rows"], "Options --engine duckdb and --skip-bad-rows cannot be used together."],
      [[path.join(ASSETS, "sample-ledger.xlsx"), "--engine", "duckdb"], "sample-ledger.xlsx"],
      [[csv, "--engine", "spark"], 'Option --engine does not accept "spark". Use one of: duckdb.'],
    ];
    for (const [argv, message] of cases) {
      const ran = await runOn(TODAY, ...argv);
      expect([ran.code, ran.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
  });
});
