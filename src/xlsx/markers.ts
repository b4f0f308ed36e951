import type { WorkbookPackage } from "../files/xlsx/workbookPackage";

/**
 * The product's own sheets are known by a workbook-scoped, hidden defined
 * name pointing at their A1 (design note D2), never by their name alone.
 */
export const MARKERS = {
  summary: "_ARSEG_SUMMARY",
  pivotData: "_ARSEG_PIVOTDATA",
  settings: "_ARSEG_SETTINGS",
  backtest: "_ARSEG_BACKTEST",
  compare: "_ARSEG_COMPARE",
} as const;

export type OwnedSheet = keyof typeof MARKERS;

/** The settings sheet's name, very hidden. */
export const SETTINGS_SHEET = "_arseg_settings";

/**
 * The sheet name a marker's formula points at: `'Segment Summary'!$A$1` → "Segment Summary".
 *
 * @example
 * sheetOfReference("'Jo''s data'!$A$1") //=> "Jo's data"
 */
export function sheetOfReference(reference: string): string | undefined {
  const quoted = /^'((?:[^']|'')+)'!/.exec(reference);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'"]+)!/.exec(reference);
  return plain ? plain[1] : undefined;
}

/** The product's sheets in this workbook: each marker's sheet, when that sheet exists. */
export function ownedSheets(pkg: WorkbookPackage): Partial<Record<OwnedSheet, string>> {
  const out: Partial<Record<OwnedSheet, string>> = {};
  const names = new Set(pkg.sheets.map((s) => s.name));
  for (const key of Object.keys(MARKERS) as OwnedSheet[]) {
    const marker = pkg.definedNames.find((d) => d.name === MARKERS[key] && d.localSheetId === undefined);
    const sheet = marker && sheetOfReference(marker.value);
    if (sheet && names.has(sheet)) out[key] = sheet;
  }
  // Workbooks written before the markers: the settings sheet is the very hidden one of that name.
  const legacy = pkg.sheets.find((s) => s.name === SETTINGS_SHEET && s.state === "veryHidden");
  if (!out.settings && legacy) out.settings = legacy.name;
  return out;
}

/**
 * A sheet name not taken in any case (Excel's sheet names are case-insensitive):
 * the name itself, else "name (2)", "name (3)", … cut to 31 characters.
 *
 * @example
 * freeSheetName("Segment Summary", ["segment summary"]) //=> "Segment Summary (2)"
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
