import { columnAt, MAX_COLUMNS, MAX_ROWS } from "./cellRef";

/** What a cell's `t` attribute says its value is. */
export const KIND_NUMBER = 0;
export const KIND_SHARED = 1;
export const KIND_INLINE = 2;
/** A formula's text result (`t="str"`). */
export const KIND_TEXT = 3;
export const KIND_BOOLEAN = 4;
export const KIND_ERROR = 5;
/** An ISO 8601 date (`t="d"`), which few writers use. */
export const KIND_DATE = 6;

/** A row or column past Excel's grid: the sheet cannot be one Excel wrote, and is refused before it is read further. */
export class PastGridError extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    super(`past Excel's grid: row ${rows}, column ${columns}`);
    this.name = "PastGridError";
  }
}

/** The sheet's XML is not SpreadsheetML as the scanner knows it (no sheetData, a row that never ends). */
export class SheetXmlError extends Error {
  constructor(readonly at: string) {
    super(`unexpected XML: ${at}`);
    this.name = "SheetXmlError";
  }
}

/**
 * The cells of one row, parsed in place: offsets into `text`, nothing copied.
 * One instance is reused for every row of a scan.
 */
export class RowCells {
  text = "";
  /** 0-based sheet row. */
  row = 0;
  /** Offsets of the text before the row (since the previous one), of `<row`, just past its start tag, of `</row>`, and past the row. */
  gapStart = 0;
  rowStart = 0;
  tagEnd = 0;
  cellsEnd = 0;
  rowEnd = 0;
  count = 0;
  column = new Int32Array(64);
  kind = new Uint8Array(64);
  style = new Int32Array(64);
  /** The whole cell element. */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** The value's text (`<v>` content, or `<is>` content for an inline string); -1 when the cell has none. */
  valueStart = new Int32Array(64);
  valueEnd = new Int32Array(64);

  /** @internal */
  grow(): void {
    const size = this.column.length * 2;
    const wider = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.column = wider(this.column, new Int32Array(size));
    this.kind = wider(this.kind, new Uint8Array(size));
    this.style = wider(this.style, new Int32Array(size));
    this.start = wider(this.start, new Int32Array(size));
    this.end = wider(this.end, new Int32Array(size));
    this.valueStart = wider(this.valueStart, new Int32Array(size));
    this.valueEnd = wider(this.valueEnd, new Int32Array(size));
  }
}

/** Takes the parts of a sheet's XML as the scanner finds them. */
export interface SheetSink {
  /** Everything before the first row: up to and including the `<sheetData>` start tag. */
  head(text: string, prefix: string): void;
  /** One row (reused: read it before returning). */
  row(cells: RowCells): void;
  /** Called after each piece of text has been scanned; the sink may wait here (to write out, say). */
  piece?(): Promise<void> | void;
  /** From `</sheetData>` (or the end of an empty `<sheetData/>`) to the end. */
  tail(text: string): void;
}

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/;
const DIMENSION = /<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*ref="([^"]*)"/;
/**
 * Text held at once before the XML is called wrong: looking for `<sheetData>`,
 * within one row, or after the sheet data. Whitespace between rows is dropped
 * as it comes, so a sheet padded with a gigabyte of blanks is read in
 * bounded memory.
 */
const HEAD_LIMIT = 64 << 20;
const ROW_LIMIT = 64 << 20;
const TAIL_LIMIT = 128 << 20;

/**
 * Scans a worksheet's XML as it streams in, row by row, handing each row's
 * cells (offsets, kinds, styles) to a sink. Used both to read a sheet into
 * the engine and to copy it with output cells added. Refuses a sheet whose
 * `<dimension>` or rows go past Excel's grid before reading on.
 *
 * @example
 * await scanSheet(textPieces(inflateEntry(zip, entry, options)), { head() {}, row(cells) { use(cells) }, tail() {} });
 */
export async function scanSheet(pieces: AsyncIterable<string>, sink: SheetSink): Promise<void> {
  const scan = new Scan(sink);
  for await (const piece of pieces) {
    scan.push(piece);
    await sink.piece?.();
  }
  scan.end();
}

class Scan {
  private carry = "";
  private phase: "head" | "rows" | "tail" = "head";
  private prefix = "";
  private rowOpen = "<row";
  private rowClose = "</row>";
  private dataClose = "</sheetData>";
  private nextRow = 0;
  private tailSize = 0;
  private readonly cells = new RowCells();

  constructor(private readonly sink: SheetSink) {}

  push(piece: string): void {
    let text = this.carry + piece;
    let at = 0;
    if (this.phase === "head") {
      const found = SHEET_DATA.exec(text);
      if (!found) {
        if (text.length > HEAD_LIMIT) throw new SheetXmlError("no <sheetData> element");
        this.carry = text;
        return;
      }
      const tagEnd = text.indexOf(">", found.index) + 1;
      if (tagEnd === 0) {
        this.carry = text;
        return;
      }
      this.setPrefix(found[1] ?? "");
      checkDimension(text.slice(0, found.index));
      this.sink.head(text.slice(0, tagEnd), this.prefix);
      if (text.charCodeAt(tagEnd - 2) === 47) {
        this.phase = "tail";
        this.carry = "";
        text = text.slice(tagEnd);
      } else {
        this.phase = "rows";
        at = tagEnd;
      }
    }
    if (this.phase === "rows") at = this.rows(text, at);
    if (this.phase === "tail") {
      this.carry = "";
      this.tailSize += text.length - at;
      if (this.tailSize > TAIL_LIMIT) throw new SheetXmlError("more than 128 MB after the sheet data");
      this.sink.tail(text.slice(at));
      return;
    }
    if (text.length - at > ROW_LIMIT) throw new SheetXmlError("a row longer than 64 MB");
    this.carry = text.slice(at);
  }

  end(): void {
    if (this.phase !== "tail") throw new SheetXmlError(this.phase === "head" ? "no <sheetData> element" : "the sheet data never ends");
  }

  private setPrefix(prefix: string): void {
    this.prefix = prefix;
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.dataClose = `</${prefix}sheetData>`;
  }

  /** Scans whole rows from `at`; returns where the unfinished rest starts (or where the tail does). */
  private rows(text: string, at: number): number {
    const cells = this.cells;
    for (;;) {
      const lt = text.indexOf("<", at);
      // Nothing but text between rows (whitespace): it means nothing, and is not kept.
      if (lt < 0) return text.length;
      if (text.startsWith(this.rowOpen, lt) && isTagNameEnd(text.charCodeAt(lt + this.rowOpen.length))) {
        const tagEnd = text.indexOf(">", lt) + 1;
        if (tagEnd === 0) return at;
        let cellsEnd: number;
        let rowEnd: number;
        if (text.charCodeAt(tagEnd - 2) === 47) {
          cellsEnd = tagEnd;
          rowEnd = tagEnd;
        } else {
          cellsEnd = text.indexOf(this.rowClose, tagEnd);
          if (cellsEnd < 0) return at;
          rowEnd = cellsEnd + this.rowClose.length;
        }
        const r = attributeAt(text, lt, tagEnd, ' r="');
        let row = this.nextRow;
        if (r >= 0) {
          row = -1;
          for (let k = r, ch = text.charCodeAt(k); ch >= 48 && ch <= 57; ch = text.charCodeAt(++k))
            row = (row < 0 ? 0 : row * 10) + (ch - 48);
          row -= 1;
        }
        if (!(row >= 0) || row >= MAX_ROWS) throw new PastGridError(row + 1, 0);
        this.nextRow = row + 1;
        cells.text = text;
        cells.row = row;
        cells.gapStart = at;
        cells.rowStart = lt;
        cells.tagEnd = tagEnd;
        cells.cellsEnd = cellsEnd;
        cells.rowEnd = rowEnd;
        parseCells(text, tagEnd, cellsEnd, this.prefix, cells);
        this.sink.row(cells);
        at = rowEnd;
      } else if (text.startsWith(this.dataClose, lt)) {
        this.phase = "tail";
        return lt;
      } else if (text.startsWith("<!--", lt)) {
        const close = text.indexOf("-->", lt);
        if (close < 0) return at;
        at = close + 3;
      } else if (text.length - lt < this.dataClose.length) {
        return at;
      } else throw new SheetXmlError(text.slice(lt, lt + 40));
    }
  }
}

function checkDimension(head: string): void {
  const dimension = DIMENSION.exec(head);
  if (!dimension) return;
  const last = dimension[1].split(":").pop() ?? "";
  const column = columnAt(last.replace(/\$/g, ""), 0);
  const row = Number(last.replace(/^[$A-Za-z]+/, "").replace(/\$/g, ""));
  if (row > MAX_ROWS || column >= MAX_COLUMNS) throw new PastGridError(row, column + 1);
}

function isTagNameEnd(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Offset of an attribute's value inside the tag [from, to), given `' name="'`, or -1.
 * Searches the tag only: a search of the whole text for an attribute the tag lacks would run to the text's end.
 */
export function attributeAt(text: string, from: number, to: number, spacedName: string): number {
  const first = spacedName.charCodeAt(1);
  const last = to - spacedName.length;
  outer: for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i + 1) !== first) continue;
    for (let k = 0; k < spacedName.length; k++) if (text.charCodeAt(i + k) !== spacedName.charCodeAt(k)) continue outer;
    return i + spacedName.length;
  }
  return -1;
}

/** Fills `cells` with the cells found in [from, to). */
function parseCells(text: string, from: number, to: number, prefix: string, cells: RowCells): void {
  const open = `<${prefix}c`;
  const close = `</${prefix}c>`;
  const vOpen = `<${prefix}v`;
  const vClose = `</${prefix}v>`;
  const isOpen = `<${prefix}is`;
  const isClose = `</${prefix}is>`;
  let n = 0;
  let column = -1;
  for (let i = from; ;) {
    const lt = text.indexOf(open, i);
    if (lt < 0 || lt >= to) break;
    if (!isTagNameEnd(text.charCodeAt(lt + open.length))) {
      i = lt + 1;
      continue;
    }
    const tagEnd = text.indexOf(">", lt) + 1;
    // The attributes in one pass over the tag: r (reference), s (style), t (type).
    let ref = -1;
    let kind = KIND_NUMBER;
    let style = 0;
    for (let p = lt + open.length; p < tagEnd; p++) {
      if (text.charCodeAt(p) !== 32 || text.charCodeAt(p + 2) !== 61 || text.charCodeAt(p + 3) !== 34) continue;
      const name = text.charCodeAt(p + 1);
      const v = p + 4;
      if (name === 114) ref = v;
      else if (name === 116) kind = kindOf(text, v);
      else if (name === 115)
        for (let k = v, ch = text.charCodeAt(k); ch >= 48 && ch <= 57; ch = text.charCodeAt(++k)) style = style * 10 + (ch - 48);
      p = text.indexOf('"', v);
    }
    column = ref < 0 ? column + 1 : columnAt(text, ref);
    if (column >= MAX_COLUMNS) throw new PastGridError(cells.row + 1, column + 1);
    let end = tagEnd;
    let valueStart = -1;
    let valueEnd = -1;
    if (text.charCodeAt(tagEnd - 2) !== 47) {
      const inline = kind === KIND_INLINE;
      const o = inline ? isOpen : vOpen;
      const c = inline ? isClose : vClose;
      // Most cells are <c …><v>…</v></c>: look right after the tag first.
      let v = text.startsWith(o, tagEnd) ? tagEnd : -1;
      let cellClose = -1;
      if (v < 0) {
        cellClose = text.indexOf(close, tagEnd);
        v = text.indexOf(o, tagEnd);
        if (v >= cellClose) v = -1;
      }
      if (v >= 0 && isTagNameEnd(text.charCodeAt(v + o.length))) {
        const vTagEnd = text.indexOf(">", v) + 1;
        if (text.charCodeAt(vTagEnd - 2) !== 47) {
          valueStart = vTagEnd;
          valueEnd = text.indexOf(c, vTagEnd);
        }
      }
      if (cellClose < 0) {
        const after = valueEnd < 0 ? tagEnd : valueEnd + c.length;
        cellClose = text.startsWith(close, after) ? after : text.indexOf(close, after);
      }
      end = cellClose + close.length;
    }
    if (n === cells.column.length) cells.grow();
    cells.column[n] = column;
    cells.kind[n] = kind;
    cells.style[n] = style;
    cells.start[n] = lt;
    cells.end[n] = end;
    cells.valueStart[n] = valueStart;
    cells.valueEnd[n] = valueEnd;
    n++;
    i = end;
  }
  cells.count = n;
}

function kindOf(text: string, at: number): number {
  switch (text.charCodeAt(at)) {
    case 115: // s, str
      return text.charCodeAt(at + 1) === 34 ? KIND_SHARED : KIND_TEXT;
    case 105: // inlineStr
      return KIND_INLINE;
    case 98: // b
      return KIND_BOOLEAN;
    case 101: // e
      return KIND_ERROR;
    case 100: // d
      return KIND_DATE;
    default:
      return KIND_NUMBER;
  }
}
