import { columnLetters } from "../engine/address";
import { KPI_LINES, type KpiKind, type KpiLine } from "../engine/summary/kpiLines";
import type { Summary } from "../engine/summary/types";
import type { ReadingReport } from "../engine/reading";
import { describeReading } from "../engine/readingText";
import type { RunTexts } from "../engine/messages";
import type { StyleSheet } from "../files/xlsx/styleSheet";
import { SheetCells, worksheetEnd, worksheetStart } from "./sheetCells";

/** Quotes a sheet name for a formula: 'Jo''s data'!A1. Always quoting is valid and simpler than deciding when. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Absolute ranges of the data rows of the segment, bucket and balance columns. */
export interface SummaryRanges {
  readonly segment: string;
  readonly bucket: string;
  readonly balance: string;
}

/**
 * The ranges of the three columns in sheet `sheet`, rows [first, last] (0-based), columns 0-based.
 *
 * @example
 * summaryRanges("AR", 1, 100, { segment: 12, bucket: 17, balance: 6 }).segment //=> "'AR'!$M$2:$M$101"
 */
export function summaryRanges(
  sheet: string,
  first: number,
  last: number,
  columns: { segment: number; bucket: number; balance: number },
): SummaryRanges {
  const range = (c: number) => `${quoteSheet(sheet)}!$${columnLetters(c)}$${first + 1}:$${columnLetters(c)}$${last + 1}`;
  return { segment: range(columns.segment), bucket: range(columns.bucket), balance: range(columns.balance) };
}

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const PERCENT = "0.0%";
const FORMAT_OF: Record<KpiKind, string> = { money: MONEY, percent: PERCENT, count: COUNT, days: "0.0" };

type Figure = { readonly formula?: string; readonly value: number };

/** The summary sheet's cells and where its PivotTable goes. */
export interface SummaryLayout {
  readonly cells: SheetCells;
  /** 0-based cell for the PivotTable's top-left corner, right of the grids. */
  readonly pivotTop: number;
  readonly pivotLeft: number;
  /** The worksheet XML, given the rendered PivotTable's rows (sheet row → cells) to place. */
  xml(pivotRows?: ReadonlyMap<number, string>, pivotRight?: number): string;
}

/**
 * The summary sheet ("Segment Summary" in English), every label in the run's language. Its figures are live formulas (COUNTIFS /
 * SUMIFS over the data sheet's columns), so they follow edits to the data;
 * each formula also carries the engine's figure as its cached result, so
 * viewers that don't recalculate still show the right numbers. The KPIs no
 * COUNTIFS can express (weighted days past due, top-10 share, distinct
 * customers) are values, marked as such.
 */
export function layoutSummary(
  summary: Summary,
  dataSheet: string,
  ranges: SummaryRanges | undefined,
  styles: StyleSheet,
  asOfSerial: number,
  reading: ReadingReport,
  texts: RunTexts,
): SummaryLayout {
  const t = texts.summary;
  const cells = new SheetCells();
  const s = {
    bold: styles.cellStyle({ bold: true }),
    title: styles.cellStyle({ bold: true, size: 14 }),
    fmt: (code: string) => styles.cellStyle({ numFmt: code }),
    boldFmt: (code: string) => styles.cellStyle({ bold: true, numFmt: code }),
    date: styles.cellStyle({ numFmt: "yyyy-mm-dd" }),
  };
  const buckets = summary.buckets.length;
  let row = 1;
  cells.value(1, 1, t.sheetName, s.title);
  cells.value(2, 1, ranges ? `${t.formulasNote(summary.asOf, dataSheet)} ${t.pivotNote}` : t.valuesNote(summary.asOf));
  const put = (r: number, c: number, figure: Figure, numFmt: string, bold = false): void => {
    const style = bold ? s.boldFmt(numFmt) : s.fmt(numFmt);
    if (figure.formula && ranges) cells.formula(r, c, figure.formula, figure.value, style);
    else cells.value(r, c, figure.value, style);
  };
  /** COUNTIFS reads a leading "<", ">" or "=" as an operator and "*", "?", "~" as wildcards: such labels are counted with an exact SUMPRODUCT. */
  const conditional = (measure: "count" | "balance", label: string, segmentCell: string, bucketCell?: string): string | undefined => {
    if (!ranges) return undefined;
    if (COUNTIFS_SYNTAX.test(label)) {
      const tests = `--(${ranges.segment}=${segmentCell})${bucketCell ? `,--(${ranges.bucket}=${bucketCell})` : ""}`;
      return measure === "count" ? `SUMPRODUCT(${tests})` : `SUMPRODUCT(${tests},${ranges.balance})`;
    }
    const criteria = `${ranges.segment},${segmentCell}${bucketCell ? `,${ranges.bucket},${bucketCell}` : ""}`;
    return measure === "count" ? `COUNTIFS(${criteria})` : `SUMIFS(${ranges.balance},${criteria})`;
  };

  const grid = (title: string, measure: "count" | "balance", numFmt: string) => {
    cells.value(row, 1, title, s.bold);
    row++;
    const headRow = row;
    const heads = [t.segment, t.priority, ...summary.buckets, t.total, ...(measure === "balance" ? [t.shareOfTotal] : [])];
    heads.forEach((text, i) => cells.value(headRow, i + 1, text, s.bold));
    const firstRow = headRow + 1;
    const lastRow = firstRow + summary.segments.length - 1;
    const totalRow = lastRow + 1;
    const totalCol = 3 + buckets;
    const grandTotal = `$${columnLetters(totalCol - 1)}$${totalRow}`;
    summary.segments.forEach((line, k) => {
      const r = firstRow + k;
      cells.value(r, 1, line.segment);
      cells.value(r, 2, line.priority);
      line.byBucket.forEach((figures, b) => {
        const bucketHead = `${columnLetters(2 + b)}$${headRow}`;
        put(r, 3 + b, { formula: conditional(measure, line.segment, `$A${r}`, bucketHead), value: figures[measure] }, numFmt);
      });
      put(r, totalCol, { formula: conditional(measure, line.segment, `$A${r}`), value: line[measure] }, numFmt);
      if (measure === "balance") {
        const own = `${columnLetters(totalCol - 1)}${r}`;
        put(r, totalCol + 1, { formula: `IF(${grandTotal}=0,0,${own}/${grandTotal})`, value: line.share }, PERCENT);
      }
    });
    cells.value(totalRow, 1, t.total, s.bold);
    const bucketTotals: string[] = [];
    for (let b = 0; b <= buckets; b++) {
      const letters = columnLetters(2 + b);
      const value = b < buckets ? summary.total.byBucket[b][measure] : summary.total[measure];
      const formula = summary.segments.length > 0 ? `SUM(${letters}${firstRow}:${letters}${lastRow})` : undefined;
      put(totalRow, 3 + b, { formula, value }, numFmt, true);
      if (b < buckets) bucketTotals.push(`${letters}${totalRow}`);
    }
    if (measure === "balance")
      put(totalRow, totalCol + 1, { formula: `IF(${grandTotal}=0,0,1)`, value: summary.total.balance === 0 ? 0 : 1 }, PERCENT);
    row = totalRow + 2;
    return { buckets: bucketTotals, total: `${columnLetters(totalCol - 1)}${totalRow}` };
  };

  row = 4;
  const counts = grid(t.invoices, "count", COUNT);
  row += 1;
  const balances = grid(t.openBalance, "balance", MONEY);
  row += 1;
  cells.value(row, 1, t.keyFigures, s.bold);
  row++;
  const current = balances.buckets[0];
  const line = (label: string, figure: Figure, numFmt: string, note?: string) => {
    cells.value(row, 1, label);
    put(row, 2, figure, numFmt);
    if (note) cells.value(row, 3, note);
    row++;
  };
  // The figures COUNTIFS / SUMIFS can express stay live formulas; the rest are the engine's values.
  const formulas: Partial<Record<KpiLine["key"], string>> = {
    totalAR: balances.total,
    currentAR: current,
    percentCurrent: `IF(${balances.total}=0,0,${current}/${balances.total})`,
    overdueAR: `${balances.total}-${current}`,
  };
  for (const l of KPI_LINES) {
    const formula = formulas[l.key];
    line(t.kpis[l.key], { formula, value: summary.kpis[l.key] }, FORMAT_OF[l.kind], formula ? undefined : t.engineNote);
  }
  line(t.rowsSegmented, { formula: counts.total, value: summary.rowCount }, COUNT);
  cells.value(row, 1, t.asOf);
  cells.value(row, 2, asOfSerial, s.date);
  row++;
  if (summary.currencies.length > 1) {
    row++;
    [t.currency, t.openAR, t.overdueAR, t.invoices].forEach((text, i) => cells.value(row, i + 1, text, s.bold));
    cells.value(row, 5, t.engineNote);
    row++;
    for (const c of summary.currencies) {
      cells.value(row, 1, c.currency);
      put(row, 2, { value: c.totalAR }, MONEY);
      put(row, 3, { value: c.overdueAR }, MONEY);
      put(row, 4, { value: c.count }, COUNT);
      row++;
    }
  }
  // What was read and every guess made, so the next reader of the file sees them too.
  row++;
  cells.value(row, 1, t.howRead, s.bold);
  row++;
  for (const text of describeReading(reading, true, texts.language)) cells.value(row++, 1, text.trim());
  const pivotLeft = buckets + 5;
  return {
    cells,
    pivotTop: 3,
    pivotLeft,
    xml: (pivotRows, pivotRight = 0) => {
      if (pivotRows) {
        cells.value(3, pivotLeft + 1, t.pivotCaption, s.bold);
        for (const [r, xml] of pivotRows) cells.rowXml(r + 1, xml, pivotRight + 1);
      }
      const widths: [number, number, number][] = [
        [1, 1, 28],
        [2, buckets + 4, 14],
      ];
      if (pivotRows) widths.push([pivotLeft + 1, pivotLeft + 1, 24], [pivotLeft + 2, pivotRight + 1, 16]);
      return worksheetStart(cells.dimension, widths) + cells.sheetData() + worksheetEnd();
    },
  };
}

/** A label COUNTIFS would not match literally: an operator in front, or a wildcard. */
const COUNTIFS_SYNTAX = /^[<>=]|[*?~]/;
