/**
 * The command line on the export layouts of tests/fixtures/exports: read with
 * no mapping, every guess said on stderr and in --summary-json, a mapping
 * given with --map or a partial configuration, ambiguity refused with nothing
 * written.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runOn } from "./support";

const FIXTURES = path.join(__dirname, "..", "fixtures", "exports");

const run = (...argv: string[]) => runOn("2026-12-01", ...argv);

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-exports-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const at = (name: string) => path.join(dir, name);
const summaryOf = async (file: string) => JSON.parse(await fs.readFile(file, "utf8"));

describe("a QuickBooks A/R Aging Summary", () => {
  it.each(["qbo-aging-summary.csv", "qbo-aging-summary.xlsx"])("%s reads as an aging summary as of its title date", async (name) => {
    const ext = path.extname(name);
    const { code, stderr } = await run(path.join(FIXTURES, name), "--out", at(`out${ext}`), "--summary-json", at("s.json"));
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /read as an aging summary \(one row per customer, buckets as columns\); as of 2025-12-21 \(from the title in A3: "As of December 21, 2025"\)/,
    );
    expect(stderr).toMatch(/Customer\s+← column A \(no header\)/);
    expect(stderr).toMatch(/Aging bucket\s+← "91 and over" \(F\), from 91 days past due/);
    const summary = await summaryOf(at("s.json"));
    expect(summary.asOf).toBe("2025-12-21");
    expect(summary.reading.layout).toBe("agingSummary");
    expect(summary.reading.asOf.source).toEqual({ kind: "title", cell: "A3", text: "As of December 21, 2025" });
    // The credit customer is set apart, never chased.
    expect(summary.segments.find((s: { segment: string }) => s.segment === "Credit")).toMatchObject({ priority: null });
    expect(summary.kpis.creditItems).toBeGreaterThan(0);
  });
});

describe("what a run read", () => {
  it("names the forecast column it left out and the column it read instead", async () => {
    const { code, stderr } = await run(path.join(FIXTURES, "b2b-snake-case.csv"), "--as-of", "2020-03-31", "--out", at("o.csv"));
    expect(code).toBe(0);
    expect(stderr).toMatch(/Paid date\s+← "clear_date"/);
    expect(stderr).toMatch(/Not read: "Payment_date_predict" \([A-Z]+\) names a forecast, so it is not the Paid date\./);
    expect(stderr).toMatch(/Status\s+← "isOpen"/);
  });

  it("warns when today is long after every date of the ledger, and stays quiet with --quiet", async () => {
    const input = path.join(FIXTURES, "late-payment-camelcase.csv");
    const loud = await run(input, "--out", at("a.csv"));
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/Note: the as-of date is today \(2026-12-01\), but the ledger's latest date is 2013-\d\d-\d\d/);
    const quiet = await run(input, "--out", at("b.csv"), "--quiet");
    expect(quiet.stderr).toBe("");
  });
});

describe("a mapping given by hand", () => {
  const ledger = ["Cliente;Doc;Prazo;Saldo", "ACME;1;15/05/2025;100,00", "Beta;2;20/06/2025;50,00", ""].join("\n");

  it("--map works with any preset", async () => {
    await fs.writeFile(at("l.csv"), ledger);
    const refused = await run(at("l.csv"), "--preset", "aging", "--as-of", "2025-06-30", "--out", at("x.csv"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no Due date column/);
    const { code, stderr } = await run(
      at("l.csv"),
      "--preset",
      "aging",
      "--as-of",
      "2025-06-30",
      "--map",
      "dueDate=Prazo",
      "--out",
      at("o.csv"),
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/Due date\s+← "Prazo" \(C\) \(mapped\)/);
    expect((await fs.readFile(at("o.csv"), "utf8")).split("\n")[1]).toMatch(/;31-60;/);
  });

  it("a configuration with only a mapping and a preset is completed from that preset", async () => {
    await fs.writeFile(at("l.csv"), ledger);
    await fs.writeFile(at("c.json"), '{ "preset": "aging", "asOf": "2025-06-30", "mapping": { "dueDate": "Prazo" } }');
    const { code } = await run(at("l.csv"), "--config", at("c.json"), "--out", at("o.csv"), "--summary-json", at("s.json"));
    expect(code).toBe(0);
    const summary = await summaryOf(at("s.json"));
    expect(summary.segments.map((s: { segment: string }) => s.segment)).toEqual(["31-60", "1-30"]);
  });
});

describe("two columns that could be the same field", () => {
  it("are refused when no rule parts them and their cells differ, and nothing is written", async () => {
    const text = [
      "Customer,Due Date,Due date,Balance",
      "A,2025-05-01,2025-06-01,10",
      "B,2025-05-02,2025-06-02,20",
      "C,2025-05-03,2025-06-03,30",
      "",
    ].join("\n");
    await fs.writeFile(at("l.csv"), text);
    const { code, stderr } = await run(at("l.csv"), "--as-of", "2025-06-30", "--out", at("o.csv"));
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /"Due Date" \(column B\) and "Due date" \(column C\) could each be the Due date column, and their cells differ\. Nothing was written/,
    );
    expect(await fs.readdir(dir)).toEqual(["l.csv"]);
  });

  it("names the one it left when a rule parts them", async () => {
    const { code, stderr } = await run(
      path.join(FIXTURES, "traps", "two-balances-amount-open.csv"),
      "--as-of",
      "2025-06-30",
      "--out",
      at("o.csv"),
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/Open balance\s+← "Open Balance"/);
  });
});
