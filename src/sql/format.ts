/**
 * Values as the engine writes them in a Reason (model/format.ts): numbers
 * with a comma between thousands and at most two decimals, dates as
 * YYYY-MM-DD, "blank" for no value, yes/no for flags. The rounding is done on
 * whole cents in integers, so no database's number formatting is relied on.
 */
import type { Dialect } from "./dialect";
import type { FieldValue } from "./fields";

/**
 * The engine's `formatNumber` of a double that is not NULL.
 *
 * @example formatNumber(DUCKDB, "x") // 12300 → '12,300'; 17.777 → '17.78'; 17.5 → '17.5'; 5 → '5'
 */
export function formatNumber(d: Dialect, x: string): string {
  const big = d.type("bigint");
  const text = d.type("text");
  const cents = `CAST(floor(${x} * 100 + 0.5) AS ${big})`;
  const abs = `abs(${cents})`;
  const whole = d.groupThousands(d.intDiv(abs, "100"));
  const rest = `(${abs} % 100)`;
  const decimals = `CASE WHEN ${rest} = 0 THEN '' WHEN ${rest} % 10 = 0 THEN '.' || CAST(${d.intDiv(rest, "10")} AS ${text}) ELSE '.' || lpad(CAST(${rest} AS ${text}), 2, '0') END`;
  return (
    `CASE WHEN ${x} = floor(${x}) AND ${x} > -1000 AND ${x} < 1000 THEN CAST(CAST(${x} AS ${big}) AS ${text}) ` +
    `WHEN ${x} IN (${d.infinity(false)}, ${d.infinity(true)}) THEN '\u2014' ` +
    `ELSE CASE WHEN ${cents} < 0 THEN '-' ELSE '' END || ${whole} || ${decimals} END`
  );
}

/**
 * The engine's `formatFieldValue`: the value of a field for a Reason.
 *
 * @example formatFieldValue(DUCKDB, { kind: "flag", sql: "x" }) //=> "CASE WHEN x THEN 'yes' ELSE 'no' END"
 */
export function formatFieldValue(d: Dialect, value: FieldValue): string {
  switch (value.kind) {
    case "number": {
      const shown = value.date !== undefined ? d.isoText(value.date) : formatNumber(d, value.sql);
      return `CASE WHEN ${value.sql} IS NULL THEN 'blank' ELSE ${shown} END`;
    }
    case "text":
      return `CASE WHEN ${value.sql} = '' THEN 'blank' ELSE ${value.sql} END`;
    case "flag":
      return `CASE WHEN ${value.sql} THEN 'yes' ELSE 'no' END`;
  }
}
