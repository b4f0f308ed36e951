import type { CellValue } from "../cell";
import type { Codes, NumberArray, TextCodes } from "../ledger/columns";
import type { Ledger, NumberField, TextField } from "../ledger/ledger";
import { STATUS } from "../parse/status";

/** Why rows the ledger holds were left out of the ledger as known at a date (each a count). */
export interface LeftOut {
  /** No invoice date: the ledger does not say whether the invoice existed at the date. */
  readonly undated: number;
  /** Paid (a paid status, or a zero balance) with no paid date: paid on a day the ledger does not give. */
  readonly paidOnUnknownDay: number;
  /** Open at the date, but with no amount to know what was owed then (no amount, and a zero or blank balance). */
  readonly noAmount: number;
}

/** The ledger as it was known at a date, with the row of the full ledger each of its rows comes from. */
export interface KnownLedger {
  readonly ledger: Ledger;
  /** Row of the full ledger of each row of `ledger`. */
  readonly fullRow: Int32Array;
  readonly leftOut: LeftOut;
}

/** Columns that hold only their value on the day of the export, with no date: never read as known at an earlier date. */
const UNDATED_TODAY: readonly NumberField[] = ["daysPastDue", "brokenPromises"];

const NONE: NumberArray = new Float64Array(0);

/**
 * The ledger as it was known at `date` (a day serial), built from the full ledger:
 * - rows dated (invoice date) after the date are left out, and so are rows with no
 *   invoice date, rows paid on a day the ledger does not give, and open rows with no
 *   amount known;
 * - a paid date after the date is blank, and such a row's paid status is forgotten: it was open then;
 * - an open row's balance is its invoice amount (a part payment the ledger does not date is not known then),
 *   or its balance when the ledger has no amount;
 * - a promise date after the date is blank (the ledger does not say when a promise was made), and the
 *   sheet's days-past-due and broken-promise counts, which hold the export day's values, are not read.
 * Customer numbers are those of the customers with a row left, in order of their first row.
 *
 * @example
 * const known = ledgerAsKnownAt(ledger, serialFromIso("2013-03-31")!);
 * known.ledger.rowCount //=> the invoices dated on or before 31 March 2013
 */
export function ledgerAsKnownAt(ledger: Ledger, date: number): KnownLedger {
  const n = ledger.rowCount;
  const nums = ledger.numbers;
  const invoiceDate = nums.invoiceDate ?? NONE;
  const paidDate = nums.paidDate ?? NONE;
  const amount = nums.amount ?? NONE;
  const balance = nums.balance ?? NONE;
  const status = ledger.status;
  const keep = new Int32Array(n);
  const value = new Float64Array(n);
  let kept = 0;
  let undated = 0;
  let paidOnUnknownDay = 0;
  let noAmount = 0;
  for (let i = 0; i < n; i++) {
    const issued = invoiceDate.length > 0 ? invoiceDate[i] : NaN;
    if (issued !== issued) {
      undated++;
      continue;
    }
    if (issued > date) continue;
    const paid = paidDate.length > 0 ? paidDate[i] : NaN;
    const b = balance.length > 0 ? balance[i] : NaN;
    if (paid !== paid && ((status !== undefined && status[i] === STATUS.paid) || b === 0)) {
      paidOnUnknownDay++;
      continue;
    }
    const a = amount.length > 0 ? amount[i] : NaN;
    const owed = a === a ? a : b;
    if (!(paid <= date) && (owed !== owed || owed === 0)) {
      noAmount++;
      continue;
    }
    value[kept] = paid <= date ? b : owed;
    keep[kept++] = i;
  }
  const rows = keep.slice(0, kept);
  const numbers: Partial<Record<NumberField, NumberArray>> = {};
  for (const [field, values] of Object.entries(nums) as [NumberField, NumberArray][]) {
    if (!UNDATED_TODAY.includes(field)) numbers[field] = pick(values, rows);
  }
  if (numbers.paidDate) blankAfter(numbers.paidDate, date);
  if (numbers.promiseDate) blankAfter(numbers.promiseDate, date);
  // The open balance derive() reads is the balance column, else the amount (then already the value owed).
  if (numbers.balance) numbers.balance = value.slice(0, kept);
  let knownStatus: Uint8Array | undefined;
  if (status) {
    knownStatus = pick(status, rows);
    const paidAt = numbers.paidDate ?? NONE;
    // Paid after the date: whatever the status says today, it was open then.
    for (let k = 0; k < kept; k++) if (knownStatus[k] === STATUS.paid && !(paidAt[k] <= date)) knownStatus[k] = STATUS.none;
  }
  const customers = renumberCustomers(ledger, rows);
  const has = new Set(ledger.has);
  for (const field of UNDATED_TODAY) has.delete(field);
  const texts: Partial<Record<TextField, TextCodes>> = {};
  for (const [field, column] of Object.entries(ledger.texts) as [TextField, TextCodes][]) {
    texts[field] = { codes: pick(column.codes, rows), dictionary: column.dictionary };
  }
  const extras = new Map<string, readonly CellValue[]>();
  for (const [header, cells] of ledger.extras)
    extras.set(
      header,
      Array.from(rows, (i) => cells[i]),
    );
  return {
    ledger: {
      rowCount: kept,
      sourceRow: pick(ledger.sourceRow, rows),
      customer: customers.codes,
      customerNames: customers.names,
      has,
      numbers,
      texts,
      disputed: pick(ledger.disputed, rows),
      status: knownStatus,
      contact: ledger.contact && pick(ledger.contact, rows),
      extras,
    },
    fullRow: rows,
    leftOut: { undated, paidOnUnknownDay, noAmount },
  };
}

type Picked = NumberArray | Codes | Int32Array | Uint8Array;

/** The values of `values` at `rows`, in an array of the same kind. */
function pick<A extends Picked>(values: A, rows: Int32Array): A {
  const out = new (values.constructor as new (length: number) => A)(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = values[rows[k]];
  return out;
}

function blankAfter(dates: NumberArray, date: number): void {
  for (let k = 0; k < dates.length; k++) if (dates[k] > date) dates[k] = NaN;
}

/** Customer numbers for the rows kept: a customer with no row left is not a customer at the date. */
function renumberCustomers(ledger: Ledger, rows: Int32Array): { codes: Int32Array; names: string[] } {
  const next = new Int32Array(ledger.customerNames.length).fill(-1);
  const names: string[] = [];
  const codes = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const old = ledger.customer[rows[k]];
    if (next[old] < 0) {
      next[old] = names.length;
      names.push(ledger.customerNames[old]);
    }
    codes[k] = next[old];
  }
  return { codes, names };
}
