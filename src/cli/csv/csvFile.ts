import { createReadStream } from "fs";
import { fail, ok, type Result } from "../../engine/result";
import type { WorkbookError } from "../../workbook/errors";
import type { ProgressSink } from "../../workbook/port";
import { errorText } from "../files";
import { findOwnColumns, withoutOwnColumns, type OwnColumns } from "./ownColumns";
import { readCsvBatches, type CsvFormat } from "./reader";
import { csvLine } from "./writer";

/** Records held back before deciding whether the file holds an earlier run's output columns. */
const HEADER_SCAN = 30;

export type RecordSink = (cells: string[], raw: string) => void;

/**
 * Streams a csv file to `onRecord`, record by record, with each record's raw
 * text. When the file is an earlier output of this tool, its output columns
 * are cut from every record (the raw text is then rebuilt from the remaining
 * cells), so a re-run replaces them instead of adding a second set.
 */
export async function streamCsvFile(
  file: string,
  size: number,
  onRecord: RecordSink,
  progress?: ProgressSink,
): Promise<Result<CsvFormat | undefined, WorkbookError>> {
  let format: CsvFormat | undefined;
  let own: OwnColumns | undefined | null = null;
  const held: { cells: string[]; raw: string }[] = [];
  const take = (cells: string[], raw: string) => {
    if (own && format) {
      const kept = withoutOwnColumns(cells, own);
      onRecord(kept, csvLine(kept, format.delimiter, false));
    } else onRecord(cells, raw);
  };
  const decide = () => {
    own = held.map((r) => findOwnColumns(r.cells)).find((o) => o !== undefined);
    for (const r of held.splice(0)) take(r.cells, r.raw);
  };

  let bytes = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      bytes += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  try {
    for await (const batch of readCsvBatches(counted())) {
      format = batch.format;
      for (const record of batch.records) {
        if (own === null) {
          held.push(record);
          if (held.length >= HEADER_SCAN) decide();
        } else take(record.cells, record.raw);
      }
      progress?.({ phase: "reading", done: bytes, total: size });
    }
  } catch (error) {
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  }
  if (own === null) decide();
  return ok(format);
}
