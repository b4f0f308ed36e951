import { isAscii } from "buffer";
import { closeSync, openSync, readSync } from "fs";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { ProgressSink } from "../workbook/port";
import { errorText } from "./files";
import { findOwnColumns, withoutOwnColumns, type OwnColumns } from "../files/csv/ownColumns";
import { readCsvBatches, type CsvFormat } from "../files/csv/reader";
import { csvLine } from "../files/csv/writer";

/** Bytes read at a time (see `counted`). */
const READ_BYTES = 1 << 15;

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
  /** An earlier run's output columns were cut, so the raw texts handed over are rebuilt, not the file's own. */
  readonly rebuilt: boolean;
}

/**
 * Streams a csv file to `onRecord`, record by record, with each record's raw
 * text. When the file is an earlier output of this tool, its output columns
 * are cut from every record (the raw text is then rebuilt from the remaining
 * cells), so a re-run replaces them instead of adding a second set. Reading
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
      return onRecord(kept, csvLine(kept, format.delimiter, false), ending);
    }
    return onRecord(cells, raw, ending);
  };
  const decide = async () => {
    own = held.map((r) => findOwnColumns(r.cells)).find((o) => o !== undefined);
    for (const r of held.splice(0)) await take(r.cells, r.raw, r.ending);
  };

  let bytes = 0;
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
        bytes += got;
        const piece = chunk.subarray(0, got);
        // Until the first byte outside ASCII, a piece is read as it is (most ledgers are plain ASCII); from then on
        // every piece goes through one streaming UTF-8 decoder, since a character may straddle two pieces. The
        // decoder keeps a byte-order mark as text, so the format can report it.
        if (!decoder && isAscii(piece)) yield piece.toString("latin1");
        else yield (decoder ??= new TextDecoder("utf-8", { ignoreBOM: true })).decode(piece, { stream: true });
      }
      if (decoder) yield decoder.decode();
    } finally {
      closeSync(fd);
    }
  }
  try {
    for await (const batch of readCsvBatches(counted())) {
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
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  }
  if (own === null) await decide();
  return ok({ format, rebuilt: own !== null && own !== undefined });
}
