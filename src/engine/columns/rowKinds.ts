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
export const TOTAL_WORDS: ReadonlySet<string> = new Set([
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

/** "Total", "Grand total ACME", "ACME Corp Total", "Total for ACME", "Totales:" — but not "Totalmente". */
export function readsLikeTotal(value: CellValue): boolean {
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
 * than keeping a total. A line with an amount and nothing to name it (no
 * customer, invoice, due date or invoice date) is a total too.
 *
 * @example isTotalRow(["Grand total", "", "", 15000], { customer: 0, invoice: 1, dueDate: 2 }) //=> true
 * @example isTotalRow(["Total Logistics Ltd", "INV-7", 46112, 900], { customer: 0, invoice: 1, dueDate: 2 }) //=> false
 */
export function isTotalRow(row: readonly CellValue[], columns: ColumnMap): boolean {
  // Cheap test first: nearly every data row has a due date, and a total line never does.
  if (!blankAt(row, columns.dueDate)) return false;
  const label = totalLabelColumn(row, columns);
  if (label < 0) return isUnlabelledTotal(row, columns);
  const noInvoice = columns.invoice === label || blankAt(row, columns.invoice);
  return noInvoice && blankAt(row, columns.dueDate);
}

/**
 * The total line a list export (SAP's ALV) ends with, labelled by nothing: an
 * amount, and no customer, invoice, due date or invoice date. Only where the
 * sheet has a customer or invoice column, so that the rows could name one.
 */
function isUnlabelledTotal(row: readonly CellValue[], columns: ColumnMap): boolean {
  if (columns.customer === undefined && columns.invoice === undefined) return false;
  const money = !blankAt(row, columns.balance) || !blankAt(row, columns.amount);
  return money && blankAt(row, columns.customer) && blankAt(row, columns.invoice) && blankAt(row, columns.invoiceDate);
}

/** The columns that make a row an item: money, a date that ages it, days past due, the bucket amounts of an aging summary. */
export interface ItemColumns {
  readonly columns: ColumnMap;
  readonly buckets: readonly number[];
}

/**
 * True for a section heading, footer or note of a report: a row that is not
 * blank but has nothing in any money, due-date, days-past-due or bucket
 * column ("Current", "1 - 30 days past due", a customer's name above its
 * invoices, "Accrual basis", a printed timestamp). Such a row is no item.
 *
 * @example isHeadingRow(["ACME Ltd", "", "", ""], { columns: { customer: 0, dueDate: 2, balance: 3 }, buckets: [] }) //=> true
 */
export function isHeadingRow(row: readonly CellValue[], item: ItemColumns): boolean {
  const { columns, buckets } = item;
  if (!blankAt(row, columns.balance) || !blankAt(row, columns.amount)) return false;
  if (!blankAt(row, columns.dueDate) || !blankAt(row, columns.daysPastDue)) return false;
  for (let k = 0; k < buckets.length; k++) if (!isBlankCell(row[buckets[k]])) return false;
  return columns.balance !== undefined || columns.amount !== undefined || buckets.length > 0;
}

/** Words of report headings and footers that never name a customer. */
const NOT_A_NAME = /^(accrual basis|cash basis|base de caja|base devengado|regime de caixa|regime de competencia|page \d+|pagina \d+)/;

/**
 * The customer a heading row names, to carry down to the invoice rows under it
 * that name none (Xero's and QuickBooks' detail reports): its only filled cell,
 * when that is text and reads as neither an aging bucket ("Current", "91 or
 * more days past due"), a date or timestamp, nor a report note.
 *
 * @example headingCustomer(["ACME Ltd", "", ""]) //=> "ACME Ltd"
 * @example headingCustomer(["1 - 30 days past due", "", ""]) //=> undefined
 */
export function headingCustomer(
  row: readonly CellValue[],
  isBucket: (text: string) => boolean,
  isDate: (text: string) => boolean,
): string | undefined {
  let text: string | undefined;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string" || text !== undefined) return undefined;
    text = cell.trim();
  }
  if (text === undefined || readsLikeTotal(text) || isBucket(text) || isDate(text)) return undefined;
  return NOT_A_NAME.test(foldText(text)) ? undefined : text;
}
