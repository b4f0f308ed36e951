import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { presetConfig } from "../../src/engine/presets";
import { validateConfig } from "../../src/engine/config";
import { segmentWorkbook } from "../../src/workbook/segmentWorkbook";
import { quoteSheet } from "../../src/xlsx/summarySheet";
import { generateLedger } from "../support/generateLedger";
import { loadExcelJS, portOf, savedBytes, xlsxBytes, zipOf } from "./support";

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A sheet as HyperFormula input: formulas as "=…" text, dates as serial numbers. */
function hyperFormulaSheet(sheet: ExcelJS.Worksheet): (string | number | boolean | null)[][] {
  const rows: (string | number | boolean | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const out: (string | number | boolean | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      out[c - 1] =
        v === null || v === undefined
          ? null
          : v instanceof Date
            ? (v.getTime() - SERIAL_EPOCH) / 86400000
            : typeof v === "object" && "formula" in v
              ? `=${v.formula}`
              : typeof v === "object"
                ? null
                : typeof v === "string" && v.startsWith("=")
                  ? `'${v}` // a text cell, as in the file; HyperFormula would read "=…" as a formula
                  : v;
    });
    rows[r - 1] = Array.from(out, (x) => (x === undefined ? null : x));
  });
  return Array.from(rows, (x) => x ?? []);
}

async function segmentedWorkbook(sheetName: string, rows = 400, configInput?: unknown) {
  const ledger = generateLedger({ rows, dates: "date" });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  ledger.forEach((row) => sheet.addRow(row));
  const config = configInput === undefined ? presetConfig("collections") : validateConfig(configInput, "test");
  if (!config.ok) throw new Error("config");
  const port = await portOf(await xlsxBytes(workbook));
  const run = await segmentWorkbook(port, {
    config: config.value,
    today: "2025-06-30",
    whenOccupied: "stop",
  });
  if (!run.ok) throw new Error(JSON.stringify(run.error));
  const bytes = await savedBytes(port);
  return { workbook: await loadExcelJS(bytes), run: run.value, bytes };
}

const call = { channel: "Phone", action: "Call", tone: "Firm" };
/** "Call *now*" would match "Call now" as a wildcard, "<30 days" would be a comparison: both must match exactly. */
const ODD_NAMES = {
  version: 2,
  model: {
    kind: "rules",
    rules: [
      { when: "DaysPastDue > 60", segment: "Call *now*", priority: 1, strategy: call },
      { when: "DaysPastDue > 30", segment: "Call now", priority: 2, strategy: call },
      { when: "DaysPastDue > 0", segment: "<30 days", priority: 3, strategy: call },
      { when: "Paid", segment: "~Paid?", priority: null, strategy: { channel: "None", action: "None", tone: "Neutral" } },
    ],
    otherwise: { segment: "=Current", priority: 4, strategy: call },
  },
};

describe("quoteSheet", () => {
  it("quotes a sheet name and doubles its apostrophes", () => {
    expect(quoteSheet("AR Ledger")).toBe("'AR Ledger'");
    expect(quoteSheet("Jo's data")).toBe("'Jo''s data'");
  });
});

describe("the Segment Summary sheet", () => {
  it("holds COUNTIFS / SUMIFS formulas over the segmented rows of the pivot's data sheet, with quoted sheet names", async () => {
    const { workbook, run } = await segmentedWorkbook("Jo's AR ledger");
    const summary = workbook.getWorksheet("Segment Summary")!;
    expect(run.summaryReport).toEqual({ kind: "pivot" });
    const formulas: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    // Over the segmented rows of the pivot's data sheet (design note D3): Segment in A, Aging Bucket in B, Open Balance in C.
    const rows = workbook.getWorksheet("Segment Pivot Data")!.rowCount;
    expect(formulas).toContain(`COUNTIFS('Segment Pivot Data'!$A$2:$A$${rows},$A6,'Segment Pivot Data'!$B$2:$B$${rows},C$5)`);
    expect(formulas.some((f) => f.startsWith(`SUMIFS('Segment Pivot Data'!$C$2:$C$${rows},'Segment Pivot Data'!$A$2:$A$${rows},$A`))).toBe(
      true,
    );
  });

  it("caches the engine's figures as the formulas' results", async () => {
    const { workbook, run } = await segmentedWorkbook("AR");
    const sheet = workbook.getWorksheet("Segment Summary")!;
    const first = run.summary.segments[0];
    expect(sheet.getCell("A6").value).toBe(first.segment);
    const countCell = sheet.getCell(6, 3 + run.summary.buckets.length).value as ExcelJS.CellFormulaValue;
    expect(countCell.result).toBe(first.count);
    const kpiLabels: Record<string, unknown> = {};
    sheet.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === "string") kpiLabels[label] = row.getCell(2).value;
    });
    expect((kpiLabels["Total AR"] as ExcelJS.CellFormulaValue).result).toBeCloseTo(run.summary.kpis.totalAR, 6);
    expect(kpiLabels["Top-10 customers' share"]).toBe(run.summary.kpis.top10Share);
  });

  it.each([
    ["a preset", undefined],
    ["segment names COUNTIFS would read as operators or wildcards", ODD_NAMES],
  ])("gives the engine's figures when a spreadsheet engine recalculates it, with %s", async (_, config) => {
    const { workbook, run } = await segmentedWorkbook("AR Data", 400, config);
    const hf = HyperFormula.buildFromSheets(
      {
        "AR Data": hyperFormulaSheet(workbook.getWorksheet("AR Data")!),
        "Segment Pivot Data": hyperFormulaSheet(workbook.getWorksheet("Segment Pivot Data")!),
        "Segment Summary": hyperFormulaSheet(workbook.getWorksheet("Segment Summary")!),
      },
      // Array arithmetic: SUMPRODUCT over comparisons of ranges, as Excel evaluates it.
      { licenseKey: "gpl-v3", useArrayArithmetic: true },
    );
    const id = hf.getSheetId("Segment Summary")!;
    const sheet = workbook.getWorksheet("Segment Summary")!;
    let checked = 0;
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v) {
          const computed = hf.getCellValue({ sheet: id, row: r - 1, col: c - 1 });
          expect(typeof computed).toBe("number");
          // cell.result, not v.result: ExcelJS's cell.value leaves out a cached 0 (the file holds it).
          expect(computed as number).toBeCloseTo(cell.result as number, 6);
          checked++;
        }
      }),
    );
    expect(checked).toBeGreaterThan(run.summary.segments.length * (run.summary.buckets.length + 1) * 2);
    hf.destroy();
  });

  it("is replaced, not duplicated, by a re-run, and so is its PivotTable", async () => {
    const { bytes } = await segmentedWorkbook("AR");
    const config = presetConfig("aging");
    if (!config.ok) throw new Error("preset");
    const port = await portOf(bytes);
    const again = await segmentWorkbook(port, { config: config.value, today: "2025-06-30", whenOccupied: "stop" });
    expect(again.ok).toBe(true);
    const out = await savedBytes(port);
    const back = await loadExcelJS(out);
    expect(back.worksheets.map((w) => w.name)).toEqual(["AR", "Segment Summary", "Segment Pivot Data"]);
    expect(back.getWorksheet("Segment Summary")!.getCell("A6").value).toBe("90+");
    const parts = zipOf(out).entries.map((e) => e.name);
    expect(parts.filter((p) => p.startsWith("xl/pivotTables/") && p.endsWith(".xml"))).toHaveLength(1);
    expect(parts.filter((p) => p.startsWith("xl/pivotCache/pivotCacheDefinition") && p.endsWith(".xml"))).toHaveLength(1);
  });
});
