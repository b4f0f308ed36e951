import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { createSessionReader, describeIssue, serialFromIso, type CellValue } from "../../src/engine";
import { runOn } from "./support";
import { preset } from "../support/engineFixtures";
import { generateLedger } from "../support/generateLedger";

const run = (...argv: string[]) => runOn("2030-01-01", ...argv);
const FIXTURE = path.join(__dirname, "../fixtures/exports/late-payment-camelcase.csv");
const SAMPLE_XLSX = path.join(__dirname, "../../assets/sample-ledger.xlsx");

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-backtest-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const at = (name: string) => path.join(dir, name);

describe("arseg backtest", () => {
  it("prints the pooled table, the AUC in words, the lift and the calls not needed, and writes the JSON", async () => {
    const json = at("backtest.json");
    const ran = await run("backtest", FIXTURE, "--preset", "aging", "--from", "2013-02-28", "--to", "2013-05-31", "--json", json);
    expect(ran.stderr).toContain('arseg: Sheet "late-payment-camelcase.csv": header in row 1, read as a ledger.');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      'Backtest of the "aging" preset on "late-payment-camelcase.csv": 4 snapshots from 2013-02-28 to 2013-05-31',
    );
    expect(ran.stdout).toMatch(/^Total +15 +1,016\.25 +4 +215\.37 +21\.2% +11 +800\.88$/m);
    expect(ran.stdout).toContain("The priority puts the accounts that needed a collector first 7 times in 10 (AUC 0.67");
    expect(ran.stdout).toContain(
      "Lift, in priority order: the first 10% of the open balance holds 12.7% of the balance that needed a collector",
    );
    expect(ran.stdout).toContain("Calls not needed: no strategy sent a person");

    const written = JSON.parse(await fs.readFile(json, "utf8"));
    expect(Object.keys(written)).toEqual(expect.arrayContaining(["horizonDays", "snapshots", "overall"]));
    expect(written.horizonDays).toBe(30);
    expect(written.snapshots.map((s: { asOf: string }) => s.asOf)).toEqual(["2013-02-28", "2013-03-31", "2013-04-30", "2013-05-31"]);
    expect(Object.keys(written.snapshots[0].segments[0])).toEqual(
      expect.arrayContaining(["segment", "priority", "openInvoices", "openBalance", "collectedInvoices", "collectedBalance"]),
    );
    expect(Object.keys(written.overall)).toEqual(expect.arrayContaining(["segments", "auc", "lift", "unneededCalls"]));
    expect(written.overall.lift).toHaveLength(10);
  });

  it("gives the same figures as the engine's backtest over the same file", async () => {
    const rows = generateLedger({ rows: 1500, seed: 3, dates: "text" }) as CellValue[][];
    const csv = at("ledger.csv");
    await fs.writeFile(csv, rows.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n") + "\n");
    const json = at("out.json");
    const ran = await run(
      "backtest",
      csv,
      "--preset",
      "behaviour",
      "--dates",
      "2025-03-31,2025-01-31",
      "--horizon",
      "21",
      "--json",
      json,
      "-q",
    );
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    const reader = createSessionReader({ config: preset("behaviour"), sheet: "ledger.csv", today: "2030-01-01" });
    reader.pushRows(rows);
    const session = reader.finish();
    if (!session.ok) throw new Error(describeIssue(session.error));
    const expected = session.value.backtest(
      preset("behaviour"),
      ["2025-01-31", "2025-03-31"].map((d) => serialFromIso(d)!),
      21,
    );
    if (!expected.ok) throw new Error(describeIssue(expected.error));
    expect(JSON.parse(await fs.readFile(json, "utf8"))).toEqual(JSON.parse(JSON.stringify(expected.value)));
  });

  it("reads an xlsx workbook, every quarter", async () => {
    const ran = await run(
      "backtest",
      SAMPLE_XLSX,
      "--preset",
      "collections",
      "--from",
      "2024-12-31",
      "--to",
      "2025-05-31",
      "--every",
      "quarter",
      "-q",
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("2 snapshots from 2024-12-31 to 2025-03-31");
    expect(ran.stdout).toMatch(/Calls not needed: [\d.]+% of the invoices a strategy sent a person to \(Phone, Visit\)/);
  });

  it.each([
    [["--preset", "aging"], "arseg backtest needs --dates D1,D2,…, or --from D --to D [--every month|quarter|Nd]."],
    [["--dates", "2013-03-31", "--from", "2013-01-31"], "Options --dates and --from cannot be used together."],
    [["--from", "2013-01-31"], "arseg backtest needs --to D with --from."],
    [["--dates", "2013-02-30"], 'Option --dates does not accept "2013-02-30". Use one of: a date written YYYY-MM-DD.'],
    [["--from", "2013-01-31", "--to", "2013-03-31", "--every", "fortnight"], 'Option --every does not accept "fortnight".'],
    [
      ["--dates", "2013-03-31", "--horizon", "0"],
      'Option --horizon does not accept "0". Use one of: a whole number of days from 1 to 3650.',
    ],
    [["--dates", "2013-03-31", "--preset", "aging", "--config", "x.json"], "Options --preset and --config cannot be used together."],
    [["--from", "2013-05-31", "--to", "2013-01-31"], "No snapshot date falls from 2013-05-31 to 2013-01-31"],
    [["--dates", "2013-03-31", "--out", "x.csv"], 'Option --out does not accept "x.csv". Use one of: FILE.xlsx.'],
    [["--dates", "2013-06-30"], "snapshot date 2013-06-30 plus 30 days goes past the ledger's latest invoice or paid date, 2013-07-03"],
  ])("refuses %j with a message and exit code 2", async (options, message) => {
    const ran = await run("backtest", FIXTURE, ...options);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
    expect(ran.stdout).toBe("");
  });

  it("leaves no JSON behind when the backtest fails", async () => {
    const json = at("never.json");
    const ran = await run("backtest", FIXTURE, "--dates", "2013-06-30", "--json", json);
    expect(ran.code).toBe(2);
    await expect(fs.stat(json)).rejects.toThrow();
  });

  it("names a missing ledger and an unknown sheet", async () => {
    expect((await run("backtest", at("none.csv"), "--dates", "2013-03-31")).stderr).toMatch(/none\.csv/);
    expect((await run("backtest", "--dates", "2013-03-31")).stderr).toContain("Name the ledger: arseg backtest <ledger.xlsx|ledger.csv>");
    expect((await run("backtest", SAMPLE_XLSX, "--sheet", "Nope", "--dates", "2025-03-31")).code).toBe(2);
  });

  it("shows its own help, and arseg --help names the sub-commands", async () => {
    const help = await run("backtest", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: arseg backtest <ledger.xlsx\|ledger.csv>/);
    expect((await run("--help")).stdout).toContain("arseg backtest <ledger> …");
  });
});
