import type { PartWriter } from "../zip/zipWriter";
import { scanSheet, type RowCells } from "./sheetScanner";

/** What a run changes in a sheet it keeps: cells in some columns of some rows, and the parts around the sheet data. */
export interface SheetPatch {
  /** The columns [column, column + width) are the patch's: cells there are replaced. */
  readonly column: number;
  readonly width: number;
  /** Rows [firstRow, lastRow] get the cells `cellsFor` gives ("" clears the columns); other rows are copied as they are. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The XML of row `row`'s new cells, in column order (called once per row, in order). */
  cellsFor(row: number): string;
  /** Rewrites what stands before the first row (the dimension, say). */
  head(xml: string): string;
  /** Rewrites what stands after the sheet data (conditional formats, filter). */
  tail(xml: string): string;
  /** Sees every row as it is copied. */
  onRow?(cells: RowCells): void;
}

/** What a patched copy found on its way. */
export interface PatchOutcome {
  /** A formula cell was replaced, so the workbook's calculation chain no longer matches. */
  readonly formulaReplaced: boolean;
}

/**
 * Copies a worksheet's XML into `out` with the patch's cells put in each of
 * its rows (in column order, replacing what stood in those columns) and its
 * head and tail rewritten. Everything else is copied as it is, row by row.
 *
 * @example
 * await writePatchedSheet(textPieces(inflateEntry(zip, entry, options)), zip.open(entry.name), patch);
 */
export async function writePatchedSheet(pieces: AsyncIterable<string>, out: PartWriter, patch: SheetPatch): Promise<PatchOutcome> {
  const { column, width, firstRow, lastRow } = patch;
  const to = column + width;
  let prefix = "";
  let next = firstRow;
  let formulaReplaced = false;
  /** Rows the sheet leaves out that now get cells, written before the row `before`. */
  const missing = (before: number) => {
    for (; next < before && next <= lastRow; next++) {
      const cells = patch.cellsFor(next);
      if (cells) out.write(`<${prefix}row r="${next + 1}">${cells}</${prefix}row>`);
    }
  };
  await scanSheet(pieces, {
    head: (text, p) => {
      prefix = p;
      out.write(patch.head(text));
    },
    row: (cells) => {
      patch.onRow?.(cells);
      const r = cells.row;
      const text = cells.text;
      if (r < firstRow || r > lastRow) {
        out.write(text.slice(cells.gapStart, cells.rowEnd));
        return;
      }
      missing(r);
      next = r + 1;
      out.write(text.slice(cells.gapStart, cells.rowStart));
      const added = patch.cellsFor(r);
      let k = 0;
      let at = cells.tagEnd;
      const selfClosing = cells.cellsEnd === cells.tagEnd;
      out.write(rowStartTag(text.slice(cells.rowStart, cells.tagEnd), to, selfClosing));
      if (selfClosing) {
        out.write(`${added}</${prefix}row>`);
        return;
      }
      for (; k < cells.count && cells.column[k] < column; k++);
      if (k > 0) {
        out.write(text.slice(at, cells.end[k - 1]));
        at = cells.end[k - 1];
      }
      for (; k < cells.count && cells.column[k] < to; k++) {
        if (text.slice(cells.start[k], cells.end[k]).includes("<f")) formulaReplaced = true;
        at = cells.end[k];
      }
      out.write(added);
      out.write(text.slice(k < cells.count ? cells.start[k] : at, cells.rowEnd));
    },
    piece: () => out.flush(),
    tail: (text) => {
      missing(lastRow + 1);
      out.write(patch.tail(text));
    },
  });
  return { formulaReplaced };
}

/** A row's start tag with its `spans` hint widened to the new cells (and opened when it was `<row/>`). */
function rowStartTag(tag: string, to: number, selfClosing: boolean): string {
  let out = tag;
  const spans = tag.indexOf(' spans="');
  if (spans >= 0) {
    const colon = tag.indexOf(":", spans);
    const quote = tag.indexOf('"', spans + 8);
    if (colon > 0 && colon < quote && Number(tag.slice(colon + 1, quote)) < to) out = `${tag.slice(0, colon + 1)}${to}${tag.slice(quote)}`;
  }
  if (selfClosing) out = out.replace(/\s*\/>$/, ">");
  return out;
}
