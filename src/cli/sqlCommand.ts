import { environmentLocale } from "./main";
import { createReadStream, promises as fs } from "fs";
import * as path from "path";
import type { CellValue } from "../engine/cell";
import type { SegmentationConfig } from "../engine/config/schema";
import { describeIssue } from "../engine/issues";
import { textOf } from "../engine/parse";
import { defaultConfig } from "../engine/presets";
import { fail, ok, type Result } from "../engine/result";
import { readSheetHeader } from "../engine/sheetHeader";
import { readCsvRecords } from "../files/csv/reader";
import { compileSql, type AsOfChoice } from "../sql";
import { describeRunError, describeUsageError, type RunError } from "../workbook/errors";
import type { CliOptions } from "./args";
import { checkAsOf, requestedConfig, withOverrides } from "./config";
import { errorText, statInput } from "./files";
import type { CliIo } from "./main";
import { parseSqlArgs, sqlUsageText, type SqlOptions } from "./sqlArgs";

/** Rows of a --like file looked at for its header (the engine looks at as many). */
const LIKE_ROWS = 230;

/**
 * `arseg sql`: prints the query for a table. Exit codes as `arseg`'s: 0 done,
 * 2 a problem with the options, the configuration or the columns (one
 * message on stderr), 1 an internal error.
 *
 * @example
 * await sqlCommand(["--dialect", "postgres", "--table", "ar", "--columns", "Customer,Balance,Due Date"], io) //=> 0
 */
export async function sqlCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseSqlArgs(argv);
  if (!parsed.ok) return problem(io, describeUsageError(parsed.error));
  const options = parsed.value;
  if (options.help) {
    io.stdout.write(sqlUsageText());
    return 0;
  }
  const config = await configOf(options);
  if (!config.ok) return problem(io, describeRunError(config.error));
  const names = options.columns ? ok(options.columns) : await likeColumns(options.like!, config.value);
  if (!names.ok) return problem(io, describeRunError(names.error));
  const asOf = asOfOf(options, config.value);
  if (!asOf.ok) return problem(io, describeRunError(asOf.error));
  const compiled = compileSql(
    config.value,
    {
      source: { kind: "table", name: options.table },
      columns: names.value.map((name) => ({ name, kind: options.text ? "text" : "unknown" })),
    },
    { dialect: options.dialect, asOf: asOf.value, orderBy: options.orderBy, displayLanguage: environmentLocale(io) },
  );
  if (!compiled.ok) return problem(io, describeIssue(compiled.error));
  io.stdout.write(`${header(compiled.value.config, options, asOf.value)}${compiled.value.sql};\n`);
  return 0;
}

function problem(io: CliIo, message: string): number {
  io.stderr.write(`arseg: ${message}\n`);
  return 2;
}

/** The configuration asked for (default: the default preset), with --level, --as-of and --map over it. */
async function configOf(options: SqlOptions): Promise<Result<SegmentationConfig, RunError>> {
  const cli: CliOptions = {
    preset: options.preset,
    config: options.config,
    level: options.level,
    asOf: options.asOf !== undefined && options.asOf !== "parameter" ? options.asOf : undefined,
    mapping: options.mapping,
    skipBadRows: false,
    overwrite: false,
    quiet: false,
    help: false,
    version: false,
  };
  if (cli.asOf !== undefined) {
    const checked = checkAsOf(cli.asOf);
    if (!checked.ok) return checked;
  }
  const requested = await requestedConfig(cli);
  if (!requested.ok) return requested;
  return ok(withOverrides(requested.value ?? defaultConfig(), cli));
}

function asOfOf(options: SqlOptions, config: SegmentationConfig): Result<AsOfChoice, RunError> {
  if (options.asOf === "parameter") return ok({ kind: "parameter" });
  if (config.asOf !== undefined) return ok({ kind: "date", iso: config.asOf });
  return ok({ kind: "today" });
}

/** The header row of a csv or xlsx file, found as a run finds it (title lines above it skipped). */
async function likeColumns(file: string, config: SegmentationConfig): Promise<Result<string[], RunError>> {
  const exists = await statInput(file);
  if (!exists.ok) return exists;
  const ext = path.extname(file).toLowerCase();
  let rows: CellValue[][];
  try {
    if (ext === ".csv") rows = await csvRows(file);
    else if (ext === ".xlsx") {
      const read = await xlsxRows(file);
      if (!read.ok) return read;
      rows = read.value;
    } else return fail({ kind: "unsupportedFile", file });
  } catch (error) {
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  }
  const header = readSheetHeader(rows, config, path.basename(file), { top: 0, left: 0 }, "report");
  if (!header.ok) return fail({ kind: "engine", issue: header.error });
  const cells = rows[header.value.row].map((c) => textOf(c));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return ok(cells);
}

async function csvRows(file: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  const stream = createReadStream(file);
  try {
    for await (const record of readCsvRecords(stream as AsyncIterable<Uint8Array>)) {
      rows.push(record.cells);
      if (rows.length >= LIKE_ROWS) break;
    }
  } finally {
    stream.destroy();
  }
  return rows;
}

/** The first rows of the workbook's active sheet (its table or used range), read as a run reads them. */
async function xlsxRows(file: string): Promise<Result<CellValue[][], RunError>> {
  const { XlsxBook, createXlsxPort } = await import("../xlsx");
  const book = await XlsxBook.open(await fs.readFile(file), { fileName: path.basename(file) });
  if (!book.ok) return book;
  const region = await createXlsxPort(book.value).readRegion({});
  if (!region.ok) return region;
  return ok(region.value.values.slice(0, LIKE_ROWS).map((row) => [...row]));
}

/** A comment above the query: what it was made from. Names typed by a person are kept to one line, so a name can't end the comment. */
function header(config: SegmentationConfig, options: SqlOptions, asOf: AsOfChoice): string {
  const line = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
  const asOfText = asOf.kind === "date" ? asOf.iso : asOf.kind === "parameter" ? "parameter $1" : "the database's current date";
  return [
    `-- arseg sql: configuration "${line(config.name)}"${config.preset ? ` (preset ${line(config.preset)})` : ""}, ${config.level} level, as of ${asOfText}, ${options.dialect}, language ${config.language ?? "en"}.`,
    "-- Every column of the table, then Segment, Priority, Strategy, Score, Reason and Aging Bucket.",
    "",
  ].join("\n");
}
