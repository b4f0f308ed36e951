import { closeSync, openSync } from "fs";
import * as path from "path";
import type { SegmentationConfig } from "../engine/config/schema";
import { flagColumn, intColumn } from "../engine/ledger/columns";
import { fail, ok, type Result } from "../engine/result";
import { createSegmenter } from "../engine/segment";
import { CSV_OUTPUT_HEADERS, segmentedRowOf, type Segmentation } from "../engine/segmentation";
import type { RunError } from "../workbook/errors";
import { ByteReader, type BufferedFile } from "./bufferedFile";
import type { RunContext, RunOutcome } from "./context";
import { streamCsvFile } from "./csvFile";
import type { CsvFormat, Delimiter } from "../files/csv/reader";
import { csvText } from "../files/csv/writer";
import { errorText } from "./files";
import { letSignalsIn } from "./signals";

/** Lines between two progress reports. */
const LINES_PER_REPORT = 16384;
const UTF8_BOM_BYTES = 3;

/**
 * csv → csv in two passes, so no copy of the file is held in memory. The
 * first streams each record to the engine's segmenter and keeps only its
 * width and its length in bytes; the second copies every input line's bytes
 * unchanged, pads it to the header's width and appends the five output fields.
 *
 * When the lengths cannot be trusted (the file is not valid UTF-8, is UTF-16,
 * or an earlier run's output columns were cut so the lines are shorter), the
 * second pass reads the records again and writes their text (in UTF-8) instead.
 */
export async function csvToCsv(ctx: RunContext, config: SegmentationConfig): Promise<Result<RunOutcome, RunError>> {
  const sheet = path.basename(ctx.input);
  const segmenter = createSegmenter({
    config,
    sheet,
    today: ctx.today,
    skipBadRows: ctx.options.skipBadRows,
    displayLanguage: ctx.displayLanguage,
  });
  const records = new RecordSizes();
  const read = await streamCsvFile(
    ctx.input,
    ctx.inputSize,
    (cells, raw, ending) => {
      records.add(cells.length, raw, ending);
      segmenter.push(cells);
    },
    ctx.progress,
  );
  if (!read.ok) return read;
  const total = records.count;
  ctx.progress?.({ phase: "segmenting", done: 0, total });
  const result = segmenter.finish();
  if (!result.ok) return fail({ kind: "engine", issue: result.error });
  const segmentation = result.value;
  ctx.progress?.({ phase: "segmenting", done: total, total });

  const format: CsvFormat = read.value.format ?? { delimiter: ",", bom: false, newline: "\n" };
  const tails = new OutputFields(records, segmentation, format);
  const skipBytes = format.bom ? UTF8_BOM_BYTES : 0;
  // Lines are copied as bytes only from a UTF-8 file whose records add up to its size; else their text is written.
  const exact = !read.value.rebuilt && read.value.encoding === "utf-8" && skipBytes + records.bytes === ctx.inputSize;
  const written = await ctx.outputs.writeFileBy<RunError>(ctx.output, async (file) => {
    if (format.bom) file.write("\uFEFF");
    const report = (done: number) => {
      if (done % LINES_PER_REPORT === 0 || done === total) ctx.progress?.({ phase: "writing", done, total });
    };
    if (exact) return copyLines(ctx.input, file, records, tails, skipBytes, report);
    let k = 0;
    const again = await streamCsvFile(ctx.input, ctx.inputSize, (_cells, raw) => {
      if (k >= total) return;
      file.write(raw);
      file.write(tails.of(k++));
      report(k);
    });
    if (!again.ok) return again;
    if (k !== total) return fail({ kind: "unreadableFile", file: ctx.input, detail: "the file changed while it was being read" });
    return ok(undefined);
  });
  if (!written.ok) return written;
  return ok({
    sheet,
    rows: segmentation.rowCount,
    summary: segmentation.summary,
    reading: segmentation.reading,
    skipped: segmentation.skipped,
    language: segmentation.language,
  });
}

/** Width (cells), text length in bytes and line-terminator length of every record read. */
class RecordSizes {
  readonly widths = intColumn(1 << 16);
  readonly lineBytes = intColumn(1 << 16);
  readonly endings = flagColumn(1 << 16);
  /** Bytes of all records, terminators included. */
  bytes = 0;

  get count(): number {
    return this.widths.length;
  }

  add(width: number, raw: string, ending: number): void {
    const length = Buffer.byteLength(raw, "utf8");
    this.widths.push(width);
    this.lineBytes.push(length);
    // A terminator is CR and/or LF: one byte per character.
    this.endings.push(ending);
    this.bytes += length + ending;
  }
}

/** The second pass over a UTF-8 file: each line's own bytes, then its output fields. */
async function copyLines(
  input: string,
  file: BufferedFile,
  records: RecordSizes,
  tails: OutputFields,
  skipBytes: number,
  report: (done: number) => void,
): Promise<Result<void, RunError>> {
  let fd: number | undefined;
  try {
    fd = openSync(input, "r");
    const reader = new ByteReader(fd);
    reader.skip(skipBytes);
    const lineBytes = records.lineBytes.values();
    const endings = records.endings.values();
    for (let k = 0; k < lineBytes.length; k++) {
      reader.copyTo(file, lineBytes[k]);
      reader.skip(endings[k]);
      file.write(tails.of(k));
      report(k + 1);
      if ((k + 1) % LINES_PER_REPORT === 0) await letSignalsIn();
    }
    return ok(undefined);
  } catch (error) {
    return fail({ kind: "unreadableFile", file: input, detail: errorText(error) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * What follows each input line in the output: padding to the header's width
 * (so the new fields stand under their headers), the output fields (empty on
 * title, blank, total and skipped rows) and the file's line terminator.
 */
class OutputFields {
  private readonly widths: Int32Array;
  private readonly headerIndex: number;
  private readonly headerWidth: number;
  private readonly outcomeOf: Int32Array;
  private readonly empty: string;
  private readonly headerFields: string;
  private readonly escaped: (text: string) => string;

  constructor(
    records: RecordSizes,
    private readonly segmentation: Segmentation,
    private readonly format: CsvFormat,
  ) {
    const d = format.delimiter;
    this.widths = records.widths.values();
    this.headerIndex = segmentation.header.row;
    this.headerWidth = this.widths[this.headerIndex] ?? 0;
    this.outcomeOf = segmentedRowOf(segmentation, records.count);
    this.empty = d.repeat(CSV_OUTPUT_HEADERS.length);
    this.headerFields = segmentation.outputHeaders
      .slice(0, CSV_OUTPUT_HEADERS.length)
      .map((h) => d + csvText(h, d))
      .join("");
    this.escaped = memoEscape(d);
  }

  /** The text after input line `k`. */
  of(k: number): string {
    const d = this.format.delimiter;
    const pad = this.widths[k] < this.headerWidth ? d.repeat(this.headerWidth - this.widths[k]) : "";
    let fields: string;
    if (k === this.headerIndex) fields = this.headerFields;
    else if (this.outcomeOf[k] < 0) fields = this.empty;
    else {
      const o = this.segmentation.outcome(this.outcomeOf[k]);
      fields = `${d}${this.escaped(o.segment)}${d}${o.priority ?? ""}${d}${this.escaped(o.strategy)}${d}${o.score ?? ""}${d}${csvText(o.reason, d)}`;
    }
    return pad + fields + this.format.newline;
  }
}

/** Segment and strategy texts repeat on every row: escape each once. */
function memoEscape(delimiter: Delimiter): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = csvText(text, delimiter);
      cache.set(text, out);
    }
    return out;
  };
}
