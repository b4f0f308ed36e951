/**
 * What differs between the databases the compiler writes for: quoting, types,
 * the few functions that are spelled differently, and how a row raises an
 * error. Everything else the compiler writes is standard SQL both accept.
 */
export const DIALECTS = ["duckdb", "postgres"] as const;
export type DialectName = (typeof DIALECTS)[number];

/** A scalar type the compiler casts to. */
export type SqlType = "double" | "date" | "text" | "bigint" | "boolean";

export interface Dialect {
  readonly name: DialectName;
  /** A quoted identifier: `"Due ""Date"""`. */
  ident(name: string): string;
  /** A string literal, safe whatever the text holds. */
  text(value: string): string;
  /** A type's name. */
  type(type: SqlType): string;
  /** `x` without the characters of `chars` at either end. */
  trim(x: string, chars: string): string;
  /** Every match of the regular expression `pattern` in `x` replaced. */
  replaceAll(x: string, pattern: string, replacement: string): string;
  /** True when the regular expression `pattern` matches somewhere in `x`. */
  matches(x: string, pattern: string): string;
  /** The first match of `pattern` in `x` (NULL or '' when none). */
  extract(x: string, pattern: string): string;
  /** The date `months` calendar months from `date`, a day the month lacks clamped to its last. */
  addMonths(date: string, months: number): string;
  /** `YYYY-MM-DD`. */
  isoText(date: string): string;
  /** Integer division of two bigints. */
  intDiv(a: string, b: string): string;
  /** A whole number (bigint) with a comma between thousands: 1,234,567. */
  groupThousands(whole: string): string;
  /** ±∞ as a double. */
  infinity(negative: boolean): string;
  /** The date of a year, month and day (each a bigint expression); an impossible date raises an error. */
  makeDate(year: string, month: string, day: string): string;
  /** Ends each stage's SELECT so the planner computes its columns once, rather than substituting them wherever the next stage names them. */
  readonly stageFence: string;
  /**
   * An expression of type `type` that stops the query with `message` followed by
   * `value` (text) when a row evaluates it. `value` must depend on the row, so
   * that no planner folds the error into the query before any row is read.
   */
  fail(message: string, value: string, type: SqlType): string;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function noNul(value: string): string {
  // A NUL can't be stored in either database's text; dropping it here keeps the literal well-formed.
  return value.replace(/\u0000/g, "");
}

/** DuckDB: string literals never treat a backslash specially. */
export const DUCKDB: Dialect = {
  name: "duckdb",
  ident: (name) => quoteIdent(noNul(name)),
  text: (value) => `'${noNul(value).replace(/'/g, "''")}'`,
  type: (type) => ({ double: "DOUBLE", date: "DATE", text: "VARCHAR", bigint: "BIGINT", boolean: "BOOLEAN" })[type],
  trim: (x, chars) => `trim(${x}, ${DUCKDB.text(chars)})`,
  replaceAll: (x, pattern, replacement) => `regexp_replace(${x}, ${DUCKDB.text(pattern)}, ${DUCKDB.text(replacement)}, 'g')`,
  matches: (x, pattern) => `regexp_matches(${x}, ${DUCKDB.text(pattern)})`,
  extract: (x, pattern) => `regexp_extract(${x}, ${DUCKDB.text(pattern)}, 0)`,
  addMonths: (date, months) => `CAST(${date} + INTERVAL (${months}) MONTH AS DATE)`,
  isoText: (date) => `strftime(${date}, '%Y-%m-%d')`,
  intDiv: (a, b) => `(${a} // ${b})`,
  groupThousands: (whole) => `format('{:,}', ${whole})`,
  infinity: (negative) => `CAST('${negative ? "-" : ""}inf' AS DOUBLE)`,
  makeDate: (year, month, day) => `make_date(${year}, ${month}, ${day})`,
  stageFence: "",
  fail: (message, value, type) => `CAST(error(${DUCKDB.text(message)} || ${value}) AS ${DUCKDB.type(type)})`,
};

/**
 * PostgreSQL: a literal with a backslash is written as an escape string (E'…'),
 * which means the same whatever `standard_conforming_strings` says.
 */
export const POSTGRES: Dialect = {
  name: "postgres",
  ident: (name) => quoteIdent(noNul(name)),
  text: (value) => {
    const clean = noNul(value).replace(/'/g, "''");
    return clean.includes("\\") ? `E'${clean.replace(/\\/g, "\\\\")}'` : `'${clean}'`;
  },
  type: (type) => ({ double: "double precision", date: "date", text: "text", bigint: "bigint", boolean: "boolean" })[type],
  trim: (x, chars) => `btrim(${x}, ${POSTGRES.text(chars)})`,
  replaceAll: (x, pattern, replacement) => `regexp_replace(${x}, ${POSTGRES.text(pattern)}, ${POSTGRES.text(replacement)}, 'g')`,
  matches: (x, pattern) => `(${x} ~ ${POSTGRES.text(pattern)})`,
  // The whole pattern in parentheses: substring() returns the first parenthesised part.
  extract: (x, pattern) => `substring(${x} from ${POSTGRES.text(`(${pattern})`)})`,
  addMonths: (date, months) => `CAST(${date} + make_interval(months => ${months}) AS date)`,
  isoText: (date) => `to_char(${date}, 'YYYY-MM-DD')`,
  intDiv: (a, b) => `(${a} / ${b})`,
  groupThousands: (whole) => `to_char(${whole}, 'FM999,999,999,999,999,999,990')`,
  infinity: (negative) => `CAST('${negative ? "-" : ""}Infinity' AS double precision)`,
  makeDate: (year, month, day) => `make_date(CAST(${year} AS integer), CAST(${month} AS integer), CAST(${day} AS integer))`,
  // PostgreSQL pulls a simple subquery up into its parent, copying each expression to every place it is named: OFFSET 0 keeps a stage a stage.
  stageFence: "\n  OFFSET 0",
  // No error function in an expression: a cast of the message, which is never a value of the type, raises one that quotes it.
  fail: (message, value, type) =>
    type === "text"
      ? `CAST(CAST(${POSTGRES.text(message)} || ${value} AS date) AS text)`
      : `CAST(${POSTGRES.text(message)} || ${value} AS ${POSTGRES.type(type)})`,
};

/**
 * The dialect of a name.
 *
 * @example dialectOf("postgres").ident('a "b"') //=> '"a ""b"""'
 */
export function dialectOf(name: DialectName): Dialect {
  return name === "duckdb" ? DUCKDB : POSTGRES;
}
