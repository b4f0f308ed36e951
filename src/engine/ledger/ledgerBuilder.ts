import { BLANK, INVALID, type CellValue, type Parsed } from "../cell";
import { cellAddress } from "../address";
import type { ColumnMap, Field, FieldType } from "../fields";
import type { EngineIssue } from "../issues";
import { parseAmountCell, parseDateCell, parseFlagCell, parseIntegerCell, textOf } from "../parse";
import { isBlankRow, isTotalRow } from "../columns";
import type { ExcludedRow } from "../segmentation";
import { NUMBER_FIELDS, TEXT_FIELDS, type Ledger, type NumberField, type TextField } from "./ledger";

type ConcreteDateOrder = "DMY" | "MDY" | "YMD";

export interface LedgerBuilderOptions {
  readonly sheet: string;
  readonly columns: ColumnMap;
  readonly headers: readonly string[];
  /** Day/month order of each date column's text dates. */
  readonly dateOrder: ConcreteDateOrder;
  readonly date1904: boolean;
  /** Sheet row and column of the first cell of the first pushed row. */
  readonly origin: { readonly top: number; readonly left: number };
  /** Extra (unmapped) columns that rules test: header → column index. */
  readonly extraColumns: ReadonlyMap<string, number>;
  readonly skipBadRows: boolean;
}

/** Words exports use for "no value"; read as blank rather than as a bad cell. */
const NULL_WORDS = new Set(["n/a", "na", "#n/a", "-", "--", "—", "–", "null", "none", "nil", "s/d", "n/d"]);

const NUMBER_TYPES: Readonly<Record<NumberField, FieldType>> = {
  balance: "amount",
  amount: "amount",
  invoiceDate: "date",
  dueDate: "date",
  paidDate: "date",
  daysPastDue: "integer",
  creditLimit: "amount",
  creditScore: "amount",
  promiseDate: "date",
  brokenPromises: "integer",
  customerSince: "date",
};

export const NO_CUSTOMER = "(no customer)";

/**
 * Builds a `Ledger` row by row. `add` returns an issue for a row with a cell it
 * cannot read (the caller decides whether to stop or skip); blank and total
 * rows are recorded as excluded.
 */
export class LedgerBuilder {
  private readonly sourceRow: number[] = [];
  private readonly customer: number[] = [];
  private readonly customerIds = new Map<string, number>();
  private readonly customerNames: string[] = [];
  private readonly numbers: Partial<Record<NumberField, number[]>> = {};
  private readonly texts: Partial<Record<TextField, string[]>> = {};
  private readonly disputed: number[] = [];
  private readonly extras = new Map<string, CellValue[]>();
  private readonly numberCols: { field: NumberField; col: number; parse: (v: CellValue) => Parsed<number> }[] = [];
  private readonly textCols: { field: TextField; col: number }[] = [];
  /** Parsed numbers of the row being added, reused so a row allocates nothing. */
  private readonly scratch: Float64Array;
  readonly excluded: ExcludedRow[] = [];
  readonly skipped: EngineIssue[] = [];

  constructor(private readonly options: LedgerBuilderOptions) {
    const { columns, dateOrder, date1904 } = options;
    for (const field of NUMBER_FIELDS) {
      const col = columns[field];
      if (col === undefined) continue;
      this.numbers[field] = [];
      const type = NUMBER_TYPES[field];
      const parse =
        type === "date"
          ? (v: CellValue) => parseDateCell(v, dateOrder, date1904)
          : type === "integer"
            ? parseIntegerCell
            : parseAmountCell;
      this.numberCols.push({ field, col, parse });
    }
    for (const field of TEXT_FIELDS) {
      const col = columns[field];
      if (col === undefined) continue;
      this.texts[field] = [];
      this.textCols.push({ field, col });
    }
    for (const header of options.extraColumns.keys()) this.extras.set(header, []);
    this.scratch = new Float64Array(this.numberCols.length);
  }

  /** Adds a data row; `index` is its position among all rows pushed. */
  add(row: readonly CellValue[], index: number): EngineIssue | undefined {
    if (isBlankRow(row)) {
      this.excluded.push({ row: index, reason: "blank" });
      return undefined;
    }
    if (isTotalRow(row, this.options.columns)) {
      this.excluded.push({ row: index, reason: "total" });
      return undefined;
    }
    const parsed = this.scratch;
    for (let k = 0; k < this.numberCols.length; k++) {
      const { field, col, parse } = this.numberCols[k];
      const cell = row[col];
      const value = parse(cell);
      if (value === BLANK) parsed[k] = NaN;
      else if (value === INVALID) {
        if (typeof cell === "string" && NULL_WORDS.has(cell.trim().toLowerCase())) parsed[k] = NaN;
        else {
          const issue = this.badCell(index, col, cell, NUMBER_TYPES[field]);
          if (this.options.skipBadRows) this.skipped.push(issue);
          return issue;
        }
      } else parsed[k] = value;
    }
    this.sourceRow.push(index);
    for (let k = 0; k < this.numberCols.length; k++) this.numbers[this.numberCols[k].field]!.push(parsed[k]);
    for (let k = 0; k < this.textCols.length; k++) {
      const { field, col } = this.textCols[k];
      this.texts[field]!.push(textOf(row[col]));
    }
    this.customer.push(this.customerId(row));
    const disputedCol = this.options.columns.disputed;
    if (disputedCol !== undefined) {
      const flag = parseFlagCell(row[disputedCol]);
      // A dispute column often holds the dispute's reason ("price difference"): any text that is not a "no" counts as disputed.
      this.disputed.push(flag === true || flag === INVALID ? 1 : 0);
    }
    for (const [header, col] of this.options.extraColumns) this.extras.get(header)!.push(row[col] ?? null);
    return undefined;
  }

  build(): Ledger {
    const has = new Set<Field>(Object.keys(this.options.columns) as Field[]);
    const n = this.sourceRow.length;
    return {
      rowCount: n,
      sourceRow: this.sourceRow,
      customer: Int32Array.from(this.customer),
      customerNames: this.customerNames,
      has,
      numbers: this.numbers,
      texts: this.texts,
      disputed: this.options.columns.disputed !== undefined ? Uint8Array.from(this.disputed) : new Uint8Array(n),
      extras: this.extras,
    };
  }

  private customerId(row: readonly CellValue[]): number {
    const col = this.options.columns.customer;
    const name = col === undefined ? NO_CUSTOMER : textOf(row[col]) || NO_CUSTOMER;
    let id = this.customerIds.get(name);
    if (id === undefined) {
      id = this.customerNames.length;
      this.customerIds.set(name, id);
      this.customerNames.push(name);
    }
    return id;
  }

  private badCell(index: number, col: number, cell: CellValue, expected: FieldType): EngineIssue {
    const { origin, sheet, headers } = this.options;
    return {
      kind: "badCell",
      sheet,
      cell: cellAddress(origin.top + index, origin.left + col),
      column: headers[col] ?? "",
      text: cell instanceof Date ? cell.toISOString() : String(cell),
      expected,
    };
  }
}
