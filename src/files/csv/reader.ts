import { unguardFormula } from "./formulaGuard";
import { CsvSplitter, type CsvRecord, type Delimiter } from "./splitter";

export type { CsvRecord, Delimiter };

/** How a csv file is written, so its output can be written the same way. */
export interface CsvFormat {
  readonly delimiter: Delimiter;
  /** The file starts with a UTF-8 byte-order mark (Excel's "CSV UTF-8"). */
  readonly bom: boolean;
  readonly newline: "\r\n" | "\n";
}

export interface CsvBatch {
  readonly format: CsvFormat;
  readonly records: CsvRecord[];
}

export interface CsvReadOptions {
  /** Force a delimiter instead of detecting it. */
  readonly delimiter?: Delimiter;
}

const SAMPLE_LINES = 10;

/**
 * Picks the delimiter from the first lines. A real delimiter appears the same
 * number of times on most lines (one per column boundary), so each candidate
 * scores its most common non-zero count per line times the lines that have it;
 * the highest wins, "," on a tie. Characters inside quotes don't count.
 * Spanish and Portuguese Excel exports use ";" because "," is their decimal mark.
 *
 * @example
 * detectDelimiter("Cliente;Saldo;Vencimiento\nAcme;1.234,56;01/02/2025")
 * //=> ";"
 */
export function detectDelimiter(sample: string): Delimiter {
  const candidates: Delimiter[] = [",", ";", "\t"];
  const lines = sample.split("\n", SAMPLE_LINES).filter((line) => line.trim() !== "");
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const candidate of candidates) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, candidate);
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    let score = 0;
    for (const [count, lineCount] of frequency) score = Math.max(score, count * lineCount);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

async function* textChunks(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  // ignoreBOM keeps a byte-order mark in the text, so the format can report it (and the splitter strips it).
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for await (const chunk of source) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/**
 * Reads csv records from a stream of text or bytes, one batch per chunk read
 * (records one at a time through an async iterator cost more than the parsing
 * itself on a million rows). Every batch carries the detected format. A cell
 * the csv formula guard protected ("'=SUM(1)") is read without the guard's
 * apostrophe (see `unguardFormula`); the record's raw text keeps it.
 *
 * @example
 * for await (const { format, records } of readCsvBatches(fs.createReadStream(file))) { … }
 */
export async function* readCsvBatches(source: AsyncIterable<string | Uint8Array>, options: CsvReadOptions = {}): AsyncGenerator<CsvBatch> {
  let splitter: CsvSplitter | undefined;
  let format: CsvFormat | undefined;
  let head = "";
  for await (const chunk of textChunks(source)) {
    if (!splitter || !format) {
      // Gather enough text to see the first lines before choosing the delimiter.
      head += chunk;
      if (countLines(head) < SAMPLE_LINES && head.length < 65536) continue;
      ({ splitter, format } = start(head, options));
      const records: CsvRecord[] = [];
      splitter.feed(stripBom(head), records);
      head = "";
      if (records.length > 0) yield batchOf(format, records);
      continue;
    }
    const records: CsvRecord[] = [];
    splitter.feed(chunk, records);
    if (records.length > 0) yield batchOf(format, records);
  }
  if (!splitter || !format) {
    // A short file, read whole before the first lines were all seen.
    if (head.length === 0) return;
    const started = start(head, options);
    const records: CsvRecord[] = [];
    started.splitter.feed(stripBom(head), records);
    started.splitter.end(records);
    if (records.length > 0) yield batchOf(started.format, records);
    return;
  }
  const records: CsvRecord[] = [];
  splitter.end(records);
  if (records.length > 0) yield batchOf(format, records);
}

/**
 * Reads csv records one at a time: the simple form of `readCsvBatches`.
 *
 * @example
 * for await (const record of readCsvRecords(stream)) console.log(record.cells);
 */
export async function* readCsvRecords(source: AsyncIterable<string | Uint8Array>, options: CsvReadOptions = {}): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(source, options)) yield* batch.records;
}

/** The batch of these records, their cells read without the formula guard. */
function batchOf(format: CsvFormat, records: CsvRecord[]): CsvBatch {
  for (const record of records) {
    const cells = record.cells;
    for (let c = 0; c < cells.length; c++) if (cells[c].charCodeAt(0) === 39) cells[c] = unguardFormula(cells[c]);
  }
  return { format, records };
}

function start(head: string, options: CsvReadOptions): { splitter: CsvSplitter; format: CsvFormat } {
  const text = stripBom(head);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const lf = text.indexOf("\n");
  const format: CsvFormat = {
    delimiter,
    bom: head.charCodeAt(0) === 0xfeff,
    newline: lf > 0 && text.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n",
  };
  return { splitter: new CsvSplitter(delimiter), format };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0 && count < SAMPLE_LINES; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
