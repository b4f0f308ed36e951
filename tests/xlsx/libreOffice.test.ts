/**
 * LibreOffice opens what the xlsx face writes: it recalculates the summary's
 * formulas to the engine's figures, and keeps the PivotTable as a pivot
 * table (a data pilot), refreshed over the pivot data sheet; a re-run keeps
 * one summary and one pivot.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { Summary } from "../../src/engine/summary/types";
import { generateLedger } from "../support/generateLedger";
import { convertWithLibreOffice, hasLibreOffice, odsContent, odsTable } from "../support/libreOffice";

// CI installs LibreOffice (.ci/run); a developer machine without it skips these.
const withLibreOffice = hasLibreOffice() || process.env.CI ? describe : describe.skip;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-lo-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<void> {
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: () => true },
    stderr: { write: (t: string) => (stderr += t) },
    stderrIsTTY: false,
    today: "2025-06-30",
  });
  if (code !== 0) throw new Error(stderr);
}

withLibreOffice("the output in LibreOffice", () => {
  jest.setTimeout(180_000);
  let summary: Summary;
  let content: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("AR Ledger");
    generateLedger({ rows: 400, dates: "date" }).forEach((row) => sheet.addRow(row));
    workbook.addWorksheet("Notes").getCell("A1").value = { formula: "COUNTA('AR Ledger'!A:A)", result: 401 };
    const input = path.join(dir, "ledger.xlsx");
    await workbook.xlsx.writeFile(input);
    await run(input, "--as-of", "2025-06-30", "--out", path.join(dir, "out.xlsx"), "--summary-json", path.join(dir, "summary.json"));
    summary = JSON.parse(await fs.readFile(path.join(dir, "summary.json"), "utf8")) as Summary;
    content = odsContent(convertWithLibreOffice(path.join(dir, "out.xlsx"), "ods"));
  });

  it("recalculates the summary's formulas to the engine's figures", () => {
    const table = odsTable(content, "Segment Summary");
    const row = (label: string) => table.find((r) => r[0] === label);
    expect(row("Total AR")?.[1]).toBeCloseTo(summary.kpis.totalAR, 2);
    expect(row("Current AR")?.[1]).toBeCloseTo(summary.kpis.currentAR, 2);
    expect(row("Rows segmented")?.[1]).toBe(summary.rowCount);
    const counts = table.slice(5, 5 + summary.segments.length);
    counts.forEach((r, k) => {
      expect(r[0]).toBe(summary.segments[k].segment);
      expect(r[2 + summary.buckets.length]).toBe(summary.segments[k].count);
    });
  });

  it("keeps the PivotTable as a data pilot over the pivot data sheet, with the engine's totals", () => {
    const pilots = [...content.matchAll(/<table:data-pilot-table table:name="([^"]+)"/g)].map((m) => m[1]);
    expect(pilots).toEqual(["Segment Pivot"]);
    expect(content).toContain(
      `table:cell-range-address="&apos;Segment Pivot Data&apos;.A1:&apos;Segment Pivot Data&apos;.C${summary.rowCount + 1}"`,
    );
    const table = odsTable(content, "Segment Summary");
    // LibreOffice renders the pilot itself: its grand total row holds the count and sum of every bucket, then the totals.
    const grand = table.find((r) => r.includes("Total Result"));
    const figures = grand!.filter((v): v is number => typeof v === "number");
    expect(figures.slice(-2)[0]).toBe(summary.rowCount);
    expect(figures.slice(-1)[0]).toBeCloseTo(summary.total.balance, 2);
  });

  it("keeps one summary and one pivot after a re-run of its own output", async () => {
    await run(path.join(dir, "out.xlsx"), "--out", path.join(dir, "again.xlsx"));
    const again = odsContent(convertWithLibreOffice(path.join(dir, "again.xlsx"), "ods"));
    expect([...again.matchAll(/<table:data-pilot-table table:name="([^"]+)"/g)]).toHaveLength(1);
    const sheets = [...again.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(["AR Ledger", "Notes", "Segment Summary", "Segment Pivot Data", "_arseg_settings"]);
  });
});
