/**
 * The words of a ReadingReport: what every face shows of what a run read
 * (the command line on stderr, the summary sheet, the task pane).
 */
import type { LeftRule } from "./columns/detectColumns";
import { FIELD_INFO } from "./fields";
import type { ColumnIgnoredRead, ReadingNote, ReadingReport, SheetColumn } from "./reading";
import { assertNever } from "./result";

const column = (c: SheetColumn): string => (c.header === "" ? `column ${c.letter} (no header)` : `"${c.header}" (${c.letter})`);

const RULE_WORDS: Readonly<Record<LeftRule, string>> = {
  betterName: "its header names the field more exactly",
  original: "the original, not a numbered copy",
  localCurrency: "the amount in local currency",
  accountNumber: "the account number rather than the name",
  documentDate: "the document date rather than the posting date",
  leftmost: "the leftmost of equal columns",
};

/**
 * One line saying what the run read: the sheet, the header row, the layout, the as-of date and why
 * (`withAsOf` false leaves the date out, for a backtest that names its own dates).
 */
export function describeReadingHeadline(r: ReadingReport, withAsOf = true): string {
  const layout = r.layout === "agingSummary" ? "an aging summary (one row per customer, buckets as columns)" : "a ledger";
  const source = r.asOf.source;
  const why =
    source.kind === "given"
      ? "as given"
      : source.kind === "title"
        ? `from the title in ${source.cell}: "${source.text}"`
        : "today, as nothing else gave a date";
  if (!withAsOf) return `Sheet "${r.sheet}": header in row ${r.headerRow}, read as ${layout}.`;
  return `Sheet "${r.sheet}": header in row ${r.headerRow}, read as ${layout}; as of ${r.asOf.date} (${why}).`;
}

/**
 * The lines of a ReadingReport, headline first: each field and the column it
 * reads, the columns left or ignored and why, the day/month order when it
 * matters, section rows and carried customers, and the notes.
 *
 * @example describeReading(report)[1] //=> '  Customer ← "Customer" (A)'
 */
export function describeReading(r: ReadingReport, withAsOf = true): string[] {
  const lines = [describeReadingHeadline(r, withAsOf)];
  const width = Math.max(0, ...r.fields.map((f) => FIELD_INFO[f.field].label.length));
  for (const f of r.fields) {
    const how = f.how === "mapped" ? " (mapped)" : f.how === "amount" ? " (no balance column: the invoice amount)" : "";
    lines.push(`  ${FIELD_INFO[f.field].label.padEnd(width)} ← ${column(f)}${how}`);
  }
  for (const b of r.buckets) lines.push(`  ${"Aging bucket".padEnd(width)} ← ${column(b)}, from ${b.lowerEdge} days past due`);
  for (const l of r.left) {
    lines.push(`  Left: ${column(l)} could be the ${FIELD_INFO[l.field].label}; ${column(l.used)} is used: ${RULE_WORDS[l.rule]}.`);
  }
  for (const i of r.ignored) lines.push(`  Not read: ${describeIgnored(i)}`);
  if (r.dateOrder) {
    const order = { DMY: "day first (31/03/2026)", MDY: "month first (03/31/2026)", YMD: "year first (2026-03-31)" }[r.dateOrder.order];
    const how = {
      given: "as configured",
      detected: "a date such as 31/03 settles it",
      assumed: "no date settles it; the headers' language says so",
    }[r.dateOrder.how];
    lines.push(`  Text dates are read ${order}: ${how}.`);
  }
  if (r.headingRows > 0) lines.push(`  ${r.headingRows} section heading, footer or note rows are not items.`);
  if (r.carriedCustomers > 0) lines.push(`  ${r.carriedCustomers} rows take their customer from the section heading above them.`);
  for (const note of r.notes) lines.push(`  Note: ${describeNote(note)}`);
  return lines;
}

function describeIgnored(i: ColumnIgnoredRead): string {
  const label = FIELD_INFO[i.field].label;
  switch (i.reason.kind) {
    case "forecast":
      return `${column(i)} names a forecast, so it is not the ${label}.`;
    case "contradicts": {
      const holds = { dates: "dates", words: "words", yesNo: "yes/no values", numbers: "numbers that are not" }[i.reason.found];
      return `${column(i)} holds ${holds === "numbers that are not" ? `numbers that are not a ${label.toLowerCase()}` : holds} (e.g. ${i.reason.cell}: "${i.reason.text}"), so it is not the ${label}.`;
    }
    default:
      return assertNever(i.reason);
  }
}

function describeNote(note: ReadingNote): string {
  switch (note.kind) {
    case "asOfFarAfterData":
      return `the as-of date is today (${note.today}), but the ledger's latest date is ${note.latest}: everything may look overdue. Give the report's date (--as-of ${note.latest}, or "asOf" in the configuration).`;
    case "unknownStatus":
      return `${column(note.column)} holds status texts that say nothing known, read as empty: ${note.values.map((v) => `"${v.text}" (${v.rows})`).join(", ")}.`;
    default:
      return assertNever(note);
  }
}
