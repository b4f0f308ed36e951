import { createExcelDouble, BLANK_ITEM } from "../excel-double";
import { textsFor } from "../../src/engine/messages";
import { officePortFor } from "../excel-double/adapterPort";
import { plainReading } from "../support/reading";
import { widthForCharacters } from "../excel-double/range";
import { PIVOT_NAME } from "../../src/excel/writeSummary";
import type { PivotRow, SummaryWrite } from "../../src/workbook/port";

/** The marker names of design note D2 (written out: they are part of the workbook's format). */
const SUMMARY_MARKER = "_ARSEG_SUMMARY";
const PIVOT_DATA_MARKER = "_ARSEG_PIVOTDATA";
const PIVOT_HEADERS = ["Segment", "Aging Bucket", "Open Balance"] as const;
import type { Summary } from "../../src/engine/summary/types";

const fig = (count: number, balance: number, share: number) => ({ count, balance, share });

const summary: Summary = {
  buckets: ["Current", "1-30"],
  segments: [
    { segment: "Call now", priority: 1, ...fig(2, 300, 0.75), byBucket: [fig(0, 0, 0), fig(2, 300, 0.75)] },
    { segment: "=Automate", priority: 2, ...fig(1, 100, 0.25), byBucket: [fig(1, 100, 0.25), fig(0, 0, 0)] },
  ],
  total: { ...fig(3, 400, 1), byBucket: [fig(1, 100, 0.25), fig(2, 300, 0.75)] },
  kpis: {
    totalAR: 400,
    currentAR: 100,
    percentCurrent: 0.25,
    overdueAR: 300,
    arByBucket: [100, 300],
    weightedAvgDaysPastDue: 12.5,
    top10Share: 1,
    customers: 2,
    openInvoices: 3,
    creditItems: 0,
    creditBalance: 0,
    notYetIssued: 0,
  },
  currencies: [
    { currency: "USD", totalAR: 300, overdueAR: 300, count: 2 },
    { currency: "EUR", totalAR: 100, overdueAR: 0, count: 1 },
  ],
  asOf: "2025-06-30",
  rowCount: 3,
};

const pivotRows: PivotRow[] = [
  ["Call now", "1-30", 100],
  ["Call now", "1-30", 200],
  ["=Automate", "Current", 100],
];

const data = [
  ["Customer", "Open Balance", "Segment", "Aging Bucket", "Reason"],
  ["A", 100, "Call now", "1-30", "Rule 1"],
  ["B", 200, "Call now", "1-30", "Rule 1"],
  ["C", 100, "=Automate", "Current", "Rule 2"],
];

const write = (over: Partial<SummaryWrite> = {}): SummaryWrite => ({
  reading: plainReading(),
  sheetName: "Segment Summary",
  dataSheet: "Ledger",
  dataSource: { kind: "range" },
  dataBlock: { top: 0, left: 0, rows: 4, columns: 5 },
  segmentHeader: "Segment",
  bucketHeader: "Aging Bucket",
  balanceHeader: "Open Balance",
  countHeader: "Reason",
  summary,
  texts: textsFor("en"),
  pivot: {
    sheetName: "Segment Pivot Data",
    headers: PIVOT_HEADERS,
    rowCount: pivotRows.length,
    rowsAt: (start, count) => pivotRows.slice(start, start + count),
    segmentOrder: ["Call now", "=Automate"],
    bucketOrder: ["Current", "1-30"],
  },
  ...over,
});

const book = (over: Parameters<typeof createExcelDouble>[0] = { sheets: [] }) =>
  createExcelDouble({ ...over, sheets: [{ name: "Ledger", cells: data.map((r) => [...r]) }, ...over.sheets] });

describe("writeSummary (Office adapter)", () => {
  it("builds the PivotTable over the segmented rows on a hidden data sheet: Segment rows × Aging Bucket columns, count and sum of the open balance set explicitly", async () => {
    const excel = book();
    expect(await officePortFor(excel).writeSummary(write())).toEqual({ ok: true, value: { kind: "pivot", sheet: "Segment Summary" } });
    const [pivot] = excel.sheet("Segment Summary").state.pivots;
    expect(pivot).toMatchObject({ name: PIVOT_NAME, rowHierarchies: ["Segment"], columnHierarchies: ["Aging Bucket"] });
    expect(pivot.sourceSheet.name).toBe("Segment Pivot Data");
    expect(pivot.dataHierarchies.map((d) => [d.field, d.summarizeBy, d.name])).toEqual([
      ["Open Balance", "Count", "Rows"],
      ["Open Balance", "Sum", "Sum of Open Balance"],
    ]);
    const dataSheet = excel.sheet("Segment Pivot Data");
    expect(dataSheet.state.visibility).toBe("Hidden");
    expect(dataSheet.usedValues()).toEqual([[...PIVOT_HEADERS], ...pivotRows]);
    const view = excel.sheet("Segment Summary").pivot(PIVOT_NAME);
    expect(view.value("Sum of Open Balance")).toBe(summary.kpis.totalAR);
    expect(view.value("Rows")).toBe(summary.rowCount);
    expect(view.value("Sum of Open Balance", "Call now", "1-30")).toBe(300);
    // Items come in Excel's own ascending order; the API cannot place them.
    expect(view.columnItems).toEqual(["1-30", "Current"]);
  });

  it("writes the KPIs and the chart's table, formula-looking segment names kept as text, columns fitted to their labels", async () => {
    const excel = book();
    await officePortFor(excel).writeSummary(write());
    const sheet = excel.sheet("Segment Summary");
    expect(sheet.state.charts).toHaveLength(1);
    expect(sheet.state.charts[0]).toMatchObject({
      type: "BarClustered",
      seriesBy: "Columns",
      sourceRect: { top: 2, left: 3, rows: 3, columns: 2 },
    });
    expect(sheet.usedValues().map((r) => r.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ["Total AR", 400],
        ["% current", 0.25],
        ["Customers", 2],
        ["As of", "2025-06-30"],
        ["Total AR EUR", 100],
      ]),
    );
    expect(sheet.cell("D5")).toBe("=Automate");
    expect(sheet.formula("D5")).toBeUndefined();
    expect(sheet.numberFormat("D5")).toBe("@");
    expect(sheet.columnWidth(0)).toBe(widthForCharacters("Weighted average days past due".length));
  });

  it("writes a Spanish run's summary in Spanish: sheet names, headings, KPIs, chart title, pivot fields", async () => {
    const es = textsFor("es");
    const excel = book();
    const [segment, bucket, balance] = es.summary.pivotHeaders;
    const spanish = write({
      sheetName: es.summary.sheetName,
      texts: es,
      pivot: { ...write().pivot, sheetName: es.summary.pivotDataSheet, headers: es.summary.pivotHeaders },
    });
    expect(await officePortFor(excel).writeSummary(spanish)).toEqual({ ok: true, value: { kind: "pivot", sheet: es.summary.sheetName } });
    const sheet = excel.sheet(es.summary.sheetName);
    expect(sheet.usedValues().map((r) => r.slice(0, 2))).toEqual(
      expect.arrayContaining([
        [es.summary.kpis.totalAR, 400],
        [es.summary.asOf, "2025-06-30"],
        [es.summary.totalARIn("EUR"), 100],
      ]),
    );
    expect(sheet.state.charts[0].title).toBe(es.summary.chartTitle);
    const [pivot] = sheet.state.pivots;
    expect(pivot).toMatchObject({ rowHierarchies: [segment], columnHierarchies: [bucket] });
    expect(pivot.dataHierarchies.map((d) => d.name)).toEqual([es.summary.pivotCount, es.summary.pivot.sumOf(balance)]);
    expect(excel.sheet(es.summary.pivotDataSheet).usedValues()[0]).toEqual([...es.summary.pivotHeaders]);
  });

  it("re-creates both sheets on a re-run and moves the markers to them", async () => {
    const excel = book();
    const port = officePortFor(excel);
    await port.writeSummary(write());
    expect((await port.writeSummary(write())).ok).toBe(true);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Ledger", "Segment Summary", "Segment Pivot Data"]);
    expect(excel.sheet("Segment Summary").state.pivots).toHaveLength(1);
    expect(excel.sheet("Segment Summary").state.charts).toHaveLength(1);
    expect(excel.names()).toEqual({ [SUMMARY_MARKER]: "Segment Summary!A1", [PIVOT_DATA_MARKER]: "Segment Pivot Data!A1" });
    expect(excel.book.names.every((n) => !n.visible)).toBe(true);
  });

  it("never deletes a user's own sheet called Segment Summary: the summary takes a free name", async () => {
    const mine = [["My notes"], ["keep me"]];
    const excel = book({ sheets: [{ name: "segment summary", cells: mine }] });
    const port = officePortFor(excel);
    expect(await port.writeSummary(write())).toEqual({ ok: true, value: { kind: "pivot", sheet: "Segment Summary (2)" } });
    expect(await port.writeSummary(write())).toEqual({ ok: true, value: { kind: "pivot", sheet: "Segment Summary (2)" } });
    expect(excel.sheet("segment summary").usedValues()).toEqual(mine);
    expect(excel.book.sheets.filter((s) => /summary/i.test(s.name)).map((s) => s.name)).toEqual(["segment summary", "Segment Summary (2)"]);
  });

  it("replaces the summary its marker points at, even after the user renamed it", async () => {
    const excel = book();
    const port = officePortFor(excel);
    await port.writeSummary(write());
    excel.sheet("Segment Summary").state.name = "AR summary June";
    await port.writeSummary(write());
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Ledger", "Segment Summary", "Segment Pivot Data"]);
  });

  it("keeps the previous summary when building the new one fails, and leaves nothing half-built", async () => {
    const excel = book();
    const port = officePortFor(excel);
    await port.writeSummary(write());
    const before = excel.sheet("Segment Summary").usedValues();
    excel.failAt("ChartCollection.add", "GeneralException");
    const result = await port.writeSummary(write());
    expect(result).toMatchObject({ ok: false, error: { kind: "officeError", code: "GeneralException" } });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Ledger", "Segment Summary", "Segment Pivot Data"]);
    expect(excel.sheet("Segment Summary").usedValues()).toEqual(before);
    expect(excel.sheet("Segment Summary").state.pivots).toHaveLength(1);
  });

  it("keeps the plain table and the chart, with a note saying why, when Excel refuses the PivotTable", async () => {
    const excel = book();
    const result = await officePortFor(excel).writeSummary(write({}));
    expect(result.ok).toBe(true);
    excel.failAt("PivotTableCollection.add", "InvalidOperation");
    const again = await officePortFor(excel).writeSummary(write());
    expect(again).toEqual({
      ok: true,
      value: {
        kind: "table",
        note: { kind: "pivotFailed", code: "InvalidOperation", detail: "The requested operation is invalid." },
        sheet: "Segment Summary",
      },
    });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Ledger", "Segment Summary"]);
    expect(excel.sheet("Segment Summary").state.pivots).toHaveLength(0);
    expect(excel.sheet("Segment Summary").state.charts).toHaveLength(1);
    expect(
      excel
        .sheet("Segment Summary")
        .usedValues()
        .some((r) => r[0] === "Segment" && r[1] === "Current count"),
    ).toBe(true);
    expect(excel.names()).toEqual({ [SUMMARY_MARKER]: "Segment Summary!A1" });
  });

  it("writes a plain segment × bucket table and says why on ExcelApi 1.7", async () => {
    const excel = book({ sheets: [], apiVersion: "1.7" });
    expect(await officePortFor(excel).writeSummary(write())).toEqual({
      ok: true,
      value: { kind: "table", note: { kind: "pivotUnsupported" }, sheet: "Segment Summary" },
    });
    const rows = excel.sheet("Segment Summary").usedValues();
    const header = rows.find((r) => r[0] === "Segment" && r[1] === "Current count")!;
    expect(header.slice(0, 8)).toEqual([
      "Segment",
      "Current count",
      "Current balance",
      "1-30 count",
      "1-30 balance",
      "Total count",
      "Total balance",
      "Share of AR",
    ]);
    expect(rows.find((r) => r[0] === "Call now" && r[1] === 0)!.slice(0, 8)).toEqual(["Call now", 0, 0, 2, 300, 2, 300, 0.75]);
    expect(rows.find((r) => r[0] === "Total")!.slice(0, 8)).toEqual(["Total", 1, 100, 2, 300, 3, 400, 1]);
  });

  it("counts a blank segment or bucket in the source as the item (blank), which the segmented rows never give", async () => {
    const excel = book();
    const rows: PivotRow[] = [...pivotRows, ["", "", 50]];
    await officePortFor(excel).writeSummary(
      write({ pivot: { ...write().pivot, rowCount: rows.length, rowsAt: (s, c) => rows.slice(s, s + c) } }),
    );
    expect(excel.sheet("Segment Summary").pivot(PIVOT_NAME).rowItems).toContain(BLANK_ITEM);
  });
});
