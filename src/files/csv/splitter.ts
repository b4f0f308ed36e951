/**
 * An RFC 4180 record splitter that is fed text piece by piece, so a file of any
 * size is read with a stream. It keeps each record's raw text (without its line
 * terminator) beside the parsed cells: the csv writer copies input lines
 * unchanged and only appends fields.
 *
 * Lenient where real exports are sloppy: a quote inside an unquoted field is a
 * plain character, text after a closing quote is kept, a lone CR is data. But
 * never where it would lose rows in silence: a quote that is never closed, or
 * that closes only lines later in the middle of a field, is a `CsvQuoteError`
 * naming the line it opened on.
 */

export type Delimiter = "," | ";" | "\t";

export interface CsvRecord {
  /** The fields, unquoted. */
  readonly cells: string[];
  /** The record as it stands in the file, without its line terminator (may hold quoted newlines). */
  readonly raw: string;
  /** Characters of the line terminator after `raw`: 1 (LF), 2 (CRLF), 0 at the end of the text without one. */
  readonly ending: number;
}

/**
 * A quoted field that would swallow the lines after it: its quote is never
 * closed (`endLine` undefined), or closes on a later line with text after it.
 * Lines are counted from 1.
 */
export class CsvQuoteError extends Error {
  constructor(
    readonly line: number,
    readonly endLine?: number,
  ) {
    super(endLine === undefined ? `unclosed quote on line ${line}` : `quote opened on line ${line} closes on line ${endLine}`);
    this.name = "CsvQuoteError";
  }
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

export class CsvSplitter {
  /** Text of the unfinished record, in the pieces it came in (joined only when it is parsed again). */
  private pending: string[] = [];
  private pendingLength = 0;
  /**
   * Length the unfinished record must reach before it is parsed again: twice
   * what it was at the last try, so a huge field (50 MB in one cell) is
   * scanned a bounded number of times in all, not once per piece.
   */
  private retryAt = 0;
  /** Line (1-based) on which the next record starts. */
  private line = 1;
  private readonly delimiterCode: number;

  constructor(readonly delimiter: Delimiter) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** Adds text; appends every record it completes to `out`. Throws a `CsvQuoteError` for a quote that swallows lines. */
  feed(text: string, out: CsvRecord[]): void {
    if (text.length === 0) return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength < this.retryAt) return;
    const data = this.pending.length === 1 ? this.pending[0] : this.pending.join("");
    const rest = data.slice(this.split(data, out, false));
    this.pending = rest.length > 0 ? [rest] : [];
    this.pendingLength = rest.length;
    this.retryAt = 2 * rest.length;
  }

  /** Flushes the last record when the input does not end with a line break. */
  end(out: CsvRecord[]): void {
    const data = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    this.retryAt = 0;
    if (data.length > 0) this.split(data, out, true);
  }

  /** Splits complete records; returns where the unfinished rest starts. */
  private split(data: string, out: CsvRecord[], final: boolean): number {
    const n = data.length;
    let pos = 0;
    let nextQuote = data.indexOf('"');
    if (nextQuote < 0) nextQuote = n;
    while (pos < n) {
      const lf = data.indexOf("\n", pos);
      if (nextQuote < pos) {
        nextQuote = data.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = n;
      }
      if (lf >= 0 && lf < nextQuote) {
        // Fast path: no quote before the line break, so plain splitting is exact.
        const end = lf > pos && data.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
        const raw = data.slice(pos, end);
        out.push({ cells: raw.split(this.delimiter), raw, ending: lf + 1 - end });
        this.line++;
        pos = lf + 1;
        continue;
      }
      if (lf < 0 && nextQuote >= n) {
        if (!final) return pos;
        const end = data.charCodeAt(n - 1) === CR ? n - 1 : n;
        const raw = data.slice(pos, end);
        out.push({ cells: raw.split(this.delimiter), raw, ending: n - end });
        return n;
      }
      const next = this.quoted(data, pos, out, final);
      if (next < 0) return pos;
      pos = next;
    }
    return pos;
  }

  /**
   * Parses one record that holds a quote, character by character. Returns the
   * position after its line terminator, or -1 when the record is not complete.
   */
  private quoted(data: string, start: number, out: CsvRecord[], final: boolean): number {
    const n = data.length;
    const delim = this.delimiterCode;
    const cells: string[] = [];
    let field = "";
    let i = start;
    let fieldStart = start;
    while (true) {
      if (i < n && data.charCodeAt(i) === QUOTE && i === fieldStart) {
        // A quoted field: runs to the closing quote; "" is one quote.
        const open = i;
        i++;
        let segment = i;
        while (true) {
          const q = data.indexOf('"', i);
          if (q < 0) {
            if (!final) return -1;
            this.checkUnclosed(data, start, open);
            field += data.slice(segment, n);
            i = n;
            break;
          }
          if (q + 1 < n && data.charCodeAt(q + 1) === QUOTE) {
            field += data.slice(segment, q + 1);
            i = q + 2;
            segment = i;
            continue;
          }
          if (q + 1 >= n && !final) return -1;
          field += data.slice(segment, q);
          i = q + 1;
          this.checkClosing(data, start, open, q);
          break;
        }
      }
      // Unquoted text (or text after a closing quote) up to a delimiter or line break.
      let j = i;
      while (j < n) {
        const c = data.charCodeAt(j);
        if (c === delim || c === LF) break;
        j++;
      }
      if (j >= n && !final) return -1;
      let tail = data.slice(i, j);
      const atLineEnd = j >= n || data.charCodeAt(j) === LF;
      if (atLineEnd && tail.length > 0 && tail.charCodeAt(tail.length - 1) === CR) tail = tail.slice(0, -1);
      cells.push(field + tail);
      field = "";
      if (atLineEnd) {
        let end = j;
        if (end > start && data.charCodeAt(end - 1) === CR) end--;
        const next = j < n ? j + 1 : n;
        out.push({ cells, raw: data.slice(start, end), ending: next - end });
        this.line += 1 + linesIn(data, start, end);
        return next;
      }
      i = j + 1;
      fieldStart = i;
    }
  }

  /**
   * A quote still open where the text ends. The end of the file really ends
   * the field only when what follows the quote is the rest of the last line
   * (no delimiter, no line break but a final one); else the field would
   * swallow cells or lines.
   */
  private checkUnclosed(data: string, start: number, open: number): void {
    let end = data.length;
    if (end > open + 1 && data.charCodeAt(end - 1) === LF) end--;
    if (end > open + 1 && data.charCodeAt(end - 1) === CR) end--;
    const rest = data.slice(open + 1, end);
    if (rest.includes("\n") || rest.includes(this.delimiter)) throw new CsvQuoteError(this.line + linesIn(data, start, open));
  }

  /** A quoted field that spans lines and then runs on after its closing quote: the quote was never meant to open a field. */
  private checkClosing(data: string, start: number, open: number, close: number): void {
    const after = data.charCodeAt(close + 1);
    if (close + 1 >= data.length || after === this.delimiterCode || after === LF || after === CR) return;
    const spanned = linesIn(data, open, close);
    if (spanned > 0) {
      const line = this.line + linesIn(data, start, open);
      throw new CsvQuoteError(line, line + spanned);
    }
  }
}

/** Line feeds in data[from, to). */
function linesIn(data: string, from: number, to: number): number {
  let count = 0;
  for (let i = data.indexOf("\n", from); i >= 0 && i < to; i = data.indexOf("\n", i + 1)) count++;
  return count;
}
