import type ExcelJS from "exceljs";
import { columnLetters } from "../engine/address";
import { KPI_LINES, type KpiKind, type KpiLine } from "../engine/summary/kpiLines";
import type { Summary } from "../engine/summary/types";
import type { ReadingReport } from "../engine/reading";
import { describeReading } from "../engine/readingText";
import type { SummaryReport, SummaryWrite } from "../workbook/port";
import { cellValueOf } from "./cellValue";
import { quoteSheet } from "../files/sheetName";
import { replaceOwnedSheet } from "./ownedSheets";

/**
 * The "Segment Summary" sheet of an xlsx file. Its figures are live formulas
 * (COUNTIFS / SUMIFS over the data sheet's columns), so they follow edits to
 * the data; each formula also carries the engine's figure as its cached
 * result, so viewers that don't recalculate still show the right numbers.
 * The KPIs no COUNTIFS can express (weighted days past due, top-10 share,
 * distinct customers) are values, marked as such.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, write: SummaryWrite): SummaryReport {
  // The earlier summary is found by its marker; a user's sheet of the same name (the data, say) is kept.
  const sheet = replaceOwnedSheet(workbook, "summary", [write.dataSheet]);
  const data = workbook.getWorksheet(write.dataSheet);
  const ranges = data ? columnRanges(data, write) : undefined;
  const layout = new SummaryLayout(sheet, write.summary, write.dataSheet, ranges);
  const end = layout.write();
  writeReading(sheet, write.reading, end + 1);
  // Excel recalculates every formula when it opens the file; cached results serve the other viewers.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return ranges ? { kind: "formulas" } : { kind: "table" };
}

/** "How the sheet was read" and its lines (see describeReading), from `row` (1-based) down, in column A. */
function writeReading(sheet: ExcelJS.Worksheet, reading: ReadingReport, row: number): void {
  sheet.getCell(row, 1).value = "How the sheet was read";
  sheet.getCell(row, 1).font = { bold: true };
  describeReading(reading).forEach((line, i) => (sheet.getCell(row + 1 + i, 1).value = line.trim()));
}

export { quoteSheet };
interface Ranges {
  readonly segment: string;
  readonly bucket: string;
  readonly balance: string;
}

/** Absolute ranges of the data rows of the three columns, found by header text. */
function columnRanges(data: ExcelJS.Worksheet, write: SummaryWrite): Ranges | undefined {
  const { top, left, rows, columns } = write.dataBlock;
  if (rows < 2) return undefined;
  const header = data.getRow(top + 1);
  const find = (text: string): number | undefined => {
    const wanted = text.trim().toLowerCase();
    for (let c = left; c < left + columns; c++) {
      const cell = header.findCell(c + 1);
      const value = cell ? cellValueOf(cell) : null;
      if (typeof value === "string" && value.trim().toLowerCase() === wanted) return c;
    }
    return undefined;
  };
  const range = (column: number | undefined) =>
    column === undefined
      ? undefined
      : `${quoteSheet(write.dataSheet)}!$${columnLetters(column)}$${top + 2}:$${columnLetters(column)}$${top + rows}`;
  const segment = range(find(write.segmentHeader));
  const bucket = range(find(write.bucketHeader));
  const balance = range(find(write.balanceHeader));
  return segment && bucket && balance ? { segment, bucket, balance } : undefined;
}

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const PERCENT = "0.0%";
const FORMAT_OF: Record<KpiKind, string> = { money: MONEY, percent: PERCENT, count: COUNT, days: "0.0" };
const ENGINE_NOTE = "Value computed by arseg when the file was written (no spreadsheet formula expresses it).";

type Figure = { readonly formula?: string; readonly value: number };

class SummaryLayout {
  private row = 1;
  private readonly buckets: number;

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly summary: Summary,
    private readonly dataSheet: string,
    private readonly ranges: Ranges | undefined,
  ) {
    this.buckets = summary.buckets.length;
  }

  /** Writes the sheet; returns the next free row (1-based). */
  write(): number {
    const { sheet, summary } = this;
    sheet.getCell("A1").value = "Segment Summary";
    sheet.getCell("A1").font = { bold: true, size: 14 };
    sheet.getCell("A2").value = this.ranges
      ? `As of ${summary.asOf}. Counts and balances are COUNTIFS / SUMIFS formulas over sheet "${this.dataSheet}".`
      : `As of ${summary.asOf}. Figures as computed by arseg (the data columns were not found for formulas).`;
    this.row = 4;
    const countTotals = this.grid("Invoices", "count", COUNT);
    this.row += 1;
    const balanceTotals = this.grid("Open balance", "balance", MONEY);
    this.row += 1;
    this.kpis(countTotals, balanceTotals);
    sheet.getColumn(1).width = 28;
    for (let c = 2; c <= this.buckets + 4; c++) sheet.getColumn(c).width = 14;
    return this.row + 1;
  }

  /** One segment × bucket grid; returns the addresses of its bottom row (bucket totals, then grand total). */
  private grid(title: string, measure: "count" | "balance", numFmt: string): { readonly buckets: string[]; readonly total: string } {
    const { sheet, summary } = this;
    sheet.getCell(this.row, 1).value = title;
    sheet.getCell(this.row, 1).font = { bold: true };
    this.row++;
    const headRow = this.row;
    const heads = ["Segment", "Priority", ...summary.buckets, "Total", ...(measure === "balance" ? ["Share of total"] : [])];
    heads.forEach((text, i) => {
      const cell = sheet.getCell(headRow, i + 1);
      cell.value = text;
      cell.font = { bold: true };
    });
    const firstRow = headRow + 1;
    const lastRow = firstRow + summary.segments.length - 1;
    const totalRow = lastRow + 1;
    const totalCol = 3 + this.buckets;
    const grandTotal = `$${columnLetters(totalCol - 1)}$${totalRow}`;

    summary.segments.forEach((line, s) => {
      const r = firstRow + s;
      sheet.getCell(r, 1).value = line.segment;
      sheet.getCell(r, 2).value = line.priority;
      line.byBucket.forEach((figures, b) => {
        const bucketHead = `${columnLetters(2 + b)}$${headRow}`;
        this.put(r, 3 + b, { formula: this.conditional(measure, line.segment, `$A${r}`, bucketHead), value: figures[measure] }, numFmt);
      });
      this.put(r, totalCol, { formula: this.conditional(measure, line.segment, `$A${r}`), value: line[measure] }, numFmt);
      if (measure === "balance") {
        const own = `${columnLetters(totalCol - 1)}${r}`;
        this.put(r, totalCol + 1, { formula: `IF(${grandTotal}=0,0,${own}/${grandTotal})`, value: line.share }, PERCENT);
      }
    });

    sheet.getCell(totalRow, 1).value = "Total";
    sheet.getCell(totalRow, 1).font = { bold: true };
    const bucketTotals: string[] = [];
    for (let b = 0; b <= this.buckets; b++) {
      const col = 3 + b;
      const letters = columnLetters(col - 1);
      const value = b < this.buckets ? summary.total.byBucket[b][measure] : summary.total[measure];
      const formula = summary.segments.length > 0 ? `SUM(${letters}${firstRow}:${letters}${lastRow})` : undefined;
      this.put(totalRow, col, { formula, value }, numFmt);
      sheet.getCell(totalRow, col).font = { bold: true };
      if (b < this.buckets) bucketTotals.push(`${letters}${totalRow}`);
    }
    if (measure === "balance")
      this.put(totalRow, totalCol + 1, { formula: `IF(${grandTotal}=0,0,1)`, value: summary.total.balance === 0 ? 0 : 1 }, PERCENT);
    this.row = totalRow + 2;
    return { buckets: bucketTotals, total: `${columnLetters(totalCol - 1)}${totalRow}` };
  }

  private kpis(counts: { readonly total: string }, balances: { readonly buckets: string[]; readonly total: string }): void {
    const { sheet, summary } = this;
    const k = summary.kpis;
    sheet.getCell(this.row, 1).value = "Key figures";
    sheet.getCell(this.row, 1).font = { bold: true };
    this.row++;
    const current = balances.buckets[0];
    const line = (label: string, figure: Figure, numFmt: string, note?: string) => {
      sheet.getCell(this.row, 1).value = label;
      this.put(this.row, 2, figure, numFmt);
      if (note) sheet.getCell(this.row, 3).value = note;
      this.row++;
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
      line(l.label, { formula, value: k[l.key] }, FORMAT_OF[l.kind], formula ? undefined : ENGINE_NOTE);
    }
    line("Rows segmented", { formula: counts.total, value: summary.rowCount }, COUNT);
    sheet.getCell(this.row, 1).value = "As of";
    const [y, m, d] = summary.asOf.split("-").map(Number);
    sheet.getCell(this.row, 2).value = new Date(Date.UTC(y, m - 1, d));
    sheet.getCell(this.row, 2).numFmt = "yyyy-mm-dd";
    this.row++;
    if (summary.currencies.length > 1) this.currencies();
  }

  private currencies(): void {
    const { sheet } = this;
    this.row++;
    ["Currency", "Open AR", "Overdue AR", "Invoices"].forEach((text, i) => {
      sheet.getCell(this.row, i + 1).value = text;
      sheet.getCell(this.row, i + 1).font = { bold: true };
    });
    sheet.getCell(this.row, 5).value = ENGINE_NOTE;
    this.row++;
    for (const c of this.summary.currencies) {
      sheet.getCell(this.row, 1).value = c.currency;
      this.put(this.row, 2, { value: c.totalAR }, MONEY);
      this.put(this.row, 3, { value: c.overdueAR }, MONEY);
      this.put(this.row, 4, { value: c.count }, COUNT);
      this.row++;
    }
  }

  /**
   * COUNTIFS / SUMIFS over the segment column, and the bucket column when given. COUNTIFS reads a
   * leading "<", ">" or "=" in a label as an operator and "*", "?", "~" as wildcards, so a segment
   * called "<30 days" or "Call *now*" is counted with an exact-match SUMPRODUCT instead.
   */
  private conditional(measure: "count" | "balance", label: string, segmentCell: string, bucketCell?: string): string | undefined {
    const r = this.ranges;
    if (!r) return undefined;
    if (COUNTIFS_SYNTAX.test(label)) {
      const tests = `--(${r.segment}=${segmentCell})${bucketCell ? `,--(${r.bucket}=${bucketCell})` : ""}`;
      return measure === "count" ? `SUMPRODUCT(${tests})` : `SUMPRODUCT(${tests},${r.balance})`;
    }
    const criteria = `${r.segment},${segmentCell}${bucketCell ? `,${r.bucket},${bucketCell}` : ""}`;
    return measure === "count" ? `COUNTIFS(${criteria})` : `SUMIFS(${r.balance},${criteria})`;
  }

  /** A formula with the engine's figure as its cached result, or the plain figure. */
  private put(row: number, col: number, figure: Figure, numFmt: string): void {
    const cell = this.sheet.getCell(row, col);
    cell.value = figure.formula && this.ranges ? { formula: figure.formula, result: figure.value } : figure.value;
    cell.numFmt = numFmt;
  }
}

/** A label COUNTIFS would not match literally: an operator in front, or a wildcard. */
const COUNTIFS_SYNTAX = /^[<>=]|[*?~]/;
