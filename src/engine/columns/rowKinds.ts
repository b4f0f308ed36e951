import { isBlankCell } from "../cell";
import type { CellValue } from "../cell";
import type { ColumnMap } from "../fields";
import { foldText } from "../parse/normalize";

/**
 * True when every cell of the row is empty or blank text.
 * @example isBlankRow(["", null, "  "]) //=> true
 */
export function isBlankRow(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** Words that open or close the label of a total line, folded. */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "grand total",
  "subtotal",
  "sub total",
  "total general",
  "totales",
  "total geral",
  "totais",
  "suma",
  "sum",
  "soma",
]);

/** "Total", "Grand total ACME", "ACME Corp Total", "Totales:" — but not "Totalmente". */
function readsLikeTotal(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const words = foldText(value).split(" ");
  const n = words.length;
  const head = words[0];
  const tail = words[n - 1];
  return (
    TOTAL_WORDS.has(head) ||
    TOTAL_WORDS.has(tail) ||
    (n >= 2 && (TOTAL_WORDS.has(`${head} ${words[1]}`) || TOTAL_WORDS.has(`${words[n - 2]} ${tail}`)))
  );
}

/** The column whose cell labels the row as a total: customer, invoice, else the first text cell; -1 if none. */
function totalLabelColumn(row: readonly CellValue[], columns: ColumnMap): number {
  if (columns.customer !== undefined && readsLikeTotal(row[columns.customer])) return columns.customer;
  if (columns.invoice !== undefined && readsLikeTotal(row[columns.invoice])) return columns.invoice;
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (typeof value === "string" && value.trim() !== "") return readsLikeTotal(value) ? i : -1;
  }
  return -1;
}

const blankAt = (row: readonly CellValue[], column: number | undefined): boolean => column === undefined || isBlankCell(row[column]);

/**
 * True for a total or subtotal line of an export: its customer, invoice or first
 * text cell reads like total / grand total / subtotal / total general / totales /
 * total geral / suma / sum (first or last words), and it has neither a due date
 * nor an invoice number (other than the label itself). A column the sheet does
 * not have counts as empty. "Total Logistics Ltd" with an invoice number or a
 * due date is a customer, not a total: dropping a real invoice would be worse
 * than keeping a total.
 *
 * @example isTotalRow(["Grand total", "", "", 15000], { customer: 0, invoice: 1, dueDate: 2 }) //=> true
 * @example isTotalRow(["Total Logistics Ltd", "INV-7", 46112, 900], { customer: 0, invoice: 1, dueDate: 2 }) //=> false
 */
export function isTotalRow(row: readonly CellValue[], columns: ColumnMap): boolean {
  // Cheap test first: nearly every data row has a due date, and a total line never does.
  if (!blankAt(row, columns.dueDate)) return false;
  const label = totalLabelColumn(row, columns);
  if (label < 0) return false;
  const noInvoice = columns.invoice === label || blankAt(row, columns.invoice);
  return noInvoice && blankAt(row, columns.dueDate);
}
