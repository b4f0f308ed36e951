import type ExcelJS from "exceljs";
import { OWNED_SHEETS } from "../workbook/ownedSheets";
import { markSheet, ownedSheet } from "./ownedSheets";
import { freeSheetName } from "../files/sheetName";

/**
 * Settings live in a "very hidden" worksheet (not listed by Excel's Unhide
 * dialog) rather than in custom document properties, which ExcelJS 4 neither
 * reads nor writes, found by its marker (`_ARSEG_SETTINGS`), so a user's sheet
 * that happens to be called `_arseg_settings` is data like any other. One row
 * per key: the key in column A, the value's JSON in columns B, C, … cut into
 * pieces, because an Excel cell holds at most 32,767 characters. JSON text
 * never starts with "=", so it is never a formula.
 */
export const SETTINGS_SHEET = OWNED_SHEETS.settings.name;
const PIECE = 32000;

/** The stored value for `key`, undefined when none is stored or it is not valid JSON. */
export function loadSettingFrom(workbook: ExcelJS.Workbook, key: string): unknown {
  const sheet = ownedSheet(workbook, "settings");
  if (!sheet) return undefined;
  const row = findKeyRow(sheet, key);
  if (row === undefined) return undefined;
  let json = "";
  for (let c = 2; ; c++) {
    const piece = sheet.getRow(row).findCell(c)?.value;
    if (typeof piece !== "string" || piece === "") break;
    json += piece;
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // Only a hand edit of the hidden sheet gets here; behave as if nothing was saved.
    return undefined;
  }
}

/** Stores `value` as JSON under `key`, creating the hidden sheet when needed. */
export function saveSettingTo(workbook: ExcelJS.Workbook, key: string, value: unknown): void {
  const sheet =
    ownedSheet(workbook, "settings") ??
    workbook.addWorksheet(
      freeSheetName(
        SETTINGS_SHEET,
        workbook.worksheets.map((ws) => ws.name),
      ),
      { state: "veryHidden" },
    );
  markSheet(workbook, "settings", sheet);
  const json = JSON.stringify(value) ?? "null";
  let rowNumber = findKeyRow(sheet, key);
  if (rowNumber === undefined) rowNumber = sheet.rowCount + 1;
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = key;
  const pieces = Math.max(1, Math.ceil(json.length / PIECE));
  for (let i = 0; i < pieces; i++) row.getCell(i + 2).value = json.slice(i * PIECE, (i + 1) * PIECE);
  // Clear pieces left over from a longer earlier value.
  for (let c = pieces + 2; c <= row.cellCount; c++) row.getCell(c).value = null;
}

function findKeyRow(sheet: ExcelJS.Worksheet, key: string): number | undefined {
  for (let r = 1; r <= sheet.rowCount + 1; r++) {
    if (sheet.findRow(r)?.findCell(1)?.value === key) return r;
  }
  return undefined;
}
