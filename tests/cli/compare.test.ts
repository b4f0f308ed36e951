import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { type CellValue } from "../../src/engine";
import { runOn } from "./support";
import { preset, run as segmentRows } from "../support/engineFixtures";
import { generateLedger } from "../support/generateLedger";

const run = (...argv: string[]) => runOn("2030-01-01", ...argv);
const FIXTURE = path.join(__dirname, "../fixtures/exports/late-payment-camelcase.csv");

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-compare-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const at = (name: string) => path.join(dir, name);

describe("arseg compare", () => {
  it("writes the moves matrix, equal to the cross-tab of two single runs of the same file", async () => {
    const rows = generateLedger({ rows: 800, seed: 11, dates: "text" }) as CellValue[][];
    const csv = at("ledger.csv");
    await fs.writeFile(csv, rows.map((r) => r.map((c) => `"${String(c)}"`).join(",")).join("\n") + "\n");
    const json = at("moves.json");
    const ran = await run("compare", csv, "--preset", "aging", "--with-preset", "collections", "--as-of", "2025-06-30", "--json", json);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Comparing the "aging" preset (A) with the "collections" preset (B) on "ledger.csv", as of 2025-06-30.');
    expect(ran.stdout).toMatch(/Under B, more urgent: [\d,]+ invoices? \([\d,.]+\); less urgent: /);

    const written = JSON.parse(await fs.readFile(json, "utf8"));
    const a = segmentRows(rows, { ...preset("aging"), asOf: "2025-06-30" });
    const b = segmentRows(rows, { ...preset("collections"), asOf: "2025-06-30" });
    const expected = new Map<string, { invoices: number; balance: number }>();
    for (let i = 0; i < a.rowCount; i++) {
      if (!a.tally(i).counted) continue;
      const key = `${a.outcome(i).segment}|${b.outcome(i).segment}`;
      const cell = expected.get(key) ?? { invoices: 0, balance: 0 };
      expected.set(key, { invoices: cell.invoices + 1, balance: cell.balance + a.outcome(i).openBalance });
    }
    expect(written.moves).toHaveLength(expected.size);
    for (const move of written.moves) {
      expect(Object.keys(move)).toEqual(["from", "to", "invoices", "balance"]);
      const cell = expected.get(`${move.from}|${move.to}`)!;
      expect(move.invoices).toBe(cell.invoices);
      expect(move.balance).toBeCloseTo(cell.balance, 2);
    }
    expect(written.backtests).toBeUndefined();
  });

  it("with snapshot dates, puts both backtests side by side", async () => {
    const json = at("both.json");
    const ran = await run(
      "compare",
      FIXTURE,
      "--preset",
      "aging",
      "--with-preset",
      "behaviour",
      "--as-of",
      "2013-05-31",
      "--from",
      "2013-02-28",
      "--to",
      "2013-05-31",
      "--json",
      json,
      "-q",
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Backtests side by side: 4 snapshots from 2013-02-28 to 2013-05-31, 30-day horizon.");
    expect(ran.stdout).toMatch(/^AUC \(needed a collector ranked first\) +0\.67 \(7 in 10\) +0\.\d\d \(\d in 10\)$/m);
    const written = JSON.parse(await fs.readFile(json, "utf8"));
    expect(written.backtests.first.overall.auc).toBeCloseTo(0.67, 2);
    expect(written.backtests.second.snapshots).toHaveLength(4);
  });

  it.each([
    [["--preset", "aging"], "arseg compare needs --with-preset NAME, or --with-config FILE."],
    [["--with-preset", "aging", "--with-config", "b.json"], "Options --with-preset and --with-config cannot be used together."],
    [["--with-preset", "nope"], 'Unknown preset "nope".'],
    [["--with-preset", "aging", "--as-of", "2013-13-01"], 'As-of date "2013-13-01" is not a date written YYYY-MM-DD.'],
  ])("refuses %j with a message and exit code 2", async (options, message) => {
    const ran = await run("compare", FIXTURE, ...options);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
  });
});
