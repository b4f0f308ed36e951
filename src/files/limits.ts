/**
 * Limits of the Excel file format (Excel's "specifications and limits"),
 * shared by every reader and writer of workbook files: a sheet past them
 * cannot be opened in Excel, and a name past them is refused.
 */

/** Rows in a worksheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Columns in a worksheet (A to XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;

/** Characters in a sheet name. */
export const EXCEL_MAX_SHEET_NAME = 31;

/** Characters in a cell's text. */
export const EXCEL_MAX_CELL_TEXT = 32_767;
