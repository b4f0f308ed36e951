/**
 * The Backtest sheet as LibreOffice reads it (recalculation on): its figures
 * are the JSON's, its dates are dates, and the lift chart is a chart object
 * over the lift table.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { BacktestResult } from "../../src/engine/backtest/backtest";
import { convertWithLibreOffice, hasLibreOffice, odsContent, odsTable } from "../support/libreOffice";

const withLibreOffice = hasLibreOffice() || process.env.CI ? describe : describe.skip;
const FIXTURE = path.join(__dirname, "../fixtures/exports/late-payment-camelcase.csv");

withLibreOffice("the Backtest sheet in LibreOffice", () => {
  jest.setTimeout(180_000);
  let dir: string;
  let content: string;
  let json: BacktestResult;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-lo-bt-"));
    let stderr = "";
    const code = await main(
      [
        "backtest",
        FIXTURE,
        "--preset",
        "aging",
        "--from",
        "2013-02-28",
        "--to",
        "2013-05-31",
        "--json",
        path.join(dir, "b.json"),
        "--out",
        path.join(dir, "b.xlsx"),
        "-q",
      ],
      { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, stderrIsTTY: false, today: "2030-01-01" },
    );
    if (code !== 0) throw new Error(stderr);
    json = JSON.parse(await fs.readFile(path.join(dir, "b.json"), "utf8")) as BacktestResult;
    content = odsContent(convertWithLibreOffice(path.join(dir, "b.xlsx"), "ods"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("shows the AUC, the pooled table and the dates as the JSON has them", () => {
    const table = odsTable(content, "Backtest");
    expect(table[0][0]).toBe("Backtest: does the priority find the invoices that needed a collector?");
    expect(table.find((r) => r[0] === "AUC")?.[1]).toBeCloseTo(json.overall.auc!, 10);
    const header = table.findIndex((r) => r[0] === "Segment");
    json.overall.segments.forEach((s, k) => {
      expect(table[header + 1 + k][0]).toBe(s.segment);
      expect(table[header + 1 + k][3]).toBeCloseTo(s.openBalance, 2);
    });
    expect(content).toMatch(/office:date-value="2013-02-28"/);
  });

  it("keeps the lift chart as a chart over the lift table", () => {
    expect(content).toMatch(/<draw:object [^>]*draw:notify-on-update-of-ranges="[^"]*Backtest\.\$?A\$?\d+:[^"]*"/);
  });
});
