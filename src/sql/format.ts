/**
 * Values as the engine writes them in a Reason (model/format.ts), in the
 * run's language: numbers grouped and with the decimal sign of its
 * convention (`12,300.5` in English, `12.300,5` in Spanish and Portuguese),
 * at most two decimals; dates as its convention writes them (`2026-03-31`,
 * `31/03/2026`); its words for no value, yes and no. The rounding is done on
 * whole cents in integers, so no database's number formatting is relied on.
 */
import type { RunTexts } from "../engine/messages/types";
import { fieldInWords } from "../engine/model/conditionWords";
import type { Dialect } from "./dialect";
import type { FieldValue } from "./fields";

/** The thousands and decimal signs of a language's numbers, read from how it writes 1234.5. */
function separators(texts: RunTexts): { readonly thousands: string; readonly decimal: string } {
  const sample = texts.number(1234.5);
  const match = /^1(\D)234(\D)5$/.exec(sample);
  if (!match) throw new Error(`unexpected number format ${sample}`);
  return { thousands: match[1], decimal: match[2] };
}

/**
 * The engine's `texts.number` of a double that is not NULL.
 *
 * @example formatNumber(DUCKDB, "x", en) // 12300 → '12,300'; 17.777 → '17.78'; 17.5 → '17.5'; 5 → '5'
 * @example formatNumber(DUCKDB, "x", es) // 12300 → '12.300'; 17.5 → '17,5'
 */
export function formatNumber(d: Dialect, x: string, texts: RunTexts): string {
  const { thousands, decimal } = separators(texts);
  const big = d.type("bigint");
  const text = d.type("text");
  const cents = `CAST(floor(${x} * 100 + 0.5) AS ${big})`;
  const abs = `abs(${cents})`;
  const grouped = d.groupThousands(d.intDiv(abs, "100"));
  const whole = thousands === "," ? grouped : `replace(${grouped}, ',', ${d.text(thousands)})`;
  const rest = `(${abs} % 100)`;
  const sign = d.text(decimal);
  const decimals = `CASE WHEN ${rest} = 0 THEN '' WHEN ${rest} % 10 = 0 THEN ${sign} || CAST(${d.intDiv(rest, "10")} AS ${text}) ELSE ${sign} || lpad(CAST(${rest} AS ${text}), 2, '0') END`;
  return (
    `CASE WHEN ${x} = floor(${x}) AND ${x} > -1000 AND ${x} < 1000 THEN CAST(CAST(${x} AS ${big}) AS ${text}) ` +
    `WHEN ${x} IN (${d.infinity(false)}, ${d.infinity(true)}) THEN '\u2014' ` +
    `ELSE CASE WHEN ${cents} < 0 THEN '-' ELSE '' END || ${whole} || ${decimals} END`
  );
}

/** The parts of a date as a language writes it: its year, month and day in order, with the text between them. */
const SAMPLE = { iso: "2001-02-03", parts: { "2001": [1, 4], "02": [6, 2], "03": [9, 2] } } as const;

/**
 * The engine's `texts.date` of a DATE expression that is not NULL.
 *
 * @example formatDate(DUCKDB, "d", en) //=> "strftime(d, '%Y-%m-%d')"
 * @example formatDate(DUCKDB, "d", es) // 2026-03-31 → '31/03/2026'
 */
export function formatDate(d: Dialect, date: string, texts: RunTexts): string {
  const written = texts.date(SAMPLE.iso);
  const iso = d.isoText(date);
  if (written === SAMPLE.iso) return iso;
  const pieces = written.split(/(2001|02|03)/).filter((piece) => piece !== "");
  const found = pieces.filter((piece) => piece in SAMPLE.parts);
  if (found.length !== 3 || new Set(found).size !== 3) throw new Error(`unexpected date format ${written}`);
  return pieces
    .map((piece) => {
      const part = SAMPLE.parts[piece as keyof typeof SAMPLE.parts];
      return part ? `substr(${iso}, ${part[0]}, ${part[1]})` : d.text(piece);
    })
    .join(" || ");
}

/**
 * The engine's `formatFieldValue`: the value of a field for a Reason.
 *
 * @example formatFieldValue(DUCKDB, { kind: "flag", sql: "x" }, en) //=> "CASE WHEN x THEN 'yes' ELSE 'no' END"
 */
export function formatFieldValue(d: Dialect, value: FieldValue, texts: RunTexts): string {
  const blank = d.text(texts.blank);
  switch (value.kind) {
    case "number": {
      const shown = value.date !== undefined ? formatDate(d, value.date, texts) : formatNumber(d, value.sql, texts);
      return `CASE WHEN ${value.sql} IS NULL THEN ${blank} ELSE ${shown} END`;
    }
    case "text":
      return `CASE WHEN ${value.sql} = '' THEN ${blank} ELSE ${value.sql} END`;
    case "flag":
      return `CASE WHEN ${value.sql} THEN ${d.text(texts.yes)} ELSE ${d.text(texts.no)} END`;
  }
}

/**
 * A field as a Reason names it: as the rule wrote it in English, in the
 * language's words otherwise (as the engine names it).
 *
 * @example namedField("DaysPastDue", es) //=> "días de atraso"
 */
export function namedField(name: string, texts: RunTexts): string {
  return texts.language === "en" ? name : fieldInWords(name, texts);
}
