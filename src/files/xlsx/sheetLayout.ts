import { rangeBounds, type Bounds } from "./cellRef";
import { hasValue, type CellContext } from "./cellValues";
import { scanSheet, type RowCells } from "./sheetScanner";

/** Where a sheet's values stand, learnt from one pass over its XML that keeps no value. */
export interface SheetLayout {
  /** Bounds of the cells that hold a value (merged ranges whose first cell holds one count whole); undefined when none do. */
  readonly used: Bounds | undefined;
  /** For each row, the rightmost column holding a value (-1 for none), to find the cells in the way of output columns. */
  readonly rightmost: Int32Array;
  /** Merged ranges, as the sheet lists them. */
  readonly merges: readonly Bounds[];
  /** The namespace prefix of the sheet's elements ("" or "x:"). */
  readonly prefix: string;
}

/** Rows whose used cells are all remembered, to tell whether a merged range's first cell holds a value. */
const EXACT_ROWS = 256;
const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*ref="([^"]+)"/g;

/**
 * Scans a sheet once for its layout: the used range (cells holding only a
 * format don't count), each row's rightmost value and the merged ranges.
 *
 * @example
 * const layout = await scanLayout(textPieces(inflateEntry(zip, entry, options)), context);
 * layout.used //=> { top: 0, left: 0, bottom: 100000, right: 11 }
 */
export async function scanLayout(
  pieces: AsyncIterable<string>,
  context: Omit<CellContext, "prefix">,
  onPiece?: () => void,
): Promise<SheetLayout> {
  let prefix = "";
  let tail = "";
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  let rightmost: Int32Array = new Int32Array(1024).fill(-1);
  let leftmost: Int32Array = new Int32Array(1024).fill(-1);
  const exact = new Set<number>();
  const reading = { ...context, prefix };
  await scanSheet(pieces, {
    head: (_text, p) => {
      prefix = p;
      reading.prefix = p;
    },
    row: (cells: RowCells) => {
      let first = -1;
      let last = -1;
      for (let k = 0; k < cells.count; k++) {
        if (!hasValue(cells, k, reading)) continue;
        const c = cells.column[k];
        if (first < 0 || c < first) first = c;
        if (c > last) last = c;
        if (cells.row < EXACT_ROWS) exact.add(cells.row * 16384 + c);
      }
      if (last < 0) return;
      const r = cells.row;
      if (r >= rightmost.length) {
        rightmost = grown(rightmost, r);
        leftmost = grown(leftmost, r);
      }
      rightmost[r] = last;
      leftmost[r] = first;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (first < left) left = first;
      if (last > right) right = last;
    },
    piece: onPiece,
    tail: (text) => {
      tail += text;
    },
  });
  const merges: Bounds[] = [];
  for (const m of tail.matchAll(MERGE_CELL)) {
    const b = rangeBounds(m[1]);
    if (b) merges.push(b);
  }
  const mastered = (b: Bounds) =>
    b.top < EXACT_ROWS
      ? exact.has(b.top * 16384 + b.left)
      : b.top < leftmost.length && leftmost[b.top] >= 0 && leftmost[b.top] <= b.left && b.left <= rightmost[b.top];
  for (const b of merges) {
    if (!mastered(b)) continue;
    top = Math.min(top, b.top);
    left = Math.min(left, b.left);
    bottom = Math.max(bottom, b.bottom);
    right = Math.max(right, b.right);
  }
  const used = bottom < 0 ? undefined : { top, left, bottom, right };
  return { used, rightmost, merges, prefix };
}

function grown(a: Int32Array, index: number): Int32Array {
  let size = a.length;
  while (size <= index) size *= 2;
  const out = new Int32Array(size).fill(-1);
  out.set(a);
  return out;
}
