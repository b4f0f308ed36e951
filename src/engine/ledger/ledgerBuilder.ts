import { BLANK, INVALID, isBlankCell, type CellValue } from "../cell";
import { cellAddress } from "../address";
import type { ColumnMap, Field, FieldType } from "../fields";
import type { EngineIssue } from "../issues";
// Imported from their modules, not the folder index: the index's re-export getters cost a call per cell.
import { amountOutOfRange, MAX_AMOUNT, parseAmountCell } from "../parse/amounts";
import { isNoValueText, spreadsheetError } from "../parse/cellWords";
import { parseDateCell } from "../parse/dates";
import { parseFlagCell } from "../parse/flags";
import { parseIntegerCell } from "../parse/integers";
import { STATUS, parseStatusCell } from "../parse/status";
import { textOf } from "../parse/text";
import { headingCustomer, isBlankRow, isHeadingRow, isTotalRow, type ItemColumns } from "../columns/rowKinds";
import { readBucket, type BucketColumn } from "../columns/agingBuckets";
import { serialFromDateText } from "../parse/dateText";
import type { ExcludedRow } from "../segmentation";
import {
  amountColumn,
  dayColumn,
  flagColumn,
  intColumn,
  TextColumn,
  type GrowableColumn,
  type NumberArray,
  type NumberColumn,
} from "./columns";
import { NUMBER_FIELDS, TEXT_FIELDS, type Ledger, type NumberField, type TextField } from "./ledger";

type ConcreteDateOrder = "DMY" | "MDY" | "YMD";

export interface LedgerBuilderOptions {
  readonly sheet: string;
  readonly columns: ColumnMap;
  readonly headers: readonly string[];
  /** Day/month order of the text dates. */
  readonly dateOrder: ConcreteDateOrder;
  readonly date1904: boolean;
  /** Sheet row and column of the first cell of the first pushed row. */
  readonly origin: { readonly top: number; readonly left: number };
  /** Extra (unmapped) columns that rules test: header → column index. */
  readonly extraColumns: ReadonlyMap<string, number>;
  readonly skipBadRows: boolean;
  /** Expected number of rows, when known, so columns are sized once. */
  readonly capacity?: number;
  /** Text columns to keep: only those a rule, the score card or the summary reads (a million strings each otherwise). */
  readonly keepTexts: ReadonlySet<TextField>;
  /** Number and date columns to parse: only those the configuration reads (see `numbersRead`); the others are kept as found. */
  readonly keepNumbers: ReadonlySet<NumberField>;
  /** The bucket columns of an aging summary: each row's days past due and (without a total) balance come from them. */
  readonly buckets?: readonly BucketColumn[];
  /** What "yes" means in a yes/no status column (`isOpen` 1 = open; `Paid` yes = paid). */
  readonly statusYes?: typeof STATUS.open | typeof STATUS.paid;
}

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

/** A "no value" word ("n/a", "-", "none"): read as blank, never as a bad cell. */
function isNullWord(cell: CellValue): boolean {
  return typeof cell === "string" && isNoValueText(cell);
}

const isBucketHeading = (text: string): boolean => readBucket(text) !== undefined;
const isDateText = (text: string): boolean => serialFromDateText(text, "MDY") > 0 || serialFromDateText(text, "DMY") > 0;

interface NumberSource {
  readonly field: NumberField;
  readonly col: number;
  readonly type: FieldType;
  readonly out: NumberColumn;
}

/**
 * Builds a `Ledger` from chunks of rows. Each chunk is parsed column by
 * column (one parser per loop, so the hot loops stay monomorphic); blank and
 * total rows are recorded as excluded, and a row with a cell that cannot be
 * read is either the issue returned or, with skipBadRows, reported and left out.
 */
export class LedgerBuilder {
  private readonly sourceRow: GrowableColumn<Int32Array>;
  /** Customers interned like any text column: the codes are the customer numbers. */
  private readonly customers: TextColumn;
  private readonly numberSources: NumberSource[] = [];
  private readonly texts: Partial<Record<TextField, TextColumn>> = {};
  /** Text and extra columns as flat lists, so filling them does no keyed lookups. */
  private readonly textSources: { readonly col: number; readonly out: TextColumn }[] = [];
  private readonly extraSources: { readonly col: number; readonly out: CellValue[] }[] = [];
  private readonly disputed: GrowableColumn<Uint8Array> | undefined;
  private readonly contact: GrowableColumn<Uint8Array> | undefined;
  private readonly contactColumns: readonly number[];
  private readonly extras = new Map<string, CellValue[]>();
  private readonly status: GrowableColumn<Uint8Array> | undefined;
  private readonly bucketDays: NumberColumn | undefined;
  private readonly itemColumns: ItemColumns;
  /** The customer a section heading named, carried down to the rows under it that name none. */
  private carried: string | undefined;
  readonly excluded: ExcludedRow[] = [];
  readonly skipped: EngineIssue[] = [];
  /** Rows whose customer came from the heading above them. */
  carriedRows = 0;
  /** Status and document-type texts that say nothing known, with how many rows hold each. */
  readonly unknownStatus = new Map<string, number>();

  constructor(private readonly options: LedgerBuilderOptions) {
    const capacity = options.capacity ?? 1024;
    this.sourceRow = intColumn(capacity);
    this.customers = new TextColumn(capacity, true);
    const buckets = options.buckets ?? [];
    this.itemColumns = { columns: options.columns, buckets: buckets.map((b) => b.column) };
    if (buckets.length > 0) this.bucketDays = dayColumn(capacity);
    for (const field of NUMBER_FIELDS) {
      const col = options.columns[field];
      if (col === undefined || !options.keepNumbers.has(field)) continue;
      const type = NUMBER_TYPES[field];
      this.numberSources.push({ field, col, type, out: type === "amount" ? amountColumn(capacity) : dayColumn(capacity) });
    }
    for (const field of TEXT_FIELDS) {
      const col = options.columns[field];
      if (col === undefined || !options.keepTexts.has(field)) continue;
      const out = new TextColumn(capacity);
      this.texts[field] = out;
      this.textSources.push({ col, out });
    }
    const hasStatus = options.columns.status !== undefined || options.columns.documentType !== undefined;
    this.status = hasStatus ? flagColumn(capacity) : undefined;
    this.disputed = options.columns.disputed !== undefined || hasStatus ? flagColumn(capacity) : undefined;
    this.contactColumns = [options.columns.phone, options.columns.email].filter((c): c is number => c !== undefined);
    this.contact = this.contactColumns.length > 0 ? flagColumn(capacity) : undefined;
    for (const [header, col] of options.extraColumns) {
      const out: CellValue[] = [];
      this.extras.set(header, out);
      this.extraSources.push({ col, out });
    }
  }

  /**
   * Adds a chunk of data rows; `firstIndex` is the position of rows[0] among
   * all rows pushed. Returns the first bad cell's issue unless skipBadRows.
   */
  addChunk(rows: readonly (readonly CellValue[])[], firstIndex: number): EngineIssue | undefined {
    let kept: number[] = [];
    const customers: (string | undefined)[] = [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (isBlankRow(row)) this.excluded.push({ row: firstIndex + r, reason: "blank" });
      else if (isTotalRow(row, this.options.columns)) {
        this.excluded.push({ row: firstIndex + r, reason: "total" });
        this.carried = undefined;
      } else if (isHeadingRow(row, this.itemColumns)) {
        this.excluded.push({ row: firstIndex + r, reason: "heading" });
        const named = headingCustomer(row, isBucketHeading, isDateText);
        if (named !== undefined) this.carried = named;
      } else {
        kept.push(r);
        customers.push(this.carried);
      }
    }
    const start = this.sourceRow.length;
    const bad = this.parseNumbers(rows, kept);
    if (bad) {
      if (!this.options.skipBadRows) return this.firstBadCell(rows[bad[0]], firstIndex + bad[0]);
      // Rare: report the rows with bad cells (in row order), then parse the chunk again without them.
      const badRows = new Set(bad);
      for (const r of bad) this.skipped.push(this.firstBadCell(rows[r], firstIndex + r));
      const stays = kept.map((r) => !badRows.has(r));
      kept = kept.filter((_, k) => stays[k]);
      customers.splice(0, customers.length, ...customers.filter((_, k) => stays[k]));
      for (const source of this.numberSources) source.out.length = start;
      if (this.bucketDays) this.bucketDays.length = start;
      this.parseNumbers(rows, kept);
    }
    this.addTexts(rows, kept, firstIndex, customers);
    return undefined;
  }

  build(): Ledger {
    const has = new Set<Field>(Object.keys(this.options.columns) as Field[]);
    const numbers: Partial<Record<NumberField, NumberArray>> = {};
    for (const source of this.numberSources) numbers[source.field] = source.out.values();
    if (this.bucketDays) {
      numbers.daysPastDue = this.bucketDays.values();
      has.add("daysPastDue");
    }
    const n = this.sourceRow.length;
    const customers = this.customers.values();
    return {
      rowCount: n,
      sourceRow: this.sourceRow.values(),
      customer: customers.codes,
      customerNames: customers.dictionary,
      has,
      numbers,
      texts: Object.fromEntries(Object.entries(this.texts).map(([field, column]) => [field, column.values()])),
      disputed: this.disputed ? this.disputed.values() : new Uint8Array(n),
      status: this.status?.values(),
      contact: this.contact?.values(),
      extras: this.extras,
    };
  }

  /** Parses every number column of the kept rows onto the columns; returns the rows (chunk positions) with a bad cell. */
  private parseNumbers(rows: readonly (readonly CellValue[])[], kept: readonly number[]): number[] | undefined {
    let bad: number[] | undefined;
    const merge = (failed: number[] | undefined): void => {
      if (failed) bad = [...new Set([...(bad ?? []), ...failed])].sort((a, b) => a - b);
    };
    for (const source of this.numberSources) merge(this.parseColumn(rows, kept, source));
    if (this.bucketDays) merge(this.parseBuckets(rows, kept));
    return bad;
  }

  /**
   * An aging summary's rows: days past due is the lower edge of the oldest
   * bucket holding a positive amount (0 when none does), and a row with no
   * total takes the sum of its buckets as its balance.
   */
  private parseBuckets(rows: readonly (readonly CellValue[])[], kept: readonly number[]): number[] | undefined {
    const buckets = this.options.buckets!;
    const balance = this.numberSources.find((s) => s.field === "balance" || s.field === "amount");
    const balanceValues = balance?.out.values();
    const from = balanceValues ? balanceValues.length - kept.length : 0;
    let failed: number[] | undefined;
    this.bucketDays!.append(kept.length, (data, at) => {
      for (let k = 0; k < kept.length; k++) {
        const row = rows[kept[k]];
        let days = 0;
        let sum = 0;
        let any = false;
        for (const { column, lowerEdge } of buckets) {
          const v = parseAmountCell(row[column]);
          if (v === BLANK) continue;
          if (v === INVALID) {
            if (!isNullWord(row[column])) (failed ??= []).push(kept[k]);
            continue;
          }
          any = true;
          sum += v;
          if (v > 0 && lowerEdge > days) days = lowerEdge;
        }
        data[at + k] = days;
        if (balanceValues && balanceValues[from + k] !== balanceValues[from + k] && any) balanceValues[from + k] = sum;
      }
    });
    return failed;
  }

  /** Parses one number column of the kept rows onto its column; returns the chunk positions whose cell is bad. */
  private parseColumn(rows: readonly (readonly CellValue[])[], kept: readonly number[], source: NumberSource): number[] | undefined {
    const { col, type, out } = source;
    let failed: number[] | undefined;
    /** A cell the parser could not read: blank when it is a "no value" word, else bad. */
    const unread = (r: number, cell: CellValue): number => {
      if (!isNullWord(cell)) (failed ??= []).push(r);
      return NaN;
    };
    // One loop per parser keeps each call site monomorphic; values go straight into the column.
    out.append(kept.length, (data, at) => {
      if (type === "date") {
        const { dateOrder, date1904 } = this.options;
        for (let k = 0; k < kept.length; k++) {
          const cell = rows[kept[k]][col];
          const v = parseDateCell(cell, dateOrder, date1904);
          data[at + k] = v === BLANK ? NaN : v === INVALID ? unread(kept[k], cell) : v;
        }
      } else if (type === "integer") {
        for (let k = 0; k < kept.length; k++) {
          const cell = rows[kept[k]][col];
          const v = parseIntegerCell(cell);
          data[at + k] = v === BLANK ? NaN : v === INVALID ? unread(kept[k], cell) : v;
        }
      } else {
        for (let k = 0; k < kept.length; k++) {
          const cell = rows[kept[k]][col];
          if (typeof cell === "number" && cell <= MAX_AMOUNT && cell >= -MAX_AMOUNT) {
            data[at + k] = cell;
            continue;
          }
          const v = parseAmountCell(cell);
          data[at + k] = v === BLANK ? NaN : v === INVALID ? unread(kept[k], cell) : v;
        }
      }
    });
    return failed;
  }

  /** Everything but the numbers, column by column: source rows, texts, customers, disputes, extra columns. */
  private addTexts(
    rows: readonly (readonly CellValue[])[],
    kept: readonly number[],
    firstIndex: number,
    carried: readonly (string | undefined)[],
  ): void {
    this.sourceRow.append(kept.length, (data, at) => {
      for (let k = 0; k < kept.length; k++) data[at + k] = firstIndex + kept[k];
    });
    for (const { col, out } of this.textSources) for (let k = 0; k < kept.length; k++) out.push(textOf(rows[kept[k]][col]));
    const customerCol = this.options.columns.customer;
    for (let k = 0; k < kept.length; k++) {
      const own = customerCol === undefined ? "" : textOf(rows[kept[k]][customerCol]);
      const heading = own === "" ? carried[k] : undefined;
      if (heading !== undefined) this.carriedRows++;
      this.customers.push(own || heading || NO_CUSTOMER);
    }
    if (this.status) this.addStatus(rows, kept);
    if (this.disputed) {
      const col = this.options.columns.disputed;
      const status = this.status?.values();
      const from = status ? status.length - kept.length : 0;
      this.disputed.append(kept.length, (data, at) => {
        for (let k = 0; k < kept.length; k++) {
          const flag = col === undefined ? false : parseFlagCell(rows[kept[k]][col]);
          // A dispute column often holds the dispute's reason ("price difference"): any text that is not a "no" or "no value" word counts as disputed.
          const byColumn = flag === true || (flag === INVALID && !isNullWord(rows[kept[k]][col!]));
          data[at + k] = byColumn || (status !== undefined && status[from + k] === STATUS.disputed) ? 1 : 0;
        }
      });
    }
    if (this.contact) {
      const cols = this.contactColumns;
      this.contact.append(kept.length, (data, at) => {
        for (let k = 0; k < kept.length; k++) {
          const row = rows[kept[k]];
          let has = 0;
          for (let c = 0; c < cols.length; c++) if (!isBlankCell(row[cols[c]])) has = 1;
          data[at + k] = has;
        }
      });
    }
    for (const { col, out } of this.extraSources) for (let k = 0; k < kept.length; k++) out.push(rows[kept[k]][col] ?? null);
  }

  /**
   * Status of each kept row: a credit in either the status or the document-type
   * column makes the row a credit; otherwise the status column says open, paid or
   * disputed. Texts that say nothing known are counted for the run's report.
   */
  private addStatus(rows: readonly (readonly CellValue[])[], kept: readonly number[]): void {
    const { status: statusCol, documentType: typeCol } = this.options.columns;
    const yes = this.options.statusYes ?? STATUS.open;
    const read = (cell: CellValue): number => {
      const v = parseStatusCell(cell, yes);
      if (v === INVALID) {
        const text = textOf(cell);
        if (!isNullWord(cell)) this.unknownStatus.set(text, (this.unknownStatus.get(text) ?? 0) + 1);
        return STATUS.none;
      }
      return v === BLANK ? STATUS.none : v;
    };
    this.status!.append(kept.length, (data, at) => {
      for (let k = 0; k < kept.length; k++) {
        const row = rows[kept[k]];
        const byStatus = statusCol === undefined ? STATUS.none : read(row[statusCol]);
        const byType = typeCol === undefined ? STATUS.none : read(row[typeCol]);
        data[at + k] = byType === STATUS.credit || byStatus === STATUS.credit ? STATUS.credit : byStatus;
      }
    });
  }

  private firstBadCell(row: readonly CellValue[], index: number): EngineIssue {
    for (const { col, type } of this.numberSources) {
      const cell = row[col];
      const value =
        type === "date"
          ? parseDateCell(cell, this.options.dateOrder, this.options.date1904)
          : type === "integer"
            ? parseIntegerCell(cell)
            : parseAmountCell(cell);
      if (value === INVALID && !isNullWord(cell)) return this.badCell(index, col, cell, type);
    }
    for (const { column } of this.options.buckets ?? []) {
      const cell = row[column];
      if (parseAmountCell(cell) === INVALID && !isNullWord(cell)) return this.badCell(index, column, cell, "amount");
    }
    throw new Error("firstBadCell called on a row without a bad cell");
  }

  private badCell(index: number, col: number, cell: CellValue, expected: FieldType): EngineIssue {
    const { origin, sheet, headers } = this.options;
    const at = { sheet, cell: cellAddress(origin.top + index, origin.left + col), column: headers[col] ?? "" };
    const error = typeof cell === "string" ? spreadsheetError(cell) : undefined;
    if (error !== undefined) return { kind: "errorValue", ...at, error };
    if (expected !== "date" && amountOutOfRange(cell)) return { kind: "amountOutOfRange", ...at, text: textOf(cell), limit: MAX_AMOUNT };
    return { kind: "badCell", ...at, text: cell instanceof Date ? cell.toISOString() : String(cell), expected };
  }
}
