/**
 * The Backtest sheet through Office.js, against the Excel double: the
 * plan's cells with their number formats (text as Text, so a formula-looking
 * segment stays text), bold emphasis, widths, a line chart over the lift
 * table, the hidden marker; a re-run replaces the sheet its marker points at,
 * and a user's sheet of the same name is never touched.
 */
import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";
import { textsFor } from "../../src/engine/messages";
import { backtestPlan } from "../../src/workbook/backtestPlan";
import type { PlanSheetWrite } from "../../src/workbook/port";
import { BACKTEST } from "../support/backtestResults";

const BACKTEST_MARKER = "_ARSEG_BACKTEST";
const texts = textsFor("en").backtest;
const plan = backtestPlan({ result: BACKTEST, policy: "Collections", sheet: "Ledger", texts });
const write: PlanSheetWrite = { kind: "backtest", sheetName: "Backtest", plan };
const book = (extra: { name: string; cells: string[][] }[] = []) =>
  createExcelDouble({ sheets: [{ name: "Ledger", cells: [["Customer"], ["Acme"]] }, ...extra] });

describe("writePlanSheet (Office adapter)", () => {
  it("writes the plan's cells and formats, bold emphasis and widths, and marks the sheet", async () => {
    const excel = book();
    expect(await officePortFor(excel).writePlanSheet(write)).toEqual({ ok: true, value: { sheet: "Backtest" } });
    const sheet = excel.sheet("Backtest");
    expect(sheet.cell("A1")).toBe(texts.title);
    expect(sheet.numberFormat("A1")).toBe("@");
    const auc = plan.rows.findIndex((r) => r.cells[0] === "AUC");
    expect(sheet.cell(`B${auc + 1}`)).toBe(0.75);
    expect(sheet.numberFormat(`B${auc + 1}`)).toBe("0.00");
    const automate = plan.rows.findIndex((r) => r.cells[0] === "=Automate");
    expect(sheet.cell(`A${automate + 1}`)).toBe("=Automate");
    expect(sheet.formula(`A${automate + 1}`)).toBeUndefined();
    expect(sheet.numberFormat(`D${automate + 1}`)).toBe("#,##0.00");
    expect(sheet.state.boldCells.size).toBeGreaterThan(0);
    expect(sheet.columnWidth(0)).toBe(plan.widths[0] * 7 + 5);
    expect(excel.names()).toEqual({ [BACKTEST_MARKER]: "Backtest!A1" });
    expect(excel.book.names.every((n) => !n.visible)).toBe(true);
  });

  it("draws a line chart over the lift table's categories and its two series, beside the table", async () => {
    const excel = book();
    await officePortFor(excel).writePlanSheet(write);
    const [chart] = excel.sheet("Backtest").state.charts;
    const spec = plan.charts[0];
    expect(chart).toMatchObject({
      type: "Line",
      seriesBy: "Columns",
      title: texts.chart.title,
      sourceRect: { top: spec.firstRow - 1, left: 0, rows: 11, columns: 3 },
      position: { start: `G${spec.place.top + 1}`, end: `N${spec.place.bottom + 1}` },
    });
  });

  it("replaces the sheet its marker points at on a re-run, even renamed, and leaves the user's Backtest sheet alone", async () => {
    const excel = book([{ name: "backtest", cells: [["my notes"]] }]);
    const port = officePortFor(excel);
    expect(await port.writePlanSheet(write)).toEqual({ ok: true, value: { sheet: "Backtest (2)" } });
    excel.sheet("Backtest (2)").state.name = "Q2 check";
    expect(await port.writePlanSheet(write)).toEqual({ ok: true, value: { sheet: "Q2 check" } });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Ledger", "backtest", "Q2 check"]);
    expect(excel.sheet("backtest").usedValues()).toEqual([["my notes"]]);
    expect(excel.sheet("Q2 check").state.charts).toHaveLength(1);
    expect(excel.names()).toEqual({ [BACKTEST_MARKER]: "Q2 check!A1" });
  });

  it("leaves the previous sheet in place when the new one cannot be built", async () => {
    const excel = book();
    const port = officePortFor(excel);
    await port.writePlanSheet(write);
    excel.failAt("ChartCollection.add", "GeneralException");
    const failed = await port.writePlanSheet(write);
    expect(failed.ok).toBe(false);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Ledger", "Backtest"]);
    expect(excel.sheet("Backtest").state.charts).toHaveLength(1);
  });
});
