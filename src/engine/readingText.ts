/**
 * The words of a ReadingReport: what every face shows of what a run read
 * (the command line on stderr, the summary sheet, the task pane).
 */
import type { Language } from "./language";
import { textsFor } from "./messages";
import type { ReadingTexts } from "./messages/readingTypes";
import type { ColumnIgnoredRead, ReadingNote, ReadingReport, SheetColumn } from "./reading";
import { assertNever } from "./result";

const columnOf = (t: ReadingTexts, c: SheetColumn): string => (c.header === "" ? t.noHeader(c.letter) : t.column(c.header, c.letter));

/**
 * One line saying what the run read: the sheet, the header row, the layout, the as-of date and why
 * (`withAsOf` false leaves the date out, for a backtest that names its own dates), in `language`.
 */
export function describeReadingHeadline(r: ReadingReport, withAsOf = true, language: Language = "en"): string {
  const t = textsFor(language).reading;
  const layout = r.layout === "agingSummary" ? t.agingSummary : t.ledger;
  const source = r.asOf.source;
  const why = source.kind === "given" ? t.asGiven : source.kind === "title" ? t.fromTitle(source.cell, source.text) : t.today;
  return t.headline(r.sheet, r.headerRow, layout, withAsOf ? { date: r.asOf.date, why } : undefined);
}

/**
 * The lines of a ReadingReport, headline first, in `language`: each field and
 * the column it reads, the columns left or ignored and why, the day/month
 * order when it matters, section rows and carried customers, and the notes.
 *
 * @example describeReading(report)[1] //=> '  Customer ← "Customer" (A)'
 */
export function describeReading(r: ReadingReport, withAsOf = true, language: Language = "en"): string[] {
  const t = textsFor(language).reading;
  const lines = [describeReadingHeadline(r, withAsOf, language)];
  const width = Math.max(0, ...r.fields.map((f) => t.fields[f.field].length));
  for (const f of r.fields) {
    const how = f.how === "mapped" ? t.mapped : f.how === "amount" ? t.amountAsBalance : "";
    lines.push(`  ${t.fields[f.field].padEnd(width)} ← ${columnOf(t, f)}${how}`);
  }
  for (const b of r.buckets) lines.push(`  ${t.agingBucket.padEnd(width)} ← ${t.bucketFrom(columnOf(t, b), b.lowerEdge)}`);
  for (const l of r.left) lines.push(`  ${t.left(columnOf(t, l), t.fields[l.field], columnOf(t, l.used), t.rules[l.rule])}`);
  for (const i of r.ignored) lines.push(`  ${t.notRead(describeIgnored(t, i))}`);
  if (r.dateOrder) lines.push(`  ${t.dateOrder(r.dateOrder.order, r.dateOrder.how)}`);
  if (r.headingRows > 0) lines.push(`  ${t.headingRows(r.headingRows)}`);
  if (r.carriedCustomers > 0) lines.push(`  ${t.carriedCustomers(r.carriedCustomers)}`);
  for (const note of r.notes) lines.push(`  ${t.note(describeNote(t, note))}`);
  return lines;
}

function describeIgnored(t: ReadingTexts, i: ColumnIgnoredRead): string {
  const field = t.fields[i.field];
  switch (i.reason.kind) {
    case "forecast":
      return t.forecast(columnOf(t, i), field);
    case "contradicts":
      return t.contradicts(columnOf(t, i), field, i.reason.found, i.reason.cell, i.reason.text);
    default:
      return assertNever(i.reason);
  }
}

function describeNote(t: ReadingTexts, note: ReadingNote): string {
  switch (note.kind) {
    case "asOfFarAfterData":
      return t.asOfFarAfterData(note.today, note.latest);
    case "unknownStatus":
      return t.unknownStatus(columnOf(t, note.column), note.values);
    default:
      return assertNever(note);
  }
}
