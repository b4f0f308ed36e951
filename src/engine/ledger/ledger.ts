import type { CellValue } from "../cell";
import type { Field } from "../fields";
import type { Codes, NumberArray, TextCodes } from "./columns";

/**
 * A parsed ledger, one array per field (column-oriented: a million rows stay
 * compact and every derivation is a tight loop). Dates are Excel 1900-system
 * day serials; a missing number or date is NaN; a missing text is "".
 */
export interface Ledger {
  readonly rowCount: number;
  /** Index (among the rows pushed to the segmenter) of each ledger row. */
  readonly sourceRow: Int32Array;
  /** Customer number of each row, into `customerNames`. */
  readonly customer: Codes;
  readonly customerNames: readonly string[];
  /** Which fields the sheet has. */
  readonly has: ReadonlySet<Field>;
  /** The number and date columns the configuration reads (see `LedgerBuilderOptions.keepNumbers`). */
  readonly numbers: Readonly<Partial<Record<NumberField, NumberArray>>>;
  /** The text columns the configuration reads (see `LedgerBuilderOptions.keepTexts`). */
  readonly texts: Readonly<Partial<Record<TextField, TextCodes>>>;
  readonly disputed: Uint8Array;
  /** What the status or document-type column says of each row (see `STATUS`); undefined when the sheet has neither. */
  readonly status: Uint8Array | undefined;
  /** 1 when the row has a phone or an e-mail; undefined when the sheet has neither column. */
  readonly contact: Uint8Array | undefined;
  /** Other columns a rule tests, by header. */
  readonly extras: ReadonlyMap<string, readonly CellValue[]>;
}

export type NumberField =
  | "balance"
  | "amount"
  | "invoiceDate"
  | "dueDate"
  | "paidDate"
  | "daysPastDue"
  | "creditLimit"
  | "creditScore"
  | "promiseDate"
  | "brokenPromises"
  | "customerSince";

export type TextField = "invoice" | "riskClass" | "phone" | "email" | "industry" | "currency";

export const NUMBER_FIELDS: readonly NumberField[] = [
  "balance",
  "amount",
  "invoiceDate",
  "dueDate",
  "paidDate",
  "daysPastDue",
  "creditLimit",
  "creditScore",
  "promiseDate",
  "brokenPromises",
  "customerSince",
];

export const TEXT_FIELDS: readonly TextField[] = ["invoice", "riskClass", "phone", "email", "industry", "currency"];
