import type { Grid } from "../cell";
import type { Field } from "../fields";
import { bucketColumns } from "./agingBuckets";
import { detectColumns } from "./detectColumns";
import { isBlankRow } from "./rowKinds";

/** Fields of which a header row must name at least one: without money or age there is nothing to segment. */
const KEY_FIELDS: readonly Field[] = ["balance", "amount", "dueDate", "daysPastDue"];
/** How many columns a row must name to count as a header. */
const MIN_COLUMNS = 2;
/** How many rows are looked at for the header. */
export const HEADER_SCAN = 30;

/** Where the header row is, or the row that came nearest and what it named. */
export interface HeaderSearch {
  /** Index of the header row among the rows looked at; -1 when none qualifies. */
  readonly row: number;
  readonly scanned: number;
  /** With no header: the row that named the most columns (each column and the field it names), if any did. */
  readonly nearest?: {
    readonly row: number;
    readonly named: readonly { readonly column: number; readonly field: Field | "agingBucket" }[];
  };
}

/**
 * Looks for the header row among the first `maxScan` rows: the one whose cells
 * name the most columns (ties: the earliest), provided it names at least two
 * and one of them is money (balance, amount) or age (due date, days past due,
 * or the bucket columns of an aging summary). Title rows ("ACME Corp — Aged
 * receivables as of 31/10/2026") and blank rows above the header are skipped.
 *
 * @example
 * searchHeaderRow([["Aged receivables"], [], ["Customer", "Due date", "Balance"], ["ACME", 46112, 100]], {}).row
 * //=> 2
 */
export function searchHeaderRow(rows: Grid, mapping: Partial<Record<Field, string>>, maxScan = HEADER_SCAN): HeaderSearch {
  let best = -1;
  let bestCount = MIN_COLUMNS - 1;
  let nearest: HeaderSearch["nearest"];
  const last = Math.min(maxScan, rows.length);
  for (let r = 0; r < last; r++) {
    const row = rows[r];
    // A hole (a row not given, of a region held elsewhere) is read as blank.
    if (row === undefined || isBlankRow(row)) continue;
    const { columns } = detectColumns(row, mapping);
    const buckets = bucketColumns(row);
    // Count columns, not fields: balance borrowed from the amount column is not a second match.
    const named = [
      ...[...new Map(Object.entries(columns).map(([field, column]) => [column, field as Field])).entries()].map(([column, field]) => ({
        column,
        field,
      })),
      ...buckets.map((b) => ({ column: b.column, field: "agingBucket" as const })),
    ].sort((a, b) => a.column - b.column);
    if (named.length > (nearest?.named.length ?? 0)) nearest = { row: r, named };
    const hasKey = KEY_FIELDS.some((field) => columns[field] !== undefined) || buckets.length > 0;
    if (hasKey && named.length > bestCount) {
      best = r;
      bestCount = named.length;
    }
  }
  return best >= 0 ? { row: best, scanned: last } : { row: -1, scanned: last, nearest };
}

/**
 * The index of the header row (see searchHeaderRow), or -1 when no row qualifies.
 *
 * @example
 * findHeaderRow([["Aged receivables"], [], ["Customer", "Due date", "Balance"], ["ACME", 46112, 100]], {})
 * //=> 2
 */
export function findHeaderRow(rows: Grid, mapping: Partial<Record<Field, string>>, maxScan = HEADER_SCAN): number {
  return searchHeaderRow(rows, mapping, maxScan).row;
}
