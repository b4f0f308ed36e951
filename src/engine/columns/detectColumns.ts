import type { CellValue } from "../cell";
import { FIELDS } from "../fields";
import type { ColumnMap, Field } from "../fields";
import { foldText } from "../parse/normalize";
import { textOf } from "../parse/text";
import { candidatesFor } from "./headerMatch";
import { SYNONYMS } from "./synonyms";

/** How the columns of a header row map to fields. */
export interface ColumnDetection {
  /** Field → 0-based column index. `balance` may share the `amount` column (see detectColumns). */
  readonly columns: ColumnMap;
  /** The text of each header cell (see textOf). */
  readonly headers: readonly string[];
  /** Indexes of the columns mapped to no field, left to right. */
  readonly kept: readonly number[];
  /** Explicit mappings whose header is not in the row. */
  readonly unmatchedMappings: readonly { readonly field: Field; readonly header: string }[];
}

/** Header texts longer than this are not compared with the synonyms. */
const MAX_HEADER_LENGTH = 256;

/**
 * Maps a header row's columns to fields.
 *
 * 1. Explicit mappings come first: a field mapped to a header text takes the
 *    leftmost column whose header folds to the same text (case, accents and
 *    punctuation ignored). A mapping to a header that is not in the row is
 *    reported in `unmatchedMappings` and the field stays unmapped (a guess would
 *    hide the mistake). A mapping to "" means "this sheet has no such column".
 * 2. The other columns are matched by synonym (see headerMatch): the best
 *    (column, field) score is assigned first, ties to the leftmost column, until
 *    each column has at most one field and each field at most one column.
 * 3. A sheet with one money column usually calls it "Amount": when no balance
 *    column is found (and balance is not explicitly mapped) but an amount column
 *    is, that column is the balance too, so `columns.balance === columns.amount`.
 *
 * @example
 * detectColumns(["Customer", "Invoice Date", "Amount Due"], {}).columns
 * //=> { customer: 0, invoiceDate: 1, balance: 2 }
 */
export function detectColumns(headerRow: readonly CellValue[], mapping: Partial<Record<Field, string>>): ColumnDetection {
  const headers = headerRow.map(textOf);
  // No header runs to hundreds of characters; a long cell (a note of megabytes, while scanning for the header) names nothing.
  const folded = headers.map((header) => (header.length > MAX_HEADER_LENGTH ? "" : foldText(header)));
  const columns: Partial<Record<Field, number>> = {};
  const taken = new Set<number>();
  const decided = new Set<Field>();
  const unmatchedMappings: { field: Field; header: string }[] = [];

  for (const field of FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    decided.add(field);
    const wanted = foldText(header);
    if (wanted === "") continue;
    const index = folded.findIndex((h, i) => h === wanted && !taken.has(i));
    if (index < 0) unmatchedMappings.push({ field, header });
    else {
      columns[field] = index;
      taken.add(index);
    }
  }

  const candidates: { column: number; field: Field; score: number; rank: number }[] = [];
  folded.forEach((header, column) => {
    if (taken.has(column)) return;
    candidatesFor(header).forEach(({ field, score }, rank) => {
      if (!decided.has(field)) candidates.push({ column, field, score, rank });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || a.rank - b.rank);
  for (const { column, field } of candidates) {
    if (taken.has(column) || columns[field] !== undefined) continue;
    columns[field] = column;
    taken.add(column);
  }

  if (columns.balance === undefined && !decided.has("balance") && columns.amount !== undefined) {
    columns.balance = columns.amount;
  }
  const kept = headers.map((_, i) => i).filter((i) => !taken.has(i));
  return { columns, headers, kept, unmatchedMappings };
}

/**
 * The header names tried for a field, as a person writes them, for messages
 * such as "no Due date column; tried: due date, vencimiento, …".
 *
 * @example synonymsOf("currency").slice(0, 3) //=> ["currency", "curr", "ccy"]
 */
export function synonymsOf(field: Field): readonly string[] {
  return SYNONYMS[field];
}
