/**
 * An RFC 4180 record splitter that is fed text piece by piece, so a file of any
 * size is read with a stream. It keeps each record's raw text (without its line
 * terminator) beside the parsed cells: the csv writer copies input lines
 * unchanged and only appends fields.
 *
 * Lenient where real exports are sloppy: a quote inside an unquoted field is a
 * plain character, text after a closing quote is kept, a lone CR is data.
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

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

export class CsvSplitter {
  private pending = "";
  private readonly delimiterCode: number;

  constructor(readonly delimiter: Delimiter) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** Adds text; appends every record it completes to `out`. */
  feed(text: string, out: CsvRecord[]): void {
    const data = this.pending.length > 0 ? this.pending + text : text;
    this.pending = data.slice(this.split(data, out, false));
  }

  /** Flushes the last record when the input does not end with a line break. */
  end(out: CsvRecord[]): void {
    if (this.pending.length > 0) this.split(this.pending, out, true);
    this.pending = "";
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
        i++;
        let segment = i;
        while (true) {
          const q = data.indexOf('"', i);
          if (q < 0) {
            if (!final) return -1;
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
        return next;
      }
      i = j + 1;
      fieldStart = i;
    }
  }
}
