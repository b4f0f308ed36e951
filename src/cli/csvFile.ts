import { isAscii } from "buffer";
import { closeSync, openSync, readSync } from "fs";
import { fail, ok, type Result } from "../engine/result";
import { quoteProblem, type WorkbookError } from "../workbook/errors";
import type { ProgressSink } from "../workbook/port";
import { errorText } from "./files";
import { letSignalsIn } from "./signals";
import { findOwnColumns, withoutOwnColumns, withoutOwnFields, type OwnColumns } from "../files/csv/ownColumns";
import { encodingOf, type CsvEncoding } from "../files/csv/encoding";
import { readCsvBatches, type CsvFormat } from "../files/csv/reader";
import { CsvQuoteError } from "../files/csv/splitter";

/** Bytes read at a time (see `counted`). */
const READ_BYTES = 1 << 15;

/** Reads between two turns of the event loop (see `letSignalsIn`): a few megabytes. */
const READS_PER_TURN = 128;

/** Records held back before deciding whether the file holds an earlier run's output columns. */
const HEADER_SCAN = 30;

/**
 * Takes one record: its cells, its raw text, and the characters of its line terminator (see `CsvRecord.ending`).
 * It may return a promise (a writer waiting for its compressor): reading goes on once it settles.
 */
export type RecordSink = (cells: string[], raw: string, ending: number) => void | Promise<void>;

export interface CsvFileRead {
  /** How the file is written; undefined for an empty file. */
  readonly format: CsvFormat | undefined;
  /** An earlier run's output columns were cut, so the raw texts handed over are shorter than the file's lines. */
  readonly rebuilt: boolean;
  /** The encoding the file was read in (see `encodingOf`). */
  readonly encoding: CsvEncoding;
}

/**
 * Streams a csv file to `onRecord`, record by record, with each record's raw
 * text. When the file is an earlier output of this tool, its output columns
 * are cut from every record (from its cells, and from its raw text, whose
 * other fields keep their bytes), so a re-run replaces them instead of adding
 * a second set. Reading
 * the same file twice hands over the same records.
 */
export async function streamCsvFile(
  file: string,
  size: number,
  onRecord: RecordSink,
  progress?: ProgressSink,
): Promise<Result<CsvFileRead, WorkbookError>> {
  let format: CsvFormat | undefined;
  let own: OwnColumns | undefined | null = null;
  const held: { cells: string[]; raw: string; ending: number }[] = [];
  const take = (cells: string[], raw: string, ending: number): void | Promise<void> => {
    if (own && format) {
      const kept = withoutOwnColumns(cells, own);
      return onRecord(kept, withoutOwnFields(raw, format.delimiter, own), ending);
    }
    return onRecord(cells, raw, ending);
  };
  const decide = async () => {
    own = held.map((r) => findOwnColumns(r.cells)).find((o) => o !== undefined);
    for (const r of held.splice(0)) await take(r.cells, r.raw, r.ending);
  };

  let bytes = 0;
  let encoding: CsvEncoding = "utf-8";
  async function* counted(): AsyncGenerator<string> {
    let decoder: TextDecoder | undefined;
    // Small reads on purpose: each one's records (a few hundred) are handed on before the next read, so they die
    // young; a megabyte's worth (thousands of records, tens of megabytes of cells) outlives a collection and is copied.
    // Synchronous reads: the file is read front to back with nothing else to do meanwhile, and tens of thousands of
    // small asynchronous reads would each wait a round trip through the thread pool.
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    const fd = openSync(file, "r");
    try {
      for (let got = readSync(fd, chunk, 0, READ_BYTES, null); got > 0; got = readSync(fd, chunk, 0, READ_BYTES, null)) {
        const piece = chunk.subarray(0, got);
        // A UTF-16 file says so with its byte-order mark, in its first bytes.
        if (bytes === 0) encoding = encodingOf(piece);
        bytes += got;
        // Until the first byte outside ASCII, a UTF-8 piece is read as it is (most ledgers are plain ASCII); from then
        // on every piece goes through one streaming decoder, since a character may straddle two pieces. The decoder
        // keeps a byte-order mark as text, so the format can report it.
        if (!decoder && encoding === "utf-8" && isAscii(piece)) yield piece.toString("latin1");
        else yield (decoder ??= new TextDecoder(encoding, { ignoreBOM: true })).decode(piece, { stream: true });
      }
      if (decoder) yield decoder.decode();
    } finally {
      closeSync(fd);
    }
  }
  let batches = 0;
  try {
    for await (const batch of readCsvBatches(counted())) {
      if (++batches % READS_PER_TURN === 0) await letSignalsIn();
      format = batch.format;
      for (const record of batch.records) {
        if (own === null) {
          held.push(record);
          if (held.length >= HEADER_SCAN) await decide();
        } else {
          const waiting = take(record.cells, record.raw, record.ending);
          if (waiting) await waiting;
        }
      }
      progress?.({ phase: "reading", done: bytes, total: size });
    }
  } catch (error) {
    if (error instanceof CsvQuoteError) return fail(quoteProblem(file, error));
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  }
  if (own === null) await decide();
  return ok({ format, rebuilt: own !== null && own !== undefined, encoding });
}
