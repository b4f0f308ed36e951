import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { NO_PIVOT_NOTE, PIVOT_NAME } from "../../src/excel/writeSummary";
import { plainReading } from "../support/reading";
import type { SummaryWrite } from "../../src/workbook/port";
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
  ...over,
});

describe("writeSummary (Office adapter)", () => {
  it("creates a PivotTable of Segment rows × Aging Bucket columns with count and sum set explicitly, a bar chart and the KPIs", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: data }] });
    expect(await officePortFor(excel).writeSummary(write())).toEqual({ ok: true, value: { kind: "pivot" } });
    const sheet = excel.sheet("Segment Summary");
    const [pivot] = sheet.state.pivots;
    expect(pivot).toMatchObject({
      name: PIVOT_NAME,
      sourceSheet: "Ledger",
      sourceRect: { top: 0, left: 0, rows: 4, columns: 5 },
      rowHierarchies: ["Segment"],
      columnHierarchies: ["Aging Bucket"],
    });
    expect(pivot.dataHierarchies.map((d) => [d.field, d.summarizeBy])).toEqual([
      ["Reason", "Count"],
      ["Open Balance", "Sum"],
    ]);
    expect(sheet.state.charts).toHaveLength(1);
    expect(sheet.state.charts[0]).toMatchObject({
      type: "BarClustered",
      seriesBy: "Columns",
      sourceRect: { top: 2, left: 3, rows: 3, columns: 2 },
    });
    const values = sheet.usedValues().map((r) => r.slice(0, 2));
    expect(values).toEqual(
      expect.arrayContaining([
        ["Total AR", 400],
        ["% current", 0.25],
        ["Customers", 2],
        ["Open invoices", 3],
        ["As of", "2025-06-30"],
        ["Total AR EUR", 100],
      ]),
    );
    expect(sheet.cell("D4")).toBe("Call now");
    expect(sheet.cell("D5")).toBe("=Automate");
    expect(sheet.formula("D5")).toBeUndefined();
  });

  it("re-creates the sheet on a re-run: one pivot, one chart", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: data }] });
    const port = officePortFor(excel);
    await port.writeSummary(write());
    expect((await port.writeSummary(write())).ok).toBe(true);
    expect(excel.book.sheets.filter((s) => s.name === "Segment Summary")).toHaveLength(1);
    expect(excel.sheet("Segment Summary").state.pivots).toHaveLength(1);
    expect(excel.sheet("Segment Summary").state.charts).toHaveLength(1);
  });

  it("builds the pivot over the data's Excel Table when there is one", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: data, tables: [{ name: "AR", address: "A1:D4" }] }] });
    await officePortFor(excel).writeSummary(write({ dataSource: { kind: "table", name: "AR" } }));
    expect(excel.sheet("Segment Summary").state.pivots[0].sourceTable).toBe("AR");
  });

  it("writes a plain segment × bucket table and says why on ExcelApi 1.7", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: data }], apiVersion: "1.7" });
    expect(await officePortFor(excel).writeSummary(write())).toEqual({ ok: true, value: { kind: "table", note: NO_PIVOT_NOTE } });
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
});
