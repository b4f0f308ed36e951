import { columnLetters } from "../engine/address";
import type { LineChartSpec } from "../files/xlsx/chartParts";
import type { StyleSheet } from "../files/xlsx/styleSheet";
import { chartData, planWidth, type PlanEmphasis, type SheetPlan } from "../workbook/sheetPlan";
import { SheetCells, worksheetEnd, worksheetStart } from "./sheetCells";
import { quoteSheet } from "./summarySheet";

/** How each kind of row stands out. */
const EMPHASIS: Record<PlanEmphasis, { readonly bold: boolean; readonly size?: number }> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 12 },
  header: { bold: true },
  total: { bold: true },
};

/** The drawing's relationship id in the sheet's relationships. */
export const DRAWING_RELATIONSHIP = "rId1";

/**
 * A plan (sheetPlan.ts) as a worksheet part, and its charts as chart specs
 * whose references point at the sheet's own cells under its final name.
 *
 * @example
 * const { xml, charts } = planSheetXml(backtestPlan(input), "Backtest", styles);
 */
export function planSheetXml(
  plan: SheetPlan,
  sheetName: string,
  styles: StyleSheet,
): { readonly xml: string; readonly charts: readonly LineChartSpec[] } {
  const cells = new SheetCells();
  const style = (emphasis: PlanEmphasis | undefined, format: string | undefined) => {
    const e = emphasis ? EMPHASIS[emphasis] : undefined;
    if (!e && !format) return 0;
    return styles.cellStyle({
      ...(e?.bold ? { bold: true } : {}),
      ...(e?.size ? { size: e.size } : {}),
      ...(format ? { numFmt: format } : {}),
    });
  };
  plan.rows.forEach((row, r) => {
    row.cells.forEach((value, c) => {
      const format = typeof value === "number" ? row.formats?.[c] : undefined;
      cells.value(r + 1, c + 1, value, style(row.emphasis, format));
    });
  });
  const width = Math.max(planWidth(plan), plan.widths.length);
  const widths = plan.widths.slice(0, width).map((w, c) => [c + 1, c + 1, w] as const);
  const xml =
    worksheetStart(cells.dimension, widths) + cells.sheetData() + worksheetEnd(plan.charts.length > 0 ? DRAWING_RELATIONSHIP : undefined);
  const sheet = quoteSheet(sheetName);
  const cell = (row: number, column: number) => `${sheet}!$${columnLetters(column)}$${row + 1}`;
  const span = (column: number, first: number, count: number) =>
    `${sheet}!$${columnLetters(column)}$${first + 1}:$${columnLetters(column)}$${first + count}`;
  const charts = plan.charts.map((chart): LineChartSpec => {
    const data = chartData(plan, chart);
    return {
      title: chart.title,
      categoryAxis: chart.categoryAxis,
      valueAxis: chart.valueAxis,
      valueFormat: chart.valueFormat,
      valueMax: chart.valueMax,
      categories: data.categories.map((v) => (v === null ? "" : String(v))),
      categoriesRef: span(chart.categoryColumn, chart.firstRow, chart.count),
      series: data.series.map((s, k) => ({
        name: s.name,
        nameRef: cell(chart.firstRow - 1, chart.seriesColumns[k]),
        values: s.values.map((v) => (typeof v === "number" ? v : null)),
        valuesRef: span(chart.seriesColumns[k], chart.firstRow, chart.count),
        dashed: k === chart.referenceSeries,
      })),
    };
  });
  return { xml, charts };
}
