import type { Grid } from "../cell";
import type { Field } from "../fields";
import { detectColumns } from "./detectColumns";
import { isBlankRow } from "./rowKinds";

/** Fields of which a header row must name at least one: without money or age there is nothing to segment. */
const KEY_FIELDS: readonly Field[] = ["balance", "amount", "dueDate", "daysPastDue"];
/** How many fields a row must name to count as a header. */
const MIN_FIELDS = 2;

/**
 * The index of the header row: among the first `maxScan` rows, the one whose
 * cells name the most fields (ties: the earliest), provided it names at least
 * two and one of them is balance, amount, due date or days past due. Title rows
 * ("ACME Corp — Aged receivables as of 31/10/2026") and blank rows above the
 * header are skipped that way. -1 when no row qualifies.
 *
 * @example
 * findHeaderRow([["Aged receivables"], [], ["Customer", "Due date", "Balance"], ["ACME", 46112, 100]], {})
 * //=> 2
 */
export function findHeaderRow(rows: Grid, mapping: Partial<Record<Field, string>>, maxScan = 30): number {
  let bestRow = -1;
  let bestCount = MIN_FIELDS - 1;
  const last = Math.min(maxScan, rows.length);
  for (let r = 0; r < last; r++) {
    const row = rows[r];
    if (isBlankRow(row)) continue;
    const { columns } = detectColumns(row, mapping);
    if (!KEY_FIELDS.some((field) => columns[field] !== undefined)) continue;
    // Count columns, not fields: balance borrowed from the amount column is not a second match.
    const count = new Set(Object.values(columns)).size;
    if (count > bestCount) {
      bestRow = r;
      bestCount = count;
    }
  }
  return bestRow;
}
