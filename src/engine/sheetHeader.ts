/**
 * Reading a sheet's top: where the header row is, which column is which
 * field, whether the sheet is a ledger or an aging summary report, and the
 * date its title gives. The one place this is decided: every run, the task
 * pane's column list and the command line's csv → xlsx ask here.
 */
import type { CellValue, Grid } from "./cell";
import { cellAddress, columnLetters } from "./address";
import { bucketColumns, type BucketColumn } from "./columns/agingBuckets";
import { detectColumns, type ColumnDetection } from "./columns/detectColumns";
import { searchHeaderRow, HEADER_SCAN } from "./columns/headerRow";
import { headerWords } from "./columns/headerWords";
import { findTitleDate, type TitleDate } from "./columns/titleDate";
import type { SegmentationConfig } from "./config/schema";
import { resolveConditionField, type ConditionFieldName } from "./conditionFields";
import type { Field } from "./fields";
import type { EngineIssue } from "./issues";
import { yesMeansOf, type STATUS } from "./parse/status";
import { textOf } from "./parse/text";
import { fail, ok, type Result } from "./result";
import { extraColumns, fieldsNamed, hideOwnColumns, missingField } from "./sheetNeeds";

/** What kind of sheet this is. */
export type Layout =
  | { readonly kind: "ledger" }
  /** One row per customer with the buckets as columns (QuickBooks A/R Aging Summary, Xero Aged Receivables …). */
  | { readonly kind: "agingSummary"; readonly buckets: readonly BucketColumn[] };

export interface SheetHeader {
  /** Index (among the rows handed in) of the header row. */
  readonly row: number;
  readonly detection: ColumnDetection;
  readonly layout: Layout;
  /** Number of input columns (before any output columns of an earlier run). */
  readonly dataWidth: number;
  /** Where this add-in's own output columns already stand (a re-run), relative to the first column. */
  readonly ownColumns?: number;
  /** The report date a title line above the header gives. */
  readonly title?: TitleDate;
  /** Other columns the configuration's rules test by header: header → column. */
  readonly extras: ReadonlyMap<string, number>;
  /** What "yes" means in a yes/no status column. */
  readonly statusYes: typeof STATUS.open | typeof STATUS.paid;
}

/** Rows under the header whose cells are looked at to check the columns. */
export const SAMPLE_ROWS = 200;

/** Fields an aging summary (one row per customer, no invoices) cannot have. */
const INVOICE_ONLY: readonly ConditionFieldName[] = ["Invoice", "InvoiceDate", "DueDate", "PaidDate"];

/**
 * Reads the header of `rows` (title and blank rows, the header, the first data
 * rows) for a configuration. `origin` is the sheet row and column of rows[0][0],
 * for the addresses in messages.
 *
 * @example
 * readSheetHeader([["As of December 21, 2025"], ["Customer", "Current", "1 - 30", "Total"], ["ACME", 10, 5, 15]], config, "AR").ok
 * //=> true (layout "agingSummary", title date 2025-12-21)
 */
export function readSheetHeader(
  rows: Grid,
  config: SegmentationConfig,
  sheet: string,
  origin: { readonly top: number; readonly left: number } = { top: 0, left: 0 },
  /** "report": find the header and its columns without requiring any (the task pane's column list shows what is missing itself). */
  mode: "run" | "report" = "run",
): Result<SheetHeader, EngineIssue> {
  if (rows.length === 0) return fail({ kind: "noData", sheet });
  const search = searchHeaderRow(rows, config.mapping, HEADER_SCAN);
  if (search.row < 0) {
    const nearest = search.nearest;
    return fail({
      kind: "noHeader",
      sheet,
      scannedRows: search.scanned,
      firstRow: origin.top + 1,
      nearest: nearest && {
        row: origin.top + nearest.row + 1,
        named: nearest.named.map(({ column, field }) => ({ header: textOf(rows[nearest.row][column]), field })),
      },
    });
  }
  const headerRow = search.row;
  const { visible, at: own } = hideOwnColumns(rows[headerRow]);
  // A caller may pass only the region's first rows (the browser page holds the rest in its worker): the samples stop at the first row not given.
  const samples = rowsGiven(rows, headerRow + 1, SAMPLE_ROWS);
  const buckets = bucketColumns(visible);
  const withoutBuckets: CellValue[] =
    buckets.length > 0 ? visible.map((c, i) => (buckets.some((b) => b.column === i) ? null : c)) : [...visible];
  let detection = detectColumns(withoutBuckets, config.mapping, samples);
  const basis = config.agingBasis === "invoiceDate" ? "invoiceDate" : "dueDate";
  const agingSummary = buckets.length > 0 && detection.columns[basis] === undefined && detection.columns.daysPastDue === undefined;
  // A ledger that also shows bucket columns keeps them as plain columns.
  if (buckets.length > 0 && !agingSummary) detection = detectColumns(visible, config.mapping, samples);
  if (agingSummary) detection = summaryColumns({ ...detection, headers: visible.map(textOf) }, buckets, samples, config.mapping);
  const headers = detection.headers;
  const letter = (column: number) => columnLetters(origin.left + column);

  if (mode === "report") return ok(headerOf(rows, headerRow, detection, agingSummary ? buckets : undefined, visible, own, new Map()));
  const unmatched = detection.unmatchedMappings[0];
  if (unmatched) return fail({ kind: "mappedColumnNotFound", sheet, field: unmatched.field, header: unmatched.header });
  const ambiguity = detection.ambiguous[0];
  if (ambiguity) {
    return fail({
      kind: "ambiguousColumns",
      sheet,
      field: ambiguity.field,
      columns: ambiguity.columns.map((c) => ({ header: headers[c], letter: letter(c) })),
    });
  }
  const missing = missingField(detection.columns, config, agingSummary);
  if (missing) {
    const rejected = detection.ignored.find((i) => i.field === missing.field || (missing.field === "balance" && i.field === "amount"));
    return fail({
      kind: "missingColumn",
      sheet,
      field: missing.field,
      tried: missing.tried,
      rejected: rejected && {
        header: headers[rejected.column],
        letter: letter(rejected.column),
        ...(rejected.reason.kind === "forecast"
          ? { why: "forecast" as const }
          : {
              why: rejected.reason.found,
              cell: cellAddress(origin.top + headerRow + 1 + rejected.reason.row, origin.left + rejected.column),
              text: rejected.reason.text,
            }),
      },
      looksLikeAgingSummary:
        missing.field === basis &&
        buckets.length === 0 &&
        visible.some((c) => typeof c === "string" && /^\s*(current|corriente|vigente|not due|no vencido|a vencer)\s*$/i.test(c)),
    });
  }
  if (agingSummary) {
    for (const name of fieldsNamed(config)) {
      const field = resolveConditionField(name);
      if (field && INVOICE_ONLY.includes(field)) return fail({ kind: "fieldNotInLayout", sheet, field, layout: "agingSummary" });
    }
  }
  const extras = extraColumns(config, detection.kept, headers, sheet);
  if (!extras.ok) return extras;
  return ok(headerOf(rows, headerRow, detection, agingSummary ? buckets : undefined, visible, own, extras.value));
}

function headerOf(
  rows: Grid,
  headerRow: number,
  detection: ColumnDetection,
  buckets: readonly BucketColumn[] | undefined,
  visible: readonly CellValue[],
  own: number | undefined,
  extras: ReadonlyMap<string, number>,
): SheetHeader {
  let dataWidth = visible.length;
  while (dataWidth > 0 && textOf(visible[dataWidth - 1]) === "") dataWidth--;
  if (own !== undefined) dataWidth = Math.min(dataWidth, own);
  const statusColumn = detection.columns.status;
  return {
    row: headerRow,
    detection,
    layout: buckets ? { kind: "agingSummary", buckets } : { kind: "ledger" },
    dataWidth,
    ownColumns: own,
    title: findTitleDate(rows.slice(0, headerRow)),
    extras,
    statusYes: yesMeansOf(statusColumn === undefined ? [] : headerWords(detection.headers[statusColumn]).words),
  };
}

/** The fields the header maps, for faces that show them (each field once, in FIELDS order). */
export function mappedFields(header: SheetHeader): readonly { readonly field: Field; readonly column: number }[] {
  return header.detection.used.map(({ field, column }) => ({ field, column }));
}

/**
 * An aging summary's columns, one row per customer: its Total is the open
 * balance (not an invoice amount), and when no header names the customer the
 * column that does is found another way — a number column such as "No." (an
 * invoice number can't be: a summary has no invoices), else the first column
 * left of the buckets whose cells are text (QuickBooks leaves its header empty).
 */
function summaryColumns(
  detection: ColumnDetection,
  buckets: readonly BucketColumn[],
  samples: Grid,
  mapping: SegmentationConfig["mapping"],
): ColumnDetection {
  const columns = { ...detection.columns };
  let used = [...detection.used];
  let kept = [...detection.kept];
  if (columns.amount !== undefined && columns.balance === columns.amount && mapping.amount === undefined) {
    used = used.map((u) => (u.field === "amount" ? { ...u, field: "balance" as const } : u));
    delete columns.amount;
  }
  if (columns.customer === undefined && mapping.customer === undefined) {
    const invoice = mapping.invoice === undefined ? columns.invoice : undefined;
    const firstBucket = Math.min(...buckets.map((b) => b.column));
    const column = invoice ?? kept.find((c) => c < firstBucket && mostlyText(samples, c));
    if (column !== undefined) {
      if (invoice !== undefined) {
        delete columns.invoice;
        used = used.filter((u) => u.field !== "invoice");
      }
      columns.customer = column;
      kept = kept.filter((c) => c !== column);
      used.push({ field: "customer", column, how: "detected" });
    }
  }
  return { ...detection, columns, used, kept };
}

function mostlyText(samples: Grid, column: number): boolean {
  let text = 0;
  let seen = 0;
  for (const row of samples) {
    const cell = row[column];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    seen++;
    if (typeof cell === "string" && !/^[\s$€£R(),.\d-]+$/.test(cell)) text++;
  }
  return seen > 0 && text * 2 > seen;
}

/** Up to `count` rows from `from`, stopping at the first hole of a sparse grid. */
function rowsGiven(rows: Grid, from: number, count: number): Grid {
  const given: Grid[number][] = [];
  for (let r = from; r < rows.length && given.length < count; r++) {
    const row = rows[r];
    if (row === undefined) break;
    given.push(row);
  }
  return given;
}
