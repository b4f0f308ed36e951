/**
 * The table a query reads: its columns by name (in order) with their types
 * when known, and which field each column is, read by the engine's own header
 * reading, so a table and a sheet with the same header are read the same way.
 */
import type { SegmentationConfig } from "../engine/config/schema";
import type { Field } from "../engine/fields";
import type { EngineIssue } from "../engine/issues";
import { fail, ok, type Result } from "../engine/result";
import { STATUS } from "../engine/parse/status";
import { OUTPUT_HEADERS } from "../engine/segmentation";
import { readSheetHeader } from "../engine/sheetHeader";

/**
 * What a column holds, as far as the query needs to know: unknown means "as
 * its field expects"; dateText and numberText are text columns known to hold
 * only ISO dates or plain numbers (and blanks), which are cast rather than parsed.
 */
export type ColumnKind = "text" | "number" | "date" | "boolean" | "dateText" | "numberText" | "unknown";

export interface SqlColumn {
  readonly name: string;
  readonly kind?: ColumnKind;
}

/** Where the rows come from: a table by its (possibly qualified) name, or SQL the caller built safely (a table function). */
export type SqlSource = { readonly kind: "table"; readonly name: readonly string[] } | { readonly kind: "sql"; readonly from: string };

export interface SqlTable {
  readonly source: SqlSource;
  readonly columns: readonly SqlColumn[];
}

/** The table's columns as the query reads them. */
export interface TableReading {
  /** Column index of each field the header maps. */
  readonly fields: Partial<Record<Field, number>>;
  /** Columns that rules test by header: header → column index. */
  readonly extras: ReadonlyMap<string, number>;
  /** The columns the query returns as they are (an earlier run's own output columns left out). */
  readonly passThrough: readonly number[];
  /** What "yes" means in a yes/no status column. */
  readonly statusYesIsPaid: boolean;
}

/**
 * Reads the table's column names as a sheet's header row. A table shaped as
 * an aging summary report (buckets as columns) is refused: the query reads
 * ledgers, one row per invoice.
 *
 * @example
 * readTable({ source, columns: [{ name: "Customer" }, { name: "Balance" }, { name: "Due Date" }] }, config).value.fields
 * //=> { customer: 0, balance: 1, dueDate: 2 }
 */
export function readTable(table: SqlTable, config: SegmentationConfig): Result<TableReading, EngineIssue> {
  const name = tableLabel(table);
  if (table.columns.length === 0) return fail({ kind: "noData", sheet: name });
  const read = readSheetHeader([table.columns.map((c) => c.name)], config, name);
  if (!read.ok) return read;
  const header = read.value;
  if (header.layout.kind === "agingSummary") return fail({ kind: "sqlUnsupported", feature: "agingSummary", table: name });
  const own = header.ownColumns;
  const passThrough = table.columns.map((_, i) => i).filter((i) => own === undefined || i < own || i >= own + OUTPUT_HEADERS.length);
  return ok({
    fields: header.detection.columns,
    extras: header.extras,
    passThrough,
    statusYesIsPaid: header.statusYes === STATUS.paid,
  });
}

/** The table's name as messages show it. */
export function tableLabel(table: SqlTable): string {
  return table.source.kind === "table" ? table.source.name.join(".") : "input";
}
