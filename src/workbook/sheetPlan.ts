/**
 * A sheet the product writes whole (the Backtest and Compare sheets), as a
 * face-neutral plan: rows of cells from column A, each cell's number format,
 * which rows stand out, the column widths, and the charts over its cells.
 * The orchestration lays the sheet out once; each face renders the same plan
 * (the Office adapter through Office.js, the xlsx adapter as worksheet,
 * drawing and chart parts), so both faces write the same sheet.
 */

/** A cell: text (always written as text, never as a formula), a number, or nothing. */
export type PlanValue = string | number | null;

/** How a row stands out: the sheet's title, a section heading, a table's header row, a total line. */
export type PlanEmphasis = "title" | "heading" | "header" | "total";

export interface PlanRow {
  readonly cells: readonly PlanValue[];
  /** Number format of each number cell (text and empty cells ignore theirs); "General" where absent. */
  readonly formats?: readonly (string | undefined)[];
  readonly emphasis?: PlanEmphasis;
}

/** A line chart over cells of the plan: one category column, one column per series, the series' names in the row above. */
export interface PlanChart {
  readonly title: string;
  readonly categoryAxis: string;
  readonly valueAxis: string;
  /** Number format of the value axis. */
  readonly valueFormat: string;
  /** 0-based sheet row of the first category (the series' names are in the row above) and how many there are. */
  readonly firstRow: number;
  readonly count: number;
  /** 0-based column of the category labels. */
  readonly categoryColumn: number;
  /** 0-based column of each series' values. */
  readonly seriesColumns: readonly number[];
  /** Index (in seriesColumns) of a reference line drawn dashed, such as what a random order would find. */
  readonly referenceSeries?: number;
  /** The value axis runs from 0 to this (1 for shares); automatic when absent. */
  readonly valueMax?: number;
  /** The cells the chart covers, 0-based, both corners included. */
  readonly place: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
}

export interface SheetPlan {
  /** Row k is sheet row k (0-based), its cells from column A. */
  readonly rows: readonly PlanRow[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly charts: readonly PlanChart[];
}

/** The number formats the plans use (invariant codes: Excel and LibreOffice show them in the reader's locale). */
export const PLAN_FORMATS = {
  count: "#,##0",
  money: "#,##0.00",
  percent: "0.0%",
  share: "0%",
  ratio: '0.00"×"',
  decimal: "0.00",
  integer: "0",
} as const;

/** How wide the widest row of a plan is. */
export function planWidth(plan: Pick<SheetPlan, "rows">): number {
  return plan.rows.reduce((w, row) => Math.max(w, row.cells.length), 0);
}

/**
 * A chart's category labels and each series' name and values, read from the
 * plan's cells: what a file needs as the chart's cached data.
 *
 * @example
 * chartData(plan, plan.charts[0]).series[0] //=> { name: "In priority order", values: [0, 0.18, …] }
 */
export function chartData(
  plan: Pick<SheetPlan, "rows">,
  chart: PlanChart,
): {
  readonly categories: readonly PlanValue[];
  readonly series: readonly { readonly name: string; readonly values: readonly PlanValue[] }[];
} {
  const cell = (row: number, column: number): PlanValue => plan.rows[row]?.cells[column] ?? null;
  const column = (c: number) => Array.from({ length: chart.count }, (_, k) => cell(chart.firstRow + k, c));
  return {
    categories: column(chart.categoryColumn),
    series: chart.seriesColumns.map((c) => ({ name: String(cell(chart.firstRow - 1, c) ?? ""), values: column(c) })),
  };
}

/**
 * Lays a plan out row by row, from the top.
 *
 * @example
 * const b = new PlanBuilder(); b.line("Backtest", "title"); b.table(["Segment", "Open"], [["Call", 3]], [undefined, PLAN_FORMATS.count]);
 */
export class PlanBuilder {
  readonly rows: PlanRow[] = [];
  readonly charts: PlanChart[] = [];

  /** The 0-based sheet row the next row goes to. */
  get next(): number {
    return this.rows.length;
  }

  /** One row; returns its sheet row. */
  row(cells: readonly PlanValue[], formats?: readonly (string | undefined)[], emphasis?: PlanEmphasis): number {
    this.rows.push({ cells, ...(formats ? { formats } : {}), ...(emphasis ? { emphasis } : {}) });
    return this.rows.length - 1;
  }

  /** A single text in column A. */
  line(text: string, emphasis?: PlanEmphasis): number {
    return this.row([text], undefined, emphasis);
  }

  blank(): void {
    this.rows.push({ cells: [] });
  }

  /** A header row, then the body rows (all in the same column formats), then an optional total line. Returns the header's sheet row. */
  table(
    header: readonly PlanValue[],
    body: readonly (readonly PlanValue[])[],
    formats: readonly (string | undefined)[],
    total?: readonly PlanValue[],
  ): number {
    const at = this.row(header, undefined, "header");
    for (const cells of body) this.row(cells, formats);
    if (total) this.row(total, formats, "total");
    return at;
  }

  plan(widths: readonly number[]): SheetPlan {
    return { rows: this.rows, widths, charts: this.charts };
  }
}
