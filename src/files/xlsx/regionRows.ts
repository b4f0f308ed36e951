import type { Bounds } from "./cellRef";
import { cellValue, type CellContext, type SheetValue } from "./cellValues";
import { scanSheet, type RowCells } from "./sheetScanner";

export interface RegionRowsOptions {
  readonly bounds: Bounds;
  /** Merged ranges: every cell of one holds its first cell's value, as a spreadsheet shows it. */
  readonly merges: readonly Bounds[];
  /** Rows handed on at a time. */
  readonly blockRows: number;
  /** Takes each block of rows, in order. */
  readonly take: (rows: SheetValue[][]) => void;
  /** Called after each piece of XML; may throw to stop (a cancelled run). */
  readonly onPiece?: (rowsDone: number) => void;
}

/**
 * Streams the values of a block of a sheet: every row from `bounds.top` to
 * `bounds.bottom` (rows the XML leaves out come as empty rows), each
 * `right - left + 1` wide, handed on `blockRows` at a time.
 *
 * @example
 * await readRegionRows(textPieces(inflateEntry(zip, entry, options)), context, { bounds, merges: [], blockRows: 20000, take: (rows) => segmenter.pushRows(rows) });
 */
export async function readRegionRows(
  pieces: AsyncIterable<string>,
  context: Omit<CellContext, "prefix">,
  options: RegionRowsOptions,
): Promise<void> {
  const { top, left, bottom, right } = options.bounds;
  const width = right - left + 1;
  const reading: { -readonly [K in keyof CellContext]: CellContext[K] } = { ...context, prefix: "" };
  const merged = mergeIndex(options.merges, options.bounds);
  let block: SheetValue[][] = [];
  let next = top;
  const emptyRow = (): SheetValue[] => new Array<SheetValue>(width).fill(null);
  const push = (row: SheetValue[]) => {
    const r = next++;
    // A merged range holds its value in its first cell only, as Excel shows it and Office.js reads it: the other
    // cells of the range are empty (a footer merged across the amount column is not an amount there).
    const covering = merged.get(r);
    if (covering) {
      for (const m of covering) {
        for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) if (r !== m.top || c !== m.left) row[c - left] = null;
      }
    }
    block.push(row);
    if (block.length === options.blockRows) {
      options.take(block);
      block = [];
    }
  };
  await scanSheet(pieces, {
    head: (_text, prefix) => {
      reading.prefix = prefix;
    },
    row: (cells: RowCells) => {
      const r = cells.row;
      if (r < next || r > bottom) return;
      while (next < r) push(emptyRow());
      const row = emptyRow();
      for (let k = 0; k < cells.count; k++) {
        const c = cells.column[k];
        if (c < left || c > right) continue;
        const value = cellValue(cells, k, reading);
        row[c - left] = value;
      }
      push(row);
    },
    piece: () => options.onPiece?.(next - top),
    tail: () => undefined,
  });
  while (next <= bottom) push(emptyRow());
  if (block.length > 0) options.take(block);
}

/** For each row a merged range covers within the bounds, the ranges covering it. */
function mergeIndex(merges: readonly Bounds[], bounds: Bounds): Map<number, Bounds[]> {
  const byRow = new Map<number, Bounds[]>();
  for (const m of merges) {
    if (m.right < bounds.left || m.left > bounds.right || m.bottom < bounds.top || m.top > bounds.bottom) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    for (let r = Math.max(m.top, bounds.top); r <= Math.min(m.bottom, bounds.bottom); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return byRow;
}
