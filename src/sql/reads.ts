/**
 * How the query reads each field from its column, as the engine's cell
 * parsers do: typed columns (DATE, numbers, BOOLEAN) as they are, text cells
 * by the same words and formats. A cell the engine would refuse stops the
 * query with the column and the text (a badValue issue), never a silent blank.
 */
import type { Field } from "../engine/fields";
import { describeIssue, type EngineIssue } from "../engine/issues";
import { NO_CUSTOMER } from "../engine/ledger/ledgerBuilder";
import { MAX_AMOUNT } from "../engine/parse/amounts";
import { NO_VALUE_WORDS, SPREADSHEET_ERRORS } from "../engine/parse/cellWords";
import { MARKS as FLAG_MARKS, WORDS as FLAG_WORDS } from "../engine/parse/flags";
import { BY_WORD, NO, STATUS, YES } from "../engine/parse/status";
import type { SqlType } from "./dialect";
import { amountFromText, dateFromText } from "./textValues";
import type { Plan } from "./plan";
import type { ColumnKind, SqlTable, TableReading } from "./table";
import { foldText, inList, jsTrim } from "./text";

/** How a column is read when its kind is not known: as its field expects, or as anything (cast to text) for a yes/no or status. */
const EXPECTED: Partial<Record<Field, ColumnKind>> = {
  balance: "number",
  amount: "number",
  creditLimit: "number",
  creditScore: "number",
  daysPastDue: "number",
  brokenPromises: "number",
  invoiceDate: "date",
  dueDate: "date",
  paidDate: "date",
  promiseDate: "date",
  customerSince: "date",
};

/** Kinds whose cells are text in the table (and strings to the engine). */
export const isText = (kind: ColumnKind): boolean => kind === "text" || kind === "dateText" || kind === "numberText";

/** A whole number within this of an integer is that integer (formula results such as 45.00000000001), as in the engine. */
const WHOLE_TOLERANCE = "1e-9";

export class Reads {
  constructor(
    readonly plan: Plan,
    readonly table: SqlTable,
    readonly reading: TableReading,
    /** Day/month order of numbers-only text dates. */
    readonly dateOrder: "DMY" | "MDY" | "YMD",
  ) {}

  private get d() {
    return this.plan.d;
  }

  /** The column of a field, or undefined when the table has none. */
  column(field: Field): number | undefined {
    return this.reading.fields[field];
  }

  /** What column `index` holds: its declared kind, else what its field expects, else anything. */
  kindOf(index: number): ColumnKind {
    const declared = this.table.columns[index].kind;
    if (declared && declared !== "unknown") return declared;
    for (const [field, column] of Object.entries(this.reading.fields)) if (column === index) return EXPECTED[field as Field] ?? "unknown";
    return "unknown";
  }

  private ref(index: number): string {
    return this.plan.table(this.table.columns[index].name);
  }

  /** The cell as text: the text itself, or a value of another type cast to text. */
  private asText(index: number): string {
    return isText(this.kindOf(index)) ? this.ref(index) : `CAST(${this.ref(index)} AS ${this.d.type("text")})`;
  }

  /** True when the cell holds nothing (NULL, or text of white space only). */
  blank(index: number): string {
    const kind = this.kindOf(index);
    const ref = this.ref(index);
    if (kind === "number" || kind === "date" || kind === "boolean") return `${ref} IS NULL`;
    // Text that holds only dates or numbers has no white space to trim.
    if (kind === "dateText" || kind === "numberText") return `(${ref} IS NULL OR ${ref} = '')`;
    return `(${ref} IS NULL OR ${jsTrim(this.d, this.asText(index))} = '')`;
  }

  /** Whether a field's column (if any) is blank; true when the table has no such column. */
  blankField(field: Field): string {
    const col = this.column(field);
    return col === undefined ? "TRUE" : this.blank(col);
  }

  /**
   * SQL that stops the query with the issue of the cell whose text is `value`:
   * the issue's message, with the text where the cell's text goes.
   */
  private failWith(issue: (text: string) => EngineIssue, value: string, type: SqlType): string {
    const marker = "\u0001";
    const [message, after] = describeIssue(issue(marker))
      .replace(/^Table "", /, "")
      .split(marker);
    return this.d.fail(`arseg: ${message}`, `${value} || ${this.d.text(after)}`, type);
  }

  private fail(index: number, expected: "amount" | "date" | "integer", value: string, type: SqlType): string {
    const column = this.table.columns[index].name;
    return this.failWith((text) => ({ kind: "badValue", table: "", column, text, expected }), value, type);
  }

  /**
   * An amount past ±MAX_AMOUNT stops the query, quoting `shown` (the cell's
   * text), as the engine refuses the cell; with onInvalid "null" it reads as blank.
   */
  private inRange(index: number, amount: string, onInvalid: "fail" | "null", shown: string): string {
    const d = this.d;
    const column = this.table.columns[index].name;
    const beyond =
      onInvalid === "null"
        ? `CAST(NULL AS ${d.type("double")})`
        : this.failWith((text) => ({ kind: "valueOutOfRange", table: "", column, text, limit: MAX_AMOUNT }), shown, "double");
    // NaN and ±Infinity are past the bound too (NaN sorts above every number in both databases).
    return `CASE WHEN ${amount} IS NULL THEN NULL WHEN abs(${amount}) <= ${MAX_AMOUNT} THEN ${amount} ELSE ${beyond} END`;
  }

  /** An amount field (double), NULL when blank. */
  amount(field: "balance" | "amount" | "creditLimit" | "creditScore"): string | undefined {
    const col = this.column(field);
    return col === undefined ? undefined : this.plan.col(`f_${field}`, () => this.amountOf(col, "fail"));
  }

  /** An amount from any column: bad text stops the query, or (onInvalid "null") reads as blank, as a rule's test of another column does. */
  amountOf(col: number, onInvalid: "fail" | "null"): string {
    const d = this.d;
    const ref = this.ref(col);
    const kind = this.kindOf(col);
    const bounded = (read: () => string, shown: string) =>
      this.inRange(col, this.plan.col(`a_${onInvalid}_${col}`, read), onInvalid, shown);
    if (kind === "number") return bounded(() => `CAST(${ref} AS ${d.type("double")})`, `CAST(${ref} AS ${d.type("text")})`);
    if (kind === "numberText") return bounded(() => `CAST(NULLIF(${ref}, '') AS ${d.type("double")})`, ref);
    if (kind === "date" || kind === "boolean")
      return onInvalid === "null" ? `CAST(NULL AS ${d.type("double")})` : `CAST(${ref} AS ${d.type("double")})`;
    const text = jsTrim(d, this.asText(col));
    const invalid = onInvalid === "null" ? `CAST(NULL AS ${d.type("double")})` : this.fail(col, "amount", text, "double");
    return bounded(() => amountFromText(d, text, NO_VALUE_WORDS, invalid), text);
  }

  /** A whole-number field (days past due, broken promises) as a double, NULL when blank. */
  whole(field: "daysPastDue" | "brokenPromises"): string | undefined {
    const col = this.column(field);
    if (col === undefined) return undefined;
    return this.plan.col(`f_${field}`, () => {
      const d = this.d;
      const v = this.plan.col(`n_${field}`, () => this.amountOf(col, "fail"));
      const text = `CAST(${v} AS ${d.type("text")})`;
      return `CASE WHEN ${v} IS NULL THEN NULL WHEN ${v} = floor(${v}) THEN ${v} WHEN abs(${v} - round(${v})) < ${WHOLE_TOLERANCE} THEN round(${v}) ELSE ${this.fail(col, "integer", text, "double")} END`;
    });
  }

  /** A date field (DATE), NULL when blank. */
  date(field: "invoiceDate" | "dueDate" | "paidDate" | "promiseDate" | "customerSince"): string | undefined {
    const col = this.column(field);
    if (col === undefined) return undefined;
    return this.plan.col(`f_${field}`, () => {
      const d = this.d;
      const ref = this.ref(col);
      const kind = this.kindOf(col);
      if (kind === "date") return `CAST(${ref} AS ${d.type("date")})`;
      if (kind === "dateText") return `CAST(NULLIF(${ref}, '') AS ${d.type("date")})`;
      if (kind === "number") return this.dateFromNumber(col, `CAST(${ref} AS ${d.type("double")})`);
      const text = jsTrim(d, this.asText(col));
      return dateFromText(
        d,
        text,
        this.dateOrder,
        NO_VALUE_WORDS,
        (n) => this.dateFromNumber(col, n),
        this.fail(col, "date", text, "date"),
      );
    });
  }

  /**
   * A number as a date, as the engine reads one: 0 is no date, a whole number
   * from 19000101 on is YYYYMMDD, else an Excel serial (1900 system, times of
   * day dropped; its fictitious 29 Feb 1900 refused).
   */
  private dateFromNumber(col: number, n: string): string {
    const d = this.d;
    const big = d.type("bigint");
    const int = `CAST(floor(${n}) AS ${big})`;
    const bad = this.fail(col, "date", `CAST(${n} AS ${d.type("text")})`, "date");
    const ymd = d.makeDate(`CAST(floor(${n} / 10000) AS ${big})`, `CAST(floor(${n} / 100) AS ${big}) % 100`, `CAST(${n} AS ${big}) % 100`);
    return (
      `CASE WHEN ${n} IS NULL OR ${n} = 0 THEN NULL ` +
      `WHEN ${n} >= 19000101 AND ${n} <= 29991231 AND ${n} = floor(${n}) THEN ${ymd} ` +
      `WHEN ${n} >= 61 AND ${n} < 2958466 THEN CAST(DATE '1899-12-30' + CAST(${int} AS integer) AS ${d.type("date")}) ` +
      `WHEN ${n} >= 1 AND ${n} < 60 THEN CAST(DATE '1899-12-31' + CAST(${int} AS integer) AS ${d.type("date")}) ` +
      `ELSE ${bad} END`
    );
  }

  /** A text field as the engine reads one (`textOf`): trimmed, "" when blank. */
  text(field: "customer" | "invoice" | "riskClass" | "phone" | "email" | "industry" | "currency"): string | undefined {
    const col = this.column(field);
    return col === undefined ? undefined : this.plan.col(`f_${field}`, () => this.textOf(col));
  }

  /** Any column's cell as the engine's `textOf` gives it, "" when blank. */
  textOf(col: number): string {
    const d = this.d;
    const ref = this.ref(col);
    const t = d.type("text");
    switch (this.kindOf(col)) {
      case "text":
      case "dateText":
      case "numberText":
      case "unknown":
        return `COALESCE(${jsTrim(d, this.asText(col))}, '')`;
      case "number":
        return `COALESCE(CASE WHEN ${ref} = floor(${ref}) AND abs(${ref}) < 1e15 THEN CAST(CAST(${ref} AS ${d.type("bigint")}) AS ${t}) ELSE CAST(${ref} AS ${t}) END, '')`;
      case "date":
        return `COALESCE(${d.isoText(`CAST(${ref} AS ${d.type("date")})`)}, '')`;
      case "boolean":
        return `CASE WHEN ${ref} THEN 'TRUE' WHEN NOT ${ref} THEN 'FALSE' ELSE '' END`;
    }
  }

  /** The customer of each row: its own, else "(no customer)" (a table has no heading rows to carry one down from). */
  customer(): string {
    return this.plan.col("customer", () => {
      const own = this.text("customer");
      const none = this.d.text(NO_CUSTOMER);
      return own === undefined ? none : `CASE WHEN ${own} = '' THEN ${none} ELSE ${own} END`;
    });
  }

  /** A cell of a yes/no or status column as folded words; numbers written 1.0 read as 1. */
  private words(col: number): string {
    const d = this.d;
    const trimmed = jsTrim(d, this.asText(col));
    // Most cells of a dispute or status column are blank: those need no folding.
    return `CASE WHEN ${trimmed} = '' THEN '' ELSE ${d.replaceAll(foldText(d, trimmed), "^(-?[0-9]+) 0+$", "\\1")} END`;
  }

  /** What the status and document-type columns say of each row (STATUS codes). */
  status(): string {
    return this.plan.col("status", () => {
      const byStatus = this.statusOf(this.column("status"));
      const byType = this.statusOf(this.column("documentType"));
      const credit = String(STATUS.credit);
      return `CASE WHEN ${byType} = ${credit} OR ${byStatus} = ${credit} THEN ${credit} ELSE ${byStatus} END`;
    });
  }

  private statusOf(col: number | undefined): string {
    if (col === undefined) return String(STATUS.none);
    const yes = this.reading.statusYesIsPaid ? STATUS.paid : STATUS.open;
    const no = yes === STATUS.open ? STATUS.paid : STATUS.open;
    const ref = this.ref(col);
    const kind = this.kindOf(col);
    if (kind === "boolean") return `CASE WHEN ${ref} THEN ${yes} WHEN NOT ${ref} THEN ${no} ELSE ${STATUS.none} END`;
    if (kind === "number") return `CASE WHEN ${ref} = 1 THEN ${yes} WHEN ${ref} = 0 THEN ${no} ELSE ${STATUS.none} END`;
    if (kind === "date") return String(STATUS.none);
    const w = this.plan.col(`words_${col}`, () => this.words(col));
    const byCode = new Map<number, string[]>();
    for (const [word, code] of BY_WORD) byCode.set(code, [...(byCode.get(code) ?? []), word]);
    const whens = [...byCode.entries()]
      .filter(([code]) => code !== STATUS.none)
      .map(([code, list]) => `WHEN ${inList(this.d, w, list)} THEN ${code}`);
    return `CASE WHEN ${w} IS NULL OR ${w} = '' THEN ${STATUS.none} WHEN ${inList(this.d, w, YES)} THEN ${yes} WHEN ${inList(this.d, w, NO)} THEN ${no} ${whens.join(" ")} ELSE ${STATUS.none} END`;
  }

  /** True when the disputed column says so (any text that is not a "no" or "no value" word) or the status says disputed. */
  disputed(): string {
    return this.plan.col("disputed", () => {
      const byStatus =
        this.column("status") !== undefined || this.column("documentType") !== undefined
          ? `${this.status()} = ${STATUS.disputed}`
          : "FALSE";
      const col = this.column("disputed");
      return col === undefined ? byStatus : `(${this.flagOf(col)} OR ${byStatus})`;
    });
  }

  private flagOf(col: number): string {
    const d = this.d;
    const ref = this.ref(col);
    const kind = this.kindOf(col);
    if (kind === "boolean") return `COALESCE(${ref}, FALSE)`;
    if (kind === "number") return `COALESCE(${ref} <> 0, FALSE)`;
    if (kind === "date") return `(${ref} IS NOT NULL)`;
    const trimmed = jsTrim(d, this.asText(col));
    const w = this.plan.col(`words_${col}`, () => this.words(col));
    const marks = (value: boolean) => [...FLAG_MARKS].filter(([, v]) => v === value).map(([m]) => m);
    const words = (value: boolean) => [...FLAG_WORDS].filter(([, v]) => v === value).map(([m]) => m);
    // "No value" words and error values (#N/A from a failed lookup) say nothing either way: not disputed.
    const nothing = [...NO_VALUE_WORDS, ...SPREADSHEET_ERRORS.map((e) => e.toLowerCase())];
    return (
      `(CASE WHEN ${ref} IS NULL OR ${trimmed} = '' THEN FALSE WHEN ${inList(d, `lower(${trimmed})`, nothing)} THEN FALSE ` +
      `WHEN ${inList(d, trimmed, marks(true))} THEN TRUE WHEN ${inList(d, trimmed, marks(false))} THEN FALSE ` +
      `WHEN ${inList(d, w, words(true))} THEN TRUE WHEN ${inList(d, w, words(false))} THEN FALSE ELSE TRUE END)`
    );
  }

  /** True when the row has a phone or an e-mail; undefined when the table has neither column. */
  contact(): string | undefined {
    const cols = [this.column("phone"), this.column("email")].filter((c): c is number => c !== undefined);
    if (cols.length === 0) return undefined;
    return this.plan.col("contact", () => cols.map((c) => `NOT ${this.blank(c)}`).join(" OR "));
  }
}
