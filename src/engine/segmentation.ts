import type { CellValue } from "./cell";
import type { SegmentationConfig } from "./config/schema";
import type { ColumnMap } from "./fields";
import type { EngineIssue } from "./issues";
import type { Summary } from "./summary/types";
import type { ReadingReport } from "./reading";
import type { Language } from "./language";
import type { OutputHeaderTexts } from "./messages/types";

/** The output columns, in the order they are written right of the data. */
export const OUTPUT_HEADERS = ["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"] as const;
export type OutputHeader = (typeof OUTPUT_HEADERS)[number];
/** The csv face writes the first five only. */
export const CSV_OUTPUT_HEADERS = OUTPUT_HEADERS.slice(0, 5);

export interface SegmentOptions {
  /** A validated configuration (see `validateConfig`, `presetConfig`). */
  readonly config: SegmentationConfig;
  /** Sheet (or file) name, for messages. */
  readonly sheet: string;
  /** Today's date, YYYY-MM-DD; the as-of date when the configuration has none. */
  readonly today: string;
  /** The workbook counts serial dates from 1904. */
  readonly date1904?: boolean;
  /** Sheet row and column of the first cell handed in, so messages give real addresses. */
  readonly origin?: { readonly top: number; readonly left: number };
  /** Report and skip rows with unreadable cells instead of stopping. */
  readonly skipBadRows?: boolean;
  /**
   * The display language of Office or the browser the face runs in (a tag such as "es-MX"): the run's
   * language when neither the configuration nor the sheet's headers decide it (see `resolveLanguage`).
   */
  readonly displayLanguage?: string;
}

export interface HeaderInfo {
  /** Index (among the rows handed in) of the header row. */
  readonly row: number;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  /** Number of input columns (before any output columns of an earlier run). */
  readonly dataWidth: number;
  /** Where this add-in's own output columns already stand (a re-run), relative to the first column. */
  readonly ownColumns?: number;
}

export interface ExcludedRow {
  readonly row: number;
  /** blank: nothing in it; total: a total or subtotal line; heading: a section heading, footer or note of a report (no amount, no date). */
  readonly reason: "blank" | "total" | "heading";
}

/** One row's result. */
export interface RowOutcome {
  readonly segment: string;
  readonly priority: number | null;
  readonly strategy: string;
  readonly score: number | null;
  readonly reason: string;
  /** The aging bucket label ("Paid" for a paid row; "" for one not yet issued). */
  readonly bucket: string;
  /** The customer as read (carried down from a section heading when the row names none). */
  readonly customer: string;
  /** The open balance as of the as-of date: 0 when paid or not yet issued, negative for a credit. */
  readonly openBalance: number;
  /** Days past due as of the as-of date (negative: not yet due); null when unknown. */
  readonly daysPastDue: number | null;
}

/**
 * The result of a run, column-oriented so a million rows stay small: labels
 * are interned and each row holds indexes into them.
 */
export interface Segmentation {
  readonly header: HeaderInfo;
  readonly asOf: string;
  /** Rows segmented (data rows less blank, total and skipped rows). */
  readonly rowCount: number;
  /** Index (among the rows handed in) of each segmented row. */
  readonly sourceRow: Int32Array;
  /** Rows handed in after the header, in total. */
  readonly inputRows: number;
  readonly excluded: readonly ExcludedRow[];
  /** Bad cells reported and skipped (skipBadRows). */
  readonly skipped: readonly EngineIssue[];
  readonly summary: Summary;
  /** What the run read and every guess it made (see ReadingReport). */
  readonly reading: ReadingReport;
  /** The language everything the run wrote is in (see `resolveLanguage`). */
  readonly language: Language;
  /** The configuration the run used, bound to that language (see `inLanguage`): what a face saves. */
  readonly config: SegmentationConfig;
  /** The output columns' headers in that language: Segment, Priority, Strategy, Score, Reason, Aging Bucket. */
  readonly outputHeaders: OutputHeaderTexts;
  /** The outcome of segmented row i (0 ≤ i < rowCount). */
  outcome(i: number): RowOutcome;
  /** The Priority of segmented row i, without building its outcome (its Reason is worded on demand). */
  priority(i: number): number | null;
  /**
   * What the summary counts segmented row i under: its segment, aging bucket and open
   * balance (0 for a paid row, negative for a credit), without building its outcome.
   */
  tally(i: number): RowTally;
}

/** A segmented row as the summary and the PivotTable count it. */
export interface RowTally {
  readonly segment: string;
  readonly bucket: string;
  /** The engine's open balance: 0 when paid or not yet issued, negative for a credit. */
  readonly openBalance: number;
  /** False for an invoice not yet issued as of the date: it is in no total, so in no summary or pivot. */
  readonly counted: boolean;
}

/** Feeds rows one at a time, so a file never has to be held whole. */
export interface Segmenter {
  push(row: readonly CellValue[]): void;
  /** The same as pushing each row, faster: once the header is found, whole chunks of a block are parsed as they stand. */
  pushRows(rows: readonly (readonly CellValue[])[]): void;
  finish(): import("./result").Result<Segmentation, EngineIssue>;
}

/**
 * For each of `count` input rows from row `offset` on, the segmented row it
 * became, or -1 for a title, header, blank, total or skipped row: what a face
 * needs to put each outcome beside its own input row.
 *
 * @example
 * segmentedRowOf(result, 4) //=> Int32Array [-1, 0, 1, -1] (header, two rows, a total row)
 */
export function segmentedRowOf(segmentation: Pick<Segmentation, "rowCount" | "sourceRow">, count: number, offset = 0): Int32Array {
  const out = new Int32Array(Math.max(0, count)).fill(-1);
  for (let i = 0; i < segmentation.rowCount; i++) out[segmentation.sourceRow[i] - offset] = i;
  return out;
}
