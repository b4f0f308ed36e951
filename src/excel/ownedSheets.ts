/**
 * The sheets the add-in owns, recognised by a marker, never by name alone
 * (design note D2): a hidden workbook-scoped defined name per sheet, pointing
 * at its A1 — `_ARSEG_SUMMARY` for the summary, `_ARSEG_PIVOTDATA` for the
 * PivotTable's data. A defined name follows its sheet through a rename and
 * turns to #REF! when the sheet is deleted, so a user's own sheet that merely
 * has the product's name ("Segment Summary") is never taken for the
 * product's, and never deleted.
 */

/** Marker of the summary sheet. */
export const SUMMARY_MARKER = "_ARSEG_SUMMARY";
/** Marker of the hidden sheet with the PivotTable's rows. */
export const PIVOT_DATA_MARKER = "_ARSEG_PIVOTDATA";

const MARKER_COMMENT = "Marks a sheet the AR Segmentation add-in writes and replaces on every run.";

export interface OwnedSheets {
  /** Name of the sheet `_ARSEG_SUMMARY` points at, if it points at one. */
  readonly summary?: string;
  /** Name of the sheet `_ARSEG_PIVOTDATA` points at, if it points at one. */
  readonly pivotData?: string;
  /** Every sheet of the workbook, in tab order. */
  readonly sheets: readonly string[];
  /** Which marker names exist (pointing at a sheet or at #REF!): they are replaced, not added twice. */
  readonly markers: { readonly summary: boolean; readonly pivotData: boolean };
}

/** Reads which sheets the markers point at, and the workbook's sheet names (two syncs). */
export async function findOwnedSheets(context: Excel.RequestContext): Promise<OwnedSheets> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const markers = [SUMMARY_MARKER, PIVOT_DATA_MARKER].map((name) => context.workbook.names.getItemOrNullObject(name));
  await context.sync();
  const ranges = markers.map((m) => (m.isNullObject ? undefined : m.getRangeOrNullObject().load("address")));
  await context.sync();
  const sheets = worksheets.items.map((s) => s.name);
  const pointedAt = (range: Excel.Range | undefined): string | undefined => {
    if (!range || range.isNullObject) return undefined;
    const name = sheetOfAddress(range.address);
    return sheets.find((s) => s.toLowerCase() === name.toLowerCase());
  };
  return {
    summary: pointedAt(ranges[0]),
    pivotData: pointedAt(ranges[1]),
    sheets,
    markers: { summary: !markers[0].isNullObject, pivotData: !markers[1].isNullObject },
  };
}

/** The sheet one marker points at (if it points at one), whether the marker exists, and every sheet's name. */
export async function findMarkedSheet(
  context: Excel.RequestContext,
  marker: string,
): Promise<{ readonly sheet?: string; readonly exists: boolean; readonly sheets: readonly string[] }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const name = context.workbook.names.getItemOrNullObject(marker);
  await context.sync();
  const range = name.isNullObject ? undefined : name.getRangeOrNullObject().load("address");
  await context.sync();
  const sheets = worksheets.items.map((s) => s.name);
  const pointed = range && !range.isNullObject ? sheetOfAddress(range.address).toLowerCase() : undefined;
  return { sheet: sheets.find((s) => s.toLowerCase() === pointed), exists: !name.isNullObject, sheets };
}

/**
 * Points `marker` at A1 of `sheet`, replacing the name if it exists (it may read #REF!
 * once its old sheet is gone). Queued; the caller syncs.
 */
export function markSheet(context: Excel.RequestContext, marker: string, sheet: Excel.Worksheet, existed: boolean): void {
  const names = context.workbook.names;
  if (existed) names.getItem(marker).delete();
  const item = names.add(marker, sheet.getRange("A1"), MARKER_COMMENT);
  item.visible = false;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * `wanted`, or `wanted (2)`, `wanted (3)`… — the first that no sheet in `taken`
 * has, compared without regard to case, as Excel compares sheet names.
 *
 * @example
 * freeSheetName("Segment Summary", ["segment summary"]) //=> "Segment Summary (2)"
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** The sheet of an address as Range.address gives it: "'My sheet'!A1" → "My sheet". */
export function sheetOfAddress(address: string): string {
  const part = address.slice(0, address.lastIndexOf("!"));
  return part.startsWith("'") && part.endsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part;
}
