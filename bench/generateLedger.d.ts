/** Types for generateLedger.js (plain JavaScript so the benchmarks run without a compiler). */
export type LedgerCell = string | number | Date;
export interface LedgerOptions {
  /** Data rows to produce (the header row comes on top). */
  readonly rows: number;
  /** PRNG seed; the same seed gives the same ledger. Default 42. */
  readonly seed?: number;
  /** The date the ledger is aged at, YYYY-MM-DD. Default 2025-06-30. */
  readonly asOf?: string;
  /** "serial": Excel serial numbers (as Excel hands values over); "date": Date objects (as ExcelJS reads); "text": every cell a string (as csv). */
  readonly dates?: "serial" | "date" | "text";
  /** Header names and text formats: en (ISO dates), es / pt (DD/MM/YYYY, 1.234,56). */
  readonly locale?: "en" | "es" | "pt";
}
export function ledgerRows(options: LedgerOptions): Generator<LedgerCell[]>;
export function generateLedger(options: LedgerOptions): LedgerCell[][];
export function ledgerCsvLines(options: LedgerOptions & { readonly delimiter?: string }): Generator<string>;
/** Writes a generated ledger of `rows` rows to a csv file. */
export function writeLedgerCsv(file: string, rows: number): void;
export const HEADERS: { readonly en: readonly string[]; readonly es: readonly string[]; readonly pt: readonly string[] };
