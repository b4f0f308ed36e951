/** The xlsx face: a WorkbookPort over an .xlsx file, read as streams and written by patching (command line and browser page). */
export { XlsxBook, type OpenOptions } from "./book";
export { createXlsxPort, type XlsxPort, type XlsxPortOptions } from "./xlsxPort";
export { quoteSheet } from "./summarySheet";
export { SETTINGS_SHEET, MARKERS } from "./markers";
export { PIVOT_DATA_SHEET } from "./pivotDataSheet";
