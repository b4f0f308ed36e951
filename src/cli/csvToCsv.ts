import type { WriteStream } from "fs";
import type { SegmentationConfig } from "../engine/config/schema";
import { fail, ok, type Result } from "../engine/result";
import { createSegmenter } from "../engine/segment";
import { CSV_OUTPUT_HEADERS, type Segmentation } from "../engine/segmentation";
import type { RunError } from "../workbook/errors";
import type { RunContext, RunOutcome } from "./context";
import { streamCsvFile } from "./csv/csvFile";
import type { CsvFormat, Delimiter } from "./csv/reader";
import { csvText } from "./csv/writer";
import * as path from "path";

const LINES_PER_WRITE = 4096;

/**
 * csv → csv, streaming: each record goes to the engine's segmenter as it is
 * read; only its raw text is kept. The output is every input line unchanged,
 * padded to the header's width, with the five output fields appended.
 */
export async function csvToCsv(ctx: RunContext, config: SegmentationConfig): Promise<Result<RunOutcome, RunError>> {
  const sheet = path.basename(ctx.input);
  const segmenter = createSegmenter({ config, sheet, today: ctx.today, skipBadRows: ctx.options.skipBadRows });
  const raws: string[] = [];
  const widths: number[] = [];
  const read = await streamCsvFile(
    ctx.input,
    ctx.inputSize,
    (cells, raw) => {
      raws.push(raw);
      widths.push(cells.length);
      segmenter.push(cells);
    },
    ctx.progress,
  );
  if (!read.ok) return read;
  ctx.progress?.({ phase: "segmenting", done: 0, total: raws.length });
  const result = segmenter.finish();
  if (!result.ok) return fail({ kind: "engine", issue: result.error });
  const segmentation = result.value;
  ctx.progress?.({ phase: "segmenting", done: raws.length, total: raws.length });

  const format: CsvFormat = read.value ?? { delimiter: ",", bom: false, newline: "\n" };
  const { stream, finish } = ctx.outputs.openStream(ctx.output);
  await writeLines(stream, csvOutputLines(raws, widths, segmentation, format), raws.length, ctx);
  const finished = await finish();
  if (!finished.ok) return finished;
  return ok({ sheet, rows: segmentation.rowCount, summary: segmentation.summary, skipped: segmentation.skipped });
}

/**
 * The output lines, lazily: raw input text, padded to the header's width so
 * the new fields stand under their headers, then the output fields (empty on
 * title, blank, total and skipped rows).
 */
export function* csvOutputLines(
  raws: readonly string[],
  widths: readonly number[],
  segmentation: Segmentation,
  format: CsvFormat,
): Generator<string> {
  const d = format.delimiter;
  const headerIndex = segmentation.header.row;
  const headerWidth = widths[headerIndex] ?? 0;
  const outcomeOf = new Int32Array(raws.length).fill(-1);
  for (let i = 0; i < segmentation.rowCount; i++) outcomeOf[segmentation.sourceRow[i]] = i;
  const empty = d.repeat(CSV_OUTPUT_HEADERS.length);
  const headerFields = CSV_OUTPUT_HEADERS.map((h) => d + csvText(h, d)).join("");
  const escaped = memoEscape(d);

  if (format.bom) yield "\uFEFF";
  for (let k = 0; k < raws.length; k++) {
    const pad = widths[k] < headerWidth ? d.repeat(headerWidth - widths[k]) : "";
    let fields: string;
    if (k === headerIndex) fields = headerFields;
    else if (outcomeOf[k] < 0) fields = empty;
    else {
      const o = segmentation.outcome(outcomeOf[k]);
      fields = `${d}${escaped(o.segment)}${d}${o.priority ?? ""}${d}${escaped(o.strategy)}${d}${o.score ?? ""}${d}${csvText(o.reason, d)}`;
    }
    yield raws[k] + pad + fields + format.newline;
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

/** Writes lines in large pieces, waiting when the stream asks to. */
async function writeLines(stream: WriteStream, lines: Iterable<string>, total: number, ctx: RunContext): Promise<void> {
  let piece: string[] = [];
  let done = 0;
  for (const line of lines) {
    piece.push(line);
    if (piece.length >= LINES_PER_WRITE) {
      done += piece.length;
      await write(stream, piece.join(""));
      piece = [];
      ctx.progress?.({ phase: "writing", done: Math.min(done, total), total });
    }
  }
  if (piece.length > 0) await write(stream, piece.join(""));
  ctx.progress?.({ phase: "writing", done: total, total });
}

function write(stream: WriteStream, text: string): Promise<void> | void {
  if (stream.destroyed || stream.write(text)) return;
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("error", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("error", done);
    stream.on("close", done);
  });
}
