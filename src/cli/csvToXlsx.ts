import * as path from "path";
import type { CellValue } from "../engine/cell";
import { FIELD_INFO, FIELDS } from "../engine/fields";
import { parseAmountCell } from "../engine/parse";
import { readSheetHeader } from "../engine/sheetHeader";
import { fail, ok, type Result } from "../engine/result";
import { NewWorkbookWriter } from "../files/xlsx/newWorkbook";
import { concatBytes } from "../files/zip/bytes";
import type { RunError } from "../workbook/errors";
import { XlsxBook } from "../xlsx/book";
import { createXlsxPort, type XlsxPort } from "../xlsx/xlsxPort";
import type { SegmentationConfig } from "../engine/config/schema";
import type { ProgressSink } from "../workbook/port";
import { defaultConfig } from "./config";
import type { RunContext, RunOutcome } from "./context";
import { streamCsvFile } from "./csvFile";
import { nodeCodec } from "./nodeCodec";
import { sheetNameFor } from "../files/sheetName";
import { segmentToXlsx } from "./workbookRun";

/** Records held back to find the header row (and so the amount columns) before the rest is written. */
const HEADER_SCAN = 30;

/**
 * csv → xlsx: the records become a worksheet named after the file (a
 * workbook built in memory, compressed, as the records stream in), then the
 * workbook run adds the output columns and the summary sheet, as for any
 * workbook. Cells stay text, except amounts in the columns detected as
 * amounts, which become numbers so the summary's SUMIFS formulas add them up;
 * an amount that does not parse stays text and the engine reports it with its
 * cell address.
 */
export async function csvToXlsx(ctx: RunContext): Promise<Result<RunOutcome, RunError>> {
  const made = await csvWorkbook({ input: ctx.input, inputSize: ctx.inputSize }, ctx.config ?? defaultConfig(), ctx.progress);
  if (!made.ok) return made;
  return segmentToXlsx(ctx, made.value.port, made.value.sheet).then((r) => (r.ok ? ok(r.value) : r));
}

/**
 * A csv file as a workbook of one sheet named after the file, held in memory
 * (compressed): what a run, or a backtest's `--out`, writes into.
 */
export async function csvWorkbook(
  file: { readonly input: string; readonly inputSize: number },
  config: SegmentationConfig,
  progress?: ProgressSink,
): Promise<Result<{ readonly port: XlsxPort; readonly sheet: string }, RunError>> {
  const ctx = { ...file, progress };
  const sheetName = sheetNameFor(path.basename(ctx.input));
  const chunks: Uint8Array[] = [];
  const book = await NewWorkbookWriter.start({ write: (bytes) => void chunks.push(bytes) }, nodeCodec, sheetName);
  const held: string[][] = [];
  let headerRow = -1;
  let amountColumns: Set<number> | undefined;
  let written = 0;
  const put = (cells: string[]): Promise<void> | undefined => {
    const r = written++;
    const values: CellValue[] = cells.map((text, c) => {
      if (text === "") return null;
      if (r > headerRow && headerRow >= 0 && amountColumns!.has(c)) {
        const amount = parseAmountCell(text);
        if (typeof amount === "number") return amount;
      }
      return text;
    });
    return book.row(values as (string | number | null)[]);
  };
  // The same reading of the header as the run's: its amount columns (and an aging summary's buckets) become numbers.
  const decide = async (): Promise<void> => {
    const header = readSheetHeader(held, config, sheetName, undefined, "report");
    headerRow = header.ok ? header.value.row : -1;
    amountColumns = new Set();
    if (header.ok) {
      const { columns } = header.value.detection;
      for (const field of FIELDS) {
        const column = columns[field];
        if (column !== undefined && FIELD_INFO[field].type === "amount") amountColumns.add(column);
      }
      if (header.value.layout.kind === "agingSummary") for (const b of header.value.layout.buckets) amountColumns.add(b.column);
    }
    for (const cells of held.splice(0)) await put(cells);
  };
  const read = await streamCsvFile(
    ctx.input,
    ctx.inputSize,
    (cells) => {
      if (amountColumns) return put(cells);
      held.push(cells);
      return held.length >= HEADER_SCAN ? decide() : undefined;
    },
    ctx.progress,
  );
  if (!read.ok) return read;
  if (!amountColumns) await decide();
  await book.finish();
  const bytes = concatBytes(chunks);
  chunks.length = 0;
  const opened = await XlsxBook.open(bytes, { fileName: path.basename(ctx.input), codec: nodeCodec });
  if (!opened.ok) return fail(opened.error);
  return ok({ port: createXlsxPort(opened.value, { activeSheet: sheetName }), sheet: sheetName });
}
