import type ExcelJS from "exceljs";
import { OWNED_SHEETS, ownedSheetPlace, type OwnedSheet } from "../workbook/ownedSheets";
import { assertNever } from "../engine/result";
import { cellValueOf } from "./cellValue";
import { quoteSheet } from "../files/sheetName";

/**
 * The product's sheets in an ExcelJS workbook, found by their markers (see
 * `OWNED_SHEETS`): a workbook-scoped defined name pointing at the sheet's A1.
 * Files written before the markers existed are recognised by what the product
 * wrote in them, never by the sheet's name alone, and get the marker on the
 * next write.
 */

interface TabOrder {
  orderNo: number;
}

/** 'Jo''s data'!$A$1 → Jo's data; Ledger!$A$1 → Ledger. */
const RANGE_SHEET = /^(?:'((?:[^']|'')+)'|([^!]+))!/;

/** The sheet of a kind, when the workbook has one. */
export function ownedSheet(workbook: ExcelJS.Workbook, kind: OwnedSheet): ExcelJS.Worksheet | undefined {
  for (const range of workbook.definedNames.getRanges(OWNED_SHEETS[kind].marker).ranges) {
    const match = RANGE_SHEET.exec(range);
    const name = match ? (match[1]?.replace(/''/g, "'") ?? match[2]) : undefined;
    const sheet = name === undefined ? undefined : workbook.getWorksheet(name);
    if (sheet) return sheet;
  }
  return workbook.worksheets.find((sheet) => isLegacyOwned(sheet, kind));
}

/**
 * A fresh, marked sheet of a kind, in place of the earlier one (removed), or
 * under a free name when a user's sheet has the usual one. Sheets in `keep`
 * (the data) are never removed.
 */
export function replaceOwnedSheet(
  workbook: ExcelJS.Workbook,
  kind: OwnedSheet,
  keep: readonly string[],
  options?: Partial<ExcelJS.AddWorksheetOptions>,
): ExcelJS.Worksheet {
  const earlier = ownedSheet(workbook, kind);
  const place = ownedSheetPlace(
    kind,
    workbook.worksheets.map((sheet) => sheet.name),
    earlier?.name,
    keep,
  );
  const replaced = place.replace !== undefined ? earlier : undefined;
  if (replaced) workbook.removeWorksheet(replaced.id);
  const sheet = workbook.addWorksheet(place.name, options);
  // The new sheet takes the old one's place among the tabs. ExcelJS orders sheets by this field, untyped.
  if (replaced) (sheet as unknown as TabOrder).orderNo = (replaced as unknown as TabOrder).orderNo;
  markSheet(workbook, kind, sheet);
  return sheet;
}

/** Points the kind's marker at this sheet (and only at it). */
export function markSheet(workbook: ExcelJS.Workbook, kind: OwnedSheet, sheet: ExcelJS.Worksheet): void {
  const marker = OWNED_SHEETS[kind].marker;
  const others = workbook.definedNames.model.filter((name) => name.name !== marker);
  workbook.definedNames.model = [...others, { name: marker, ranges: [`${quoteSheet(sheet.name)}!$A$1`] }];
}

/**
 * A sheet this product wrote before it marked its sheets: the usual name and
 * what only the product writes there. The settings sheet is very hidden with
 * the configuration's key in A1; the summary has its title in A1 and its
 * "As of …" line, naming COUNTIFS or arseg, in A2.
 */
function isLegacyOwned(sheet: ExcelJS.Worksheet, kind: OwnedSheet): boolean {
  if (sheet.name !== OWNED_SHEETS[kind].name) return false;
  const a1 = cellValueOf(sheet.getCell("A1"));
  switch (kind) {
    case "settings":
      return sheet.state === "veryHidden" && typeof a1 === "string" && a1.startsWith("arseg.");
    case "summary": {
      const a2 = cellValueOf(sheet.getCell("A2"));
      return a1 === OWNED_SHEETS.summary.name && typeof a2 === "string" && /^As of \d{4}-\d{2}-\d{2}\. .*(COUNTIFS|arseg)/.test(a2);
    }
    case "pivotData":
      return false;
    default:
      return assertNever(kind);
  }
}
