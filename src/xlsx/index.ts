/** The ExcelJS face: a WorkbookPort over an .xlsx file held in memory (Node CLI and browser). */
export { createXlsxPort } from "./xlsxWorkbook";
export type { XlsxPortOptions } from "./xlsxWorkbook";
export { readWorkbookFile, writeWorkbookBuffer } from "./files";
export { normaliseCell } from "./cellValue";
export { quoteSheet } from "./summarySheet";
export { SETTINGS_SHEET } from "./settings";
