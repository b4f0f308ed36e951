/**
 * Small hand-made ledgers for adapter and contract tests: a header row and
 * one row per entry, every field defaulted so a test names only what matters.
 *
 * @example
 * ledgerGrid([{ customer: "Acme", balance: 500, dueDate: "2025-05-01" }])
 * //=> [["Customer","Invoice","Invoice Date","Due Date","Amount","Open Balance"], ["Acme","INV-1001",45748,45778,500,500]]
 */
import type { CellValue } from "../../src/engine/cell";

export interface LedgerRow {
  readonly customer: string;
  readonly invoice: string;
  /** Dates as YYYY-MM-DD; `ledgerGrid` turns them into serials, text or Date objects. */
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly amount: number;
  readonly balance: number;
  readonly paidDate: string;
  readonly creditLimit: number;
  readonly riskClass: string;
  readonly disputed: string;
  readonly promiseDate: string;
  readonly phone: string;
  readonly email: string;
  readonly industry: string;
  readonly currency: string;
}

export type LedgerField = keyof LedgerRow;

export const LEDGER_HEADERS: Readonly<Record<LedgerField, string>> = {
  customer: "Customer",
  invoice: "Invoice",
  invoiceDate: "Invoice Date",
  dueDate: "Due Date",
  amount: "Amount",
  balance: "Open Balance",
  paidDate: "Paid Date",
  creditLimit: "Credit Limit",
  riskClass: "Risk Class",
  disputed: "Disputed",
  promiseDate: "Promise Date",
  phone: "Phone",
  email: "E-mail",
  industry: "Industry",
  currency: "Currency",
};

const BASE_FIELDS: readonly LedgerField[] = ["customer", "invoice", "invoiceDate", "dueDate", "amount", "balance"];
const DATE_FIELDS = new Set<LedgerField>(["invoiceDate", "dueDate", "paidDate", "promiseDate"]);

export interface LedgerGridOptions {
  /** Columns in order; default: the six base fields plus any other field a row sets. */
  readonly columns?: readonly LedgerField[];
  /** How dates are written: Excel serials (as Office.js hands them over), ISO text, or Date objects (as ExcelJS reads). */
  readonly dates?: "serial" | "iso" | "date";
  /** Rows placed above the header (a title block). */
  readonly titleRows?: readonly (readonly CellValue[])[];
}

/** Excel serial of an ISO date (1900 system, dates after 1900-03-01). */
export function serialOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

function dateCell(iso: string, mode: LedgerGridOptions["dates"]): CellValue {
  if (mode === "iso") return iso;
  if (mode === "date") {
    const [y, m, d] = iso.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return serialOf(iso);
}

function withDefaults(row: Partial<LedgerRow>, i: number): Partial<LedgerRow> {
  const amount = row.amount ?? 1000;
  return {
    customer: `Customer ${i + 1}`,
    invoice: `INV-${1001 + i}`,
    invoiceDate: "2025-04-01",
    dueDate: "2025-05-01",
    amount,
    balance: amount,
    ...row,
  };
}

export function ledgerGrid(rows: readonly Partial<LedgerRow>[], options: LedgerGridOptions = {}): CellValue[][] {
  const extra = new Set<LedgerField>();
  for (const r of rows) for (const k of Object.keys(r) as LedgerField[]) if (!BASE_FIELDS.includes(k)) extra.add(k);
  const columns = options.columns ?? [...BASE_FIELDS, ...(Object.keys(LEDGER_HEADERS) as LedgerField[]).filter((k) => extra.has(k))];
  const header: CellValue[] = columns.map((c) => LEDGER_HEADERS[c]);
  const body = rows.map((r, i) => {
    const full = withDefaults(r, i);
    return columns.map((c): CellValue => {
      const v = full[c];
      if (v === undefined) return "";
      return DATE_FIELDS.has(c) && typeof v === "string" && v !== "" ? dateCell(v, options.dates ?? "serial") : v;
    });
  });
  const width = columns.length;
  const title = (options.titleRows ?? []).map((r) => [...r, ...Array<CellValue>(Math.max(0, width - r.length)).fill("")]);
  return [...title, header, ...body];
}
