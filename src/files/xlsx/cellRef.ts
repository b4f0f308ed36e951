/** Excel's grid: rows and columns a sheet can have. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * 0-based column of the letters that start an A1 reference in `text` at
 * `from`, or -1 when none do.
 *
 * @example
 * columnAt('r="AB12"', 3) //=> 27
 */
export function columnAt(text: string, from: number): number {
  let column = 0;
  let i = from;
  for (; ; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) column = column * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) column = column * 26 + (ch - 96);
    else break;
  }
  return i === from ? -1 : column - 1;
}

/**
 * The 1-based row number of an A1 reference's digits, after its letters.
 *
 * @example
 * rowOfRef("AB12") //=> 12
 */
export function rowOfRef(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return Number(ref.slice(i).replace(/\$/g, ""));
}

/** A 0-based block, bounds inclusive. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Bounds of an A1 range ("B3:H120", "$A$1", "A1:XFD1048576").
 *
 * @example
 * rangeBounds("B3:H120") //=> { top: 2, left: 1, bottom: 119, right: 7 }
 */
export function rangeBounds(range: string): Bounds | undefined {
  const [from, to = from] = range.replace(/\$/g, "").trim().split(":");
  const a = refCell(from);
  const b = refCell(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function refCell(ref: string): { row: number; column: number } | undefined {
  const m = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, column: columnAt(m[1], 0) };
}
