import type { SegmentationConfig } from "../engine/config/schema";
import { ok, type Result } from "../engine/result";
import { OUTPUT_HEADERS, segmentedRowOf } from "../engine/segmentation";
import { loadConfig, saveConfig } from "../workbook/configStore";
import type { RunError } from "../workbook/errors";
import type { WorkbookPort } from "../workbook/port";
import { readAndSegment, segmentWorkbook, type RunRequest } from "../workbook/segmentWorkbook";
import { XlsxBook } from "../xlsx/book";
import { createXlsxPort, type XlsxPort } from "../xlsx/xlsxPort";
import { defaultConfig, withOverrides } from "./config";
import type { RunContext, RunOutcome } from "./context";
import { csvLine, csvText } from "../files/csv/writer";
import { readInput } from "./files";
import { nodeCodec } from "./nodeCodec";

/** Opens an .xlsx input as a port: its bytes are held as they are (compressed), its sheets streamed when read. */
export async function openWorkbook(ctx: Pick<RunContext, "input" | "progress">): Promise<Result<XlsxPort, RunError>> {
  const bytes = await readInput(ctx.input);
  if (!bytes.ok) return bytes;
  ctx.progress?.({ phase: "reading", done: 0, total: 1 });
  const book = await XlsxBook.open(bytes.value, { fileName: ctx.input, codec: nodeCodec });
  if (!book.ok) return book;
  return ok(createXlsxPort(book.value));
}

/**
 * The configuration of a workbook run: the command line's, else the one saved
 * in the workbook (so a re-run uses the same rules), else the default preset;
 * --level and --as-of apply over any of them.
 */
export async function configFor(ctx: RunContext, port: WorkbookPort): Promise<Result<SegmentationConfig, RunError>> {
  if (ctx.config) return ok(ctx.config);
  const saved = await loadConfig(port);
  if (!saved.ok) return saved;
  return ok(withOverrides(saved.value ?? defaultConfig(), ctx.options));
}

function request(ctx: RunContext, config: SegmentationConfig, sheet?: string): RunRequest {
  return {
    config,
    sheet: sheet ?? ctx.options.sheet,
    today: ctx.today,
    whenOccupied: ctx.options.overwrite ? "overwrite" : "stop",
    onProgress: ctx.progress,
    skipBadRows: ctx.options.skipBadRows,
    summary: true,
    displayLanguage: ctx.displayLanguage,
  };
}

/**
 * Segments a workbook (output columns, summary sheet, saved configuration)
 * and streams it to the .xlsx output. Shared by xlsx → xlsx and csv → xlsx.
 */
export async function segmentToXlsx(ctx: RunContext, port: XlsxPort, sheet?: string): Promise<Result<RunOutcome, RunError>> {
  const config = await configFor(ctx, port);
  if (!config.ok) return config;
  const run = await segmentWorkbook(port, request(ctx, config.value, sheet));
  if (!run.ok) return run;
  // A preset is translated when a run first puts it in a language (design of issue 13): the bound configuration is saved, so
  // the next run keeps its names. An English run of a configuration that names no language saves it as given, so a later
  // run still follows its sheet's headers.
  const { segmentation } = run.value;
  const bound = segmentation.language === "en" && config.value.language === undefined ? config.value : segmentation.config;
  const saved = await saveConfig(port, bound);
  if (!saved.ok) return saved;
  const written = await ctx.outputs.writeFileBy<RunError>(ctx.output, (file) =>
    port.save({ write: (bytes) => file.writeBytes(bytes, 0, bytes.length) }, ctx.progress),
  );
  if (!written.ok) return written;
  return ok({
    sheet: run.value.sheet,
    rows: run.value.rows,
    summary: run.value.summary,
    reading: segmentation.reading,
    skipped: segmentation.skipped,
    language: segmentation.language,
  });
}

/** xlsx → xlsx: every sheet and cell of the input is kept; the output columns and the summary sheet are added. */
export async function xlsxToXlsx(ctx: RunContext): Promise<Result<RunOutcome, RunError>> {
  const opened = await openWorkbook(ctx);
  if (!opened.ok) return opened;
  return segmentToXlsx(ctx, opened.value);
}

/**
 * xlsx → csv: the data region of the sheet (table or used range) as csv, an
 * earlier run's output columns left out, with the five output fields
 * appended. Comma-delimited, CRLF, with a UTF-8 byte-order mark so Excel
 * opens accented text correctly. Dates are written YYYY-MM-DD.
 */
export async function xlsxToCsv(ctx: RunContext): Promise<Result<RunOutcome, RunError>> {
  const opened = await openWorkbook(ctx);
  if (!opened.ok) return opened;
  const config = await configFor(ctx, opened.value);
  if (!config.ok) return config;
  const analysed = await readAndSegment(opened.value, request(ctx, config.value));
  if (!analysed.ok) return analysed;
  const { region, segmentation } = analysed.value;
  const own = segmentation.header.ownColumns;
  const keep = (row: readonly unknown[]) => (own === undefined ? row : [...row.slice(0, own), ...row.slice(own + OUTPUT_HEADERS.length)]);
  const outcomeOf = segmentedRowOf(segmentation, region.values.length);
  const width = own ?? segmentation.header.dataWidth;
  const lines: string[] = ["\uFEFF"];
  region.values.forEach((row, k) => {
    const cells = keep(row).slice(0, Math.max(width, 0)) as typeof row;
    const padded = cells.length < width ? [...cells, ...new Array(width - cells.length).fill(null)] : cells;
    let fields: string[];
    if (k === segmentation.header.row) fields = segmentation.outputHeaders.slice(0, 5).map((h) => csvText(h, ","));
    else if (outcomeOf[k] < 0) fields = ["", "", "", "", ""];
    else {
      const o = segmentation.outcome(outcomeOf[k]);
      fields = [
        csvText(o.segment, ","),
        o.priority === null ? "" : String(o.priority),
        csvText(o.strategy, ","),
        o.score === null ? "" : String(o.score),
        csvText(o.reason, ","),
      ];
    }
    lines.push(`${csvLine(padded, ",")},${fields.join(",")}\r\n`);
  });
  const written = await ctx.outputs.writeFile(ctx.output, lines.join(""));
  if (!written.ok) return written;
  return ok({
    sheet: region.sheet,
    rows: segmentation.rowCount,
    summary: segmentation.summary,
    reading: segmentation.reading,
    skipped: segmentation.skipped,
    language: segmentation.language,
  });
}
