import { columnLetters } from "../engine/address";
import type { SegmentationConfig } from "../engine/config/schema";
import { fail, ok, type Result } from "../engine/result";
import type { Grid } from "../engine/cell";
import { createSegmenter } from "../engine/segment";
import { OUTPUT_HEADERS, segmentedRowOf, type Segmentation } from "../engine/segmentation";
import { textsFor } from "../engine/messages";
import type { Summary } from "../engine/summary/types";
import type { RunError } from "./errors";
import { EXCEL_MAX_COLUMNS } from "../files/limits";
import { OWNED_SHEETS } from "./ownedSheets";
import { readRegionInto } from "./regionReading";
import {
  regionKeeper,
  type Block,
  type PivotRow,
  type PivotRows,
  type OutputCell,
  type ProgressSink,
  type RegionPlace,
  type SheetRegion,
  type SummaryReport,
  type WorkbookPort,
} from "./port";

/** The usual name of an English run's summary sheet (a run in another language names it in that language; under a free variant when a user's sheet has it; see `ownedSheets`). */
export const SUMMARY_SHEET = OWNED_SHEETS.summary.name;
/** The usual name of the hidden sheet that holds an English run's PivotTable rows (design note D1). */
export const PIVOT_DATA_SHEET = OWNED_SHEETS.pivotData.name;
const PRIORITY_INDEX = OUTPUT_HEADERS.indexOf("Priority");
const SEGMENT_INDEX = OUTPUT_HEADERS.indexOf("Segment");
const REASON_INDEX = OUTPUT_HEADERS.indexOf("Reason");
const BUCKET_INDEX = OUTPUT_HEADERS.indexOf("Aging Bucket");

export interface RunRequest {
  readonly config: SegmentationConfig;
  /** Sheet name; the active sheet when absent. */
  readonly sheet?: string;
  readonly useSelection?: boolean;
  /** Today, YYYY-MM-DD: the as-of date when the configuration has none. */
  readonly today: string;
  /** What to do when cells right of the data are not empty: stop and say so, or write over them. */
  readonly whenOccupied: "stop" | "overwrite";
  readonly onProgress?: ProgressSink;
  readonly signal?: AbortSignal;
  readonly skipBadRows?: boolean;
  /** Write the summary sheet too (default true). */
  readonly summary?: boolean;
  /** Office's or the browser's display language (a tag such as "es-MX"): the run's language when neither the configuration nor the headers decide it. */
  readonly displayLanguage?: string;
}

export interface RunReport {
  readonly sheet: string;
  /** Rows segmented. */
  readonly rows: number;
  readonly summary: Summary;
  /** Undefined when the summary was not asked for. */
  readonly summaryReport?: SummaryReport;
  /** Column letter of the first output column. */
  readonly outputColumn: string;
  readonly segmentation: Segmentation;
}

/**
 * The one orchestration every face calls: read the sheet's data region,
 * segment it, write the output columns right of the data (or over this
 * add-in's own columns on a re-run), then the summary sheet.
 *
 * Nothing is written when any step before writing fails, and nothing over a
 * user's cell unless `whenOccupied` is "overwrite".
 */
export async function segmentWorkbook(port: WorkbookPort, request: RunRequest): Promise<Result<RunReport, RunError>> {
  const analysed = await analyse(port, request);
  if (!analysed.ok) return fail(analysed.error);
  const { region, segmentation } = analysed.value;
  const plan = planColumns(region, segmentation);
  if (plan.column + OUTPUT_HEADERS.length > EXCEL_MAX_COLUMNS) {
    return fail({ kind: "noRoomForColumns", sheet: region.sheet, firstColumn: columnLetters(plan.column), columns: OUTPUT_HEADERS.length });
  }

  if (segmentation.header.ownColumns === undefined) {
    const occupied = await port.findOccupied(region.sheet, plan.block, 20);
    if (!occupied.ok) return fail(occupied.error);
    if (occupied.value.length > 0 && request.whenOccupied === "stop") {
      return fail({ kind: "columnsOccupied", sheet: region.sheet, cells: occupied.value });
    }
  }
  if (request.signal?.aborted) return fail({ kind: "cancelled" });

  const written = await port.writeColumns(
    {
      sheet: region.sheet,
      source: region.source,
      headerRow: plan.headerRow,
      column: plan.column,
      headers: segmentation.outputHeaders,
      rowCount: plan.rowCount,
      rowsAt: plan.rowsAt,
      priorityIndex: PRIORITY_INDEX,
      maxPriority: plan.maxPriority,
    },
    request.onProgress,
  );
  if (!written.ok) return fail(written.error);

  let summaryReport: SummaryReport | undefined;
  if (request.summary !== false) {
    request.onProgress?.({ phase: "summary", done: 0, total: 1 });
    const summary = await writeSummarySheet(port, region, segmentation);
    if (!summary.ok) return fail(summary.error);
    summaryReport = summary.value;
    request.onProgress?.({ phase: "summary", done: 1, total: 1 });
  }
  return ok({
    sheet: region.sheet,
    rows: segmentation.rowCount,
    summary: segmentation.summary,
    summaryReport,
    outputColumn: columnLetters(plan.column),
    segmentation,
  });
}

export interface SummaryRequest {
  readonly config: SegmentationConfig;
  readonly sheet?: string;
  readonly today: string;
  readonly displayLanguage?: string;
}

/** Re-reads the sheet and re-creates the summary sheet only (the ribbon's "Refresh summary"). */
export async function refreshSummary(port: WorkbookPort, request: SummaryRequest): Promise<Result<SummaryReport, RunError>> {
  const analysed = await analyse(port, request);
  if (!analysed.ok) return fail(analysed.error);
  const { region, segmentation } = analysed.value;
  return writeSummarySheet(port, region, segmentation);
}

interface Analysed {
  readonly region: SheetRegion;
  readonly segmentation: Segmentation;
}

/** What reading and segmenting needs of a request (no writing options). */
export type AnalyseRequest = Pick<
  RunRequest,
  "config" | "sheet" | "useSelection" | "today" | "onProgress" | "signal" | "skipBadRows" | "displayLanguage"
>;

/** Reads the region and runs the engine over it: the part of a run that writes nothing. */
export async function readAndSegment(port: WorkbookPort, request: AnalyseRequest): Promise<Result<Analysed, RunError>> {
  const keeper = regionKeeper();
  const analysed = await analyse(port, request, keeper.take);
  if (!analysed.ok) return analysed;
  return ok({ region: keeper.region(analysed.value.region), segmentation: analysed.value.segmentation });
}

/**
 * Reads the region block by block straight into the engine. Blocks are not
 * kept unless `keep` takes them too: a run that writes needs only the
 * region's place afterwards, so a large sheet is never held whole.
 */
async function analyse(
  port: WorkbookPort,
  request: AnalyseRequest,
  keep?: (rows: Grid) => void,
): Promise<Result<{ region: RegionPlace; segmentation: Segmentation }, RunError>> {
  const read = await readRegionInto(
    port,
    request,
    (options, rows) => createSegmenter({ ...options, config: request.config, displayLanguage: request.displayLanguage }, rows),
    keep,
  );
  return read.ok ? ok({ region: read.value.region, segmentation: read.value.value }) : read;
}

interface ColumnPlan {
  readonly headerRow: number;
  readonly column: number;
  readonly rowCount: number;
  readonly rowsAt: (start: number, count: number) => OutputCell[][];
  readonly block: Block;
  readonly maxPriority: number;
}

/** Sheet row of the header, and sheet column of the first output column: over an earlier run's, else right of the data. */
function outputPlace(region: RegionPlace, segmentation: Segmentation): { readonly headerRow: number; readonly column: number } {
  const { header } = segmentation;
  return { headerRow: region.top + header.row, column: region.left + (header.ownColumns ?? header.dataWidth) };
}

/**
 * Where the output goes and what each row gets; rows that were not segmented
 * get empty cells. The rows are built a block at a time as they are written
 * (each holds a Reason): a million of them are never held at once.
 */
function planColumns(region: RegionPlace, segmentation: Segmentation): ColumnPlan {
  const { header } = segmentation;
  const { headerRow, column } = outputPlace(region, segmentation);
  const dataRows = region.rowCount - header.row - 1;
  const width = OUTPUT_HEADERS.length;
  const outcomeOf = segmentedRowOf(segmentation, dataRows, header.row + 1);
  let maxPriority = 1;
  for (let i = 0; i < segmentation.rowCount; i++) {
    const p = segmentation.priority(i);
    if (p !== null && p > maxPriority) maxPriority = p;
  }
  const rowsAt = (start: number, count: number): OutputCell[][] => {
    const rows: OutputCell[][] = [];
    for (let r = start; r < start + count; r++) {
      const i = outcomeOf[r];
      if (i < 0) rows.push(new Array<OutputCell>(width).fill(null));
      else {
        const o = segmentation.outcome(i);
        rows.push([o.segment, o.priority, o.strategy, o.score, o.reason, o.bucket]);
      }
    }
    return rows;
  };
  return {
    headerRow,
    column,
    rowCount: dataRows,
    rowsAt,
    block: { top: headerRow, left: column, rows: dataRows + 1, columns: width },
    maxPriority,
  };
}

function writeSummarySheet(port: WorkbookPort, region: RegionPlace, segmentation: Segmentation): Promise<Result<SummaryReport, RunError>> {
  const { header } = segmentation;
  const { headerRow, column } = outputPlace(region, segmentation);
  const balanceColumn = header.columns.balance ?? header.columns.amount!;
  const headers = segmentation.outputHeaders;
  return port.writeSummary({
    sheetName: textsFor(segmentation.language).summary.sheetName,
    texts: textsFor(segmentation.language),
    dataSheet: region.sheet,
    dataSource: region.source,
    dataBlock: {
      top: headerRow,
      left: region.left,
      rows: region.rowCount - header.row,
      columns: column - region.left + OUTPUT_HEADERS.length,
    },
    segmentHeader: headers[SEGMENT_INDEX],
    bucketHeader: headers[BUCKET_INDEX],
    balanceHeader: header.headers[balanceColumn],
    countHeader: headers[REASON_INDEX],
    summary: segmentation.summary,
    reading: segmentation.reading,
    pivot: pivotRows(segmentation),
  });
}

/**
 * The PivotTable's source: the segmented rows only, each as the summary counts
 * it (segment, bucket, open balance), so the pivot's totals are the KPIs'.
 */
function pivotRows(segmentation: Segmentation): PivotRows {
  const { summary } = segmentation;
  const texts = textsFor(segmentation.language).summary;
  // Rows not yet issued as of the date are in no total, so in no pivot row either.
  const counted: number[] = [];
  for (let i = 0; i < segmentation.rowCount; i++) if (segmentation.tally(i).counted) counted.push(i);
  return {
    sheetName: texts.pivotDataSheet,
    headers: texts.pivotHeaders,
    rowCount: counted.length,
    rowsAt: (start, count) => {
      const rows: PivotRow[] = [];
      for (let k = start; k < Math.min(start + count, counted.length); k++) {
        const t = segmentation.tally(counted[k]);
        rows.push([t.segment, t.bucket, t.openBalance]);
      }
      return rows;
    },
    segmentOrder: summary.segments.map((s) => s.segment),
    bucketOrder: summary.buckets,
  };
}
