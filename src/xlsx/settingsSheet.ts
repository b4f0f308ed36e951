import { ok, type Result } from "../engine/result";
import { readRegionRows } from "../files/xlsx/regionRows";
import type { WorkbookError } from "../workbook/errors";
import type { XlsxBook } from "./book";
import { streamError } from "./problems";
import { SheetCells, worksheetEnd, worksheetStart } from "./sheetCells";

/**
 * Settings live in a "very hidden" worksheet (not listed by Excel's Unhide
 * dialog): one row per key, the key in column A, the value's JSON in columns
 * B, C, … cut into pieces, because an Excel cell holds at most 32,767
 * characters. JSON text never starts with "=", and is written as text anyway.
 */
const PIECE = 32000;

/** The settings stored in a settings sheet, by key; a value that is not valid JSON (a hand edit) is left out. */
export async function readSettings(book: XlsxBook, sheet: string, part: string): Promise<Result<Map<string, unknown>, WorkbookError>> {
  const layout = await book.layout(sheet, part);
  if (!layout.ok) return layout;
  const out = new Map<string, unknown>();
  const used = layout.value.used;
  if (!used) return ok(out);
  const context = await book.cellContext();
  if (!context.ok) return context;
  try {
    await readRegionRows(book.pieces(part), context.value, {
      bounds: { top: used.top, left: 0, bottom: used.bottom, right: used.right },
      merges: [],
      blockRows: 1000,
      take: (rows) => {
        for (const row of rows) {
          const key = row[0];
          if (typeof key !== "string" || key === "") continue;
          let json = "";
          for (let c = 1; c < row.length && typeof row[c] === "string" && row[c] !== ""; c++) json += row[c] as string;
          try {
            out.set(key, JSON.parse(json) as unknown);
          } catch {
            // Only a hand edit of the hidden sheet gets here; behave as if nothing was saved under this key.
          }
        }
      },
    });
  } catch (error) {
    return { ok: false, error: streamError(error, book.fileName, part, sheet) };
  }
  return ok(out);
}

/** The settings sheet's worksheet XML for these settings. */
export function settingsSheetXml(settings: ReadonlyMap<string, unknown>): string {
  const cells = new SheetCells();
  let r = 1;
  for (const [key, value] of settings) {
    const json = JSON.stringify(value) ?? "null";
    cells.value(r, 1, key);
    const pieces = Math.max(1, Math.ceil(json.length / PIECE));
    for (let i = 0; i < pieces; i++) cells.value(r, i + 2, json.slice(i * PIECE, (i + 1) * PIECE));
    r++;
  }
  return worksheetStart(cells.dimension) + cells.sheetData() + worksheetEnd();
}
