/**
 * The summary's PivotTable, through the one orchestration over the Excel
 * double, agrees with the KPIs (design note D1): it counts the segmented rows
 * only and sums the engine's open balance, whatever else the sheet holds.
 */
import { presetConfig } from "../../src/engine/presets";
import { PIVOT_NAME } from "../../src/excel/writeSummary";
import { segmentWorkbook, SUMMARY_SHEET } from "../../src/workbook/segmentWorkbook";
import { BLANK_ITEM, createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { ledgerGrid } from "../support/ledgers";
import type { CellValue } from "../../src/engine/cell";

const config = () => {
  const c = presetConfig("collections");
  if (!c.ok) throw new Error("preset");
  return c.value;
};

/** A ledger with a paid invoice (amount kept, balance 0), a credit note, a blank row and a total row. */
function ledger(columns: "balance" | "amountOnly"): CellValue[][] {
  const rows = ledgerGrid(
    [
      { customer: "Acme", amount: 1200, balance: 1200, dueDate: "2025-05-01" },
      { customer: "Globex", amount: 5400, balance: 0, dueDate: "2025-03-01", paidDate: "2025-04-01" },
      { customer: "Initech", amount: -300, balance: -300, dueDate: "2025-06-01" },
      { customer: "Umbrella", amount: 800, balance: 800, dueDate: "2025-07-20" },
    ],
    {
      columns:
        columns === "balance"
          ? ["customer", "invoice", "dueDate", "amount", "balance", "paidDate"]
          : ["customer", "invoice", "dueDate", "amount", "paidDate"],
    },
  );
  const width = rows[0].length;
  const blank = Array<CellValue>(width).fill("");
  const total = Array<CellValue>(width).fill("");
  total[0] = "Total";
  total[3] = columns === "balance" ? 7100 : 7100;
  if (columns === "balance") total[4] = 1700;
  return [...rows, blank, total];
}

describe.each(["balance", "amountOnly"] as const)("the summary PivotTable (Office adapter, %s ledger)", (columns) => {
  it("has the KPIs' totals: segmented rows only, open balances summed, no (blank) item", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "AR", cells: ledger(columns) }] });
    const run = await segmentWorkbook(officePortFor(excel), { config: config(), today: "2025-06-30", whenOccupied: "stop" });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    const { summary } = run.value;
    expect(run.value.summaryReport).toMatchObject({ kind: "pivot" });
    const view = excel.sheet(SUMMARY_SHEET).pivot(PIVOT_NAME);
    const sum = excel.sheet(SUMMARY_SHEET).state.pivots[0].dataHierarchies.find((d) => d.summarizeBy === "Sum")!.name;
    const count = excel.sheet(SUMMARY_SHEET).state.pivots[0].dataHierarchies.find((d) => d.summarizeBy === "Count")!.name;
    expect(view.value(sum)).toBeCloseTo(summary.kpis.totalAR, 6);
    expect(view.value(count)).toBe(summary.rowCount);
    expect(view.rowItems).not.toContain(BLANK_ITEM);
    expect(view.columnItems).not.toContain(BLANK_ITEM);
    for (const line of summary.segments) {
      expect(view.value(sum, line.segment)).toBeCloseTo(line.balance, 6);
      expect(view.value(count, line.segment)).toBe(line.count);
      summary.buckets.forEach((bucket, b) => {
        expect(view.value(sum, line.segment, bucket)).toBeCloseTo(line.byBucket[b].balance, 6);
      });
    }
  });
});

describe("the summary PivotTable and the ledger's own headers", () => {
  it("is built whatever the ledger's headers: a column without one, or a column named like an output column", async () => {
    const grid = ledgerGrid([{ customer: "Acme", balance: 1200, dueDate: "2025-05-01" }], {
      columns: ["customer", "invoice", "dueDate", "balance"],
    });
    // A notes column with no header, and the export's own "Aging Bucket" column beside the add-in's.
    const cells = grid.map((row, r) => [...row, r === 0 ? "" : "call Tue", r === 0 ? "Aging Bucket" : "31-60"]);
    const excel = createExcelDouble({ sheets: [{ name: "AR", cells }] });
    const run = await segmentWorkbook(officePortFor(excel), { config: config(), today: "2025-06-30", whenOccupied: "stop" });
    if (!run.ok) throw new Error(JSON.stringify(run.error));
    expect(run.value.summaryReport).toMatchObject({ kind: "pivot" });
    expect(excel.sheet(SUMMARY_SHEET).state.pivots).toHaveLength(1);
  });
});
