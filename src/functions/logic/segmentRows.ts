import {
  cellAddress,
  fail,
  isoFromSerial,
  ok,
  segment,
  textOf,
  type CellValue,
  type Result,
  type RowOutcome,
  type SegmentationConfig,
} from "../../engine";
import { readDate } from "./arguments";
import { blankReadings, isBlankInput, readBlank, type BlankReading } from "./blanks";
import { asMatrix, cellOf, excelErrorOf, isBlankArgument, scalarOf } from "./inputs";
import type { FunctionProblem } from "./problems";
import { parseRangeAddress, type RangeAddress } from "./rangeAddress";

/** The arguments of =ARSEG.SEGMENT(row, headers, [asOf]) and its siblings, as Excel passes them. */
export interface RowsCall {
  /** One row or many (a matrix). */
  readonly row: unknown;
  /** One row of column names, as wide as `row`. */
  readonly headers: unknown;
  /** Omitted (null/undefined/""): the configuration's as-of date, else today. */
  readonly asOf?: unknown;
  /** `invocation.parameterAddresses[0]`, so messages name the real sheet and cell. */
  readonly rowAddress?: string;
  /** The workbook counts serial dates from 1904 (read once by the caller). */
  readonly date1904?: boolean;
  /** Office's display language (a tag such as "es-MX"): the results' language when neither the configuration nor the headers decide it. */
  readonly displayLanguage?: string;
}

/** What one input row gets. */
export type RowResult =
  | { readonly kind: "outcome"; readonly outcome: RowOutcome }
  /** A blank or total row: its cells stay empty. */
  | { readonly kind: "blank" }
  | { readonly kind: "problem"; readonly problem: FunctionProblem };

const BLANK_ROW: RowResult = { kind: "blank" };
/** Sheet name in messages when Excel gave no address (an array constant, a computed array). */
const UNNAMED_SHEET = "row range";

/**
 * Segments the rows of a custom function call exactly as the task pane would:
 * one grid [headers, ...rows] handed to the engine at once, so customer-level
 * models aggregate over every row given. Returns one result per input row, in
 * input order. A row with an unreadable cell or an error value gets its own
 * problem and the other rows are still segmented; a problem that concerns the
 * whole call (headers that match nothing, a bad as-of date) fails the call.
 *
 * @example
 * segmentRows({ row: [["ACME", 1200, 46000]], headers: [["Customer", "Amount", "Due date"]] }, config, "2026-11-22")
 * //=> { ok: true, value: [{ kind: "outcome", outcome: { segment: "Final notice / legal", … } }] }
 */
export function segmentRows(call: RowsCall, config: SegmentationConfig, today: string): Result<RowResult[], FunctionProblem> {
  const rows = asMatrix(call.row);
  const headerRows = asMatrix(call.headers);
  const width = headerRows[0]?.length ?? 0;
  if (headerRows.length !== 1) return fail({ kind: "headersShape", rows: headerRows.length, columns: width });
  const mismatch = rows.find((r) => r.length !== width);
  if (mismatch) return fail({ kind: "widthMismatch", headers: width, row: mismatch.length });

  const at = parseRangeAddress(call.rowAddress);
  const headers: CellValue[] = [];
  for (const cell of headerRows[0]) {
    const error = excelErrorOf(cell);
    if (error !== undefined) return fail({ kind: "errorInput", argument: "headers", error });
    // An empty header cell arrives as 0 on Excel desktop and null on the web.
    headers.push(isBlankInput(cell) ? "" : cellOf(cell));
  }

  let effective = config;
  if (!isBlankArgument(call.asOf)) {
    const asOf = readDate(scalarOf(call.asOf), "asOf", config.dateOrder, call.date1904);
    if (!asOf.ok) return asOf;
    if (asOf.value !== null) effective = { ...config, asOf: isoFromSerial(asOf.value) };
  }

  const readings = blankReadings(headers, config.mapping);
  const results: (RowResult | undefined)[] = new Array(rows.length);
  const grid: CellValue[][] = new Array(rows.length + 1);
  grid[0] = headers;
  for (let k = 0; k < rows.length; k++) {
    const converted = convertRow(rows[k], k, at, readings);
    if (converted.ok) grid[k + 1] = converted.value;
    else {
      // Handed to the engine as a blank row: it is left out, and the row indexes stay aligned.
      grid[k + 1] = [];
      results[k] = { kind: "problem", problem: converted.error };
    }
  }

  const run = segment(grid, {
    config: effective,
    sheet: at?.sheet ?? UNNAMED_SHEET,
    today,
    // The header row is not where the data starts: place row k of `row` on its own sheet row.
    origin: at ? { top: at.top - 1, left: at.left } : { top: 0, left: 0 },
    skipBadRows: true,
    date1904: call.date1904,
    displayLanguage: call.displayLanguage,
  });
  if (!run.ok) {
    // Only blank or total rows: every cell stays empty, as the task pane would leave it.
    if (run.error.kind === "noData") return ok(Array.from(results, (r) => r ?? BLANK_ROW));
    return fail({ kind: "engine", issue: run.error });
  }
  const segmentation = run.value;
  if (segmentation.header.row !== 0) return fail({ kind: "headersNotRecognised", headers: headers.map((h) => textOf(h)) });

  for (let i = 0; i < segmentation.rowCount; i++) {
    results[segmentation.sourceRow[i] - 1] = { kind: "outcome", outcome: segmentation.outcome(i) };
  }
  for (const excluded of segmentation.excluded) {
    const k = excluded.row - 1;
    if (results[k] === undefined) results[k] = BLANK_ROW;
  }
  // What is left are the rows the engine skipped for an unreadable cell, in order, one issue each.
  let skipped = 0;
  for (let k = 0; k < rows.length; k++) {
    if (results[k] !== undefined) continue;
    const issue = segmentation.skipped[skipped++];
    results[k] = issue ? { kind: "problem", problem: { kind: "engine", issue } } : BLANK_ROW;
  }
  return ok(results as RowResult[]);
}

/**
 * A row's cells as engine values, or the first error value it holds. A row
 * of nothing but blanks (0, null or "", however Excel passed them) is a blank
 * row; in any other row each blank reads as its column reads blanks (blanks.ts).
 */
function convertRow(
  row: readonly unknown[],
  k: number,
  at: RangeAddress | undefined,
  readings: readonly BlankReading[],
): Result<CellValue[], FunctionProblem> {
  if (row.every(isBlankInput)) return ok([]);
  const cells: CellValue[] = new Array(row.length);
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value === "number" && value !== 0) {
      cells[c] = value;
      continue;
    }
    const error = excelErrorOf(value);
    if (error !== undefined)
      return fail({ kind: "errorInput", argument: "row", error, cell: at ? cellAddress(at.top + k, at.left + c) : undefined });
    cells[c] = readBlank(cellOf(value), readings[c]);
  }
  return ok(cells);
}
