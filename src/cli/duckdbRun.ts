import { OUTPUT_HEADERS } from "../engine/segmentation";
import { createReadStream, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { CellValue } from "../engine/cell";
import type { SegmentationConfig } from "../engine/config/schema";
import { describeIssue } from "../engine/issues";
import { isoFromSerial, textOf, todayIso } from "../engine/parse";
import { fail, ok, type Result } from "../engine/result";
import { readSheetHeader } from "../engine/sheetHeader";
import { dateOrderOf } from "../engine/sheetNeeds";
import { readCsvBatches } from "../files/csv/reader";
import { compileSql, type CompiledQuery, type SqlColumn } from "../sql";
import { DUCKDB } from "../sql/dialect";
import { assembleSummary, summaryQueries, type SummaryRows } from "../sql/summary";
import { describeRunError, describeUsageError, type RunError, type UsageError } from "../workbook/errors";
import type { CliOptions } from "./args";
import { AtomicOutputs } from "./atomicOutput";
import { checkAsOf, defaultConfig, requestedConfig, withOverrides } from "./config";
import { errorText, sameFile, statInput } from "./files";
import { environmentLocale, type CliIo } from "./main";
import { textsFor } from "../engine/messages";
import { progressSink } from "./progressBar";
import { formatSummary } from "./summaryTable";

type Format = "csv" | "parquet";
const formatOf = (file: string): Format | undefined =>
  (({ ".csv": "csv", ".parquet": "parquet" }) as const)[path.extname(file).toLowerCase() as ".csv"];

/** The fields read as dates or numbers: their csv columns are typed by DuckDB when it reads them as the engine does. */
const EXPECTS = {
  balance: "number",
  amount: "number",
  creditLimit: "number",
  creditScore: "number",
  daysPastDue: "number",
  brokenPromises: "number",
  invoiceDate: "date",
  dueDate: "date",
  paidDate: "date",
  promiseDate: "date",
  customerSince: "date",
} as const;

/** Records of a csv file read to find its header and decide the day/month order, as a run reads them. */
const SAMPLE_RECORDS = 230;
/** The product's output text columns (Segment, Strategy, Reason, by index): a value that begins like a formula gets a leading apostrophe in csv, as every csv output does. */
const GUARDED = [0, 2, 4];

/**
 * `arseg LEDGER.(csv|parquet) --engine duckdb [--out FILE.csv|FILE.parquet]`:
 * the compiled query run in embedded DuckDB, for files beyond a sheet. The
 * output is the input's columns plus the six output columns; the summary is
 * computed by SQL and printed as a run prints it.
 *
 * @example await duckdbRun(parseArgs(["ledger.parquet", "--engine", "duckdb"]).value, io) //=> 0
 */
export async function duckdbRun(options: CliOptions, io: CliIo): Promise<number> {
  const outputs = new AtomicOutputs();
  const started = await start(options, io);
  if (!started.ok) return problem(io, "usage" in started.error ? describeUsageError(started.error.usage) : describeRunError(started.error));
  const run = started.value;
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-duckdb-"));
  const instance = await DuckDBInstance.create(":memory:", { temp_directory: scratch, preserve_insertion_order: "true" });
  const connection = await instance.connect();
  const temp = path.join(path.dirname(path.resolve(run.output)), `.${path.basename(run.output)}.${process.pid}.arseg-tmp`);
  try {
    const table = await describeSource(connection, run);
    const compiled = compileSql(run.config, table.table, {
      dialect: "duckdb",
      asOf: { kind: "date", iso: run.asOf },
      withFacts: true,
      carry: table.carry,
      orderBy: table.orderBy,
      dateOrder: run.dateOrder,
      displayLanguage: environmentLocale(io),
    });
    if (!compiled.ok) return problem(io, describeIssue(compiled.error));
    const bar = progressSink(io.stderr, io.stderrIsTTY, "rows");
    try {
      await withProgress(
        connection,
        (done, total) => bar?.sink({ phase: "segmenting", done, total }),
        () => connection.run(`CREATE TEMP TABLE arseg_result AS ${compiled.value.sql}`),
      );
      await withProgress(
        connection,
        (done, total) => bar?.sink({ phase: "writing", done, total }),
        () =>
          connection.run(
            `COPY (${publicColumns(table.table, run.outputFormat, textsFor(compiled.value.language).outputHeaders)}) TO ${DUCKDB.text(temp)} (${copyOptions(run)})`,
          ),
      );
    } finally {
      bar?.end();
    }
    const summary = await summaryOf(connection, compiled.value, run.asOf);
    if (options.summaryJson !== undefined) {
      const json = await outputs.writeFile(options.summaryJson, JSON.stringify({ ...summary, engine: "duckdb" }, null, 2) + "\n");
      if (!json.ok) return problem(io, describeRunError(json.error));
    }
    await fs.rename(temp, run.output);
    const committed = await outputs.commit();
    if (!committed.ok) return problem(io, describeRunError(committed.error));
    // In the run's language, as the engine's run prints it.
    const texts = textsFor(compiled.value.language);
    io.stdout.write(formatSummary(summary, compiled.value.language));
    io.stdout.write(`\n${texts.cli.segmented(texts.formats.count(summary.rowCount), path.basename(run.input), run.output)} (DuckDB)\n`);
    if (options.summaryJson !== undefined) io.stdout.write(`${texts.cli.summaryJson(options.summaryJson)}\n`);
    return 0;
  } catch (error) {
    return problem(io, describeRunError({ kind: "unreadableFile", file: run.input, detail: duckdbMessage(error) }));
  } finally {
    connection.closeSync();
    await outputs.discard();
    await fs.rm(temp, { force: true });
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

function problem(io: CliIo, message: string): number {
  io.stderr.write(`arseg: ${message}\n`);
  return 2;
}

/** DuckDB's error, without its own prefix when the message is one of the query's (a cell it can't read). */
function duckdbMessage(error: unknown): string {
  const text = errorText(error);
  const ours = text.indexOf("arseg: ");
  return ours >= 0 ? text.slice(ours + "arseg: ".length) : text;
}

interface Run {
  readonly input: string;
  readonly inputFormat: Format;
  readonly output: string;
  readonly outputFormat: Format;
  readonly config: SegmentationConfig;
  readonly asOf: string;
  readonly dateOrder?: "DMY" | "MDY" | "YMD";
  /** csv: the header row's cells, the records above it, the delimiter, and which columns hold dates or numbers. */
  readonly csv?: {
    readonly header: readonly string[];
    readonly skip: number;
    readonly delimiter: string;
    readonly expects: ReadonlyMap<number, "date" | "number">;
  };
}

type Started = Result<Run, RunError | { readonly usage: UsageError }>;

async function start(options: CliOptions, io: CliIo): Promise<Started> {
  const input = options.input as string;
  for (const [flag, given] of [
    ["--skip-bad-rows", options.skipBadRows],
    ["--sheet", options.sheet !== undefined],
  ] as const) {
    if (given) return fail({ usage: { kind: "conflictingOptions", first: "--engine duckdb", second: flag } });
  }
  if (options.asOf !== undefined) {
    const asOf = checkAsOf(options.asOf);
    if (!asOf.ok) return asOf;
  }
  const size = await statInput(input);
  if (!size.ok) return size;
  const inputFormat = formatOf(input);
  if (!inputFormat) return fail({ kind: "unsupportedFile", file: input });
  const output =
    options.out ?? path.join(path.dirname(input), `${path.basename(input, path.extname(input))}-segmented${path.extname(input)}`);
  const outputFormat = formatOf(output);
  if (!outputFormat) return fail({ kind: "unsupportedFile", file: output });
  for (const target of [output, options.summaryJson]) {
    if (target !== undefined && (await sameFile(input, target))) return fail({ usage: { kind: "outputIsInput", file: target } });
  }
  const requested = await requestedConfig(options);
  if (!requested.ok) return requested;
  const config = withOverrides(requested.value ?? defaultConfig(), options);
  let asOf = config.asOf ?? io.today ?? todayIso();
  let csv: Run["csv"];
  let dateOrder: Run["dateOrder"];
  if (inputFormat === "csv") {
    const sample = await csvSample(input);
    if (!sample.ok) return sample;
    const header = readSheetHeader(sample.value.rows, config, path.basename(input));
    if (!header.ok) return fail({ kind: "engine", issue: header.error });
    const row = header.value.row;
    const cells = sample.value.rows[row].map((c) => textOf(c));
    if (config.asOf === undefined && header.value.title) asOf = isoFromSerial(header.value.title.serial);
    dateOrder = dateOrderOf(config, sample.value.rows.slice(row + 1), header.value.detection.columns, header.value.detection.headers).order;
    const expects = new Map<number, "date" | "number">();
    for (const [field, column] of Object.entries(header.value.detection.columns)) {
      const kind = EXPECTS[field as keyof typeof EXPECTS];
      if (kind && column !== undefined) expects.set(column, kind);
    }
    csv = { header: uniqueNames(cells), skip: row, delimiter: sample.value.delimiter, expects };
  }
  return ok({ input, inputFormat, output, outputFormat, config, asOf, dateOrder, csv });
}

async function csvSample(file: string): Promise<Result<{ rows: CellValue[][]; delimiter: string }, RunError>> {
  const rows: CellValue[][] = [];
  let delimiter = ",";
  const stream = createReadStream(file);
  try {
    batches: for await (const batch of readCsvBatches(stream as AsyncIterable<Uint8Array>)) {
      delimiter = batch.format.delimiter;
      for (const record of batch.records) {
        rows.push(record.cells);
        if (rows.length >= SAMPLE_RECORDS) break batches;
      }
    }
  } catch (error) {
    return fail({ kind: "unreadableFile", file, detail: errorText(error) });
  } finally {
    stream.destroy();
  }
  return ok({ rows, delimiter });
}

/** Header names made unique for SQL (DuckDB names are case-insensitive): a repeat becomes NAME.1, as tools number copies. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name = raw === "" ? `column${i + 1}` : raw;
    for (let k = 1; seen.has(name.toLowerCase()); k++) name = `${raw || `column${i + 1}`}.${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

interface Source {
  readonly table: { readonly source: { readonly kind: "sql"; readonly from: string }; readonly columns: readonly SqlColumn[] };
  readonly carry: readonly string[];
  readonly orderBy?: string;
}

/** The column that carries each row's place in the file, so the output keeps the input's order. */
const LINE = "arseg_line";

/**
 * The file as DuckDB reads it, with its columns' kinds: a csv's cells are all
 * text (as the engine reads them), loaded into a table so that its row ids are
 * the file's order; a parquet file is typed and numbers its own rows.
 */
async function describeSource(connection: DuckDBConnection, run: Run): Promise<Source> {
  const file = DUCKDB.text(run.input);
  if (run.csv) {
    const csv = run.csv;
    const options = `header = true, skip = ${csv.skip}, delim = ${DUCKDB.text(csv.delimiter)}, quote = '"', escape = '"', null_padding = true, strict_mode = false`;
    const names = `[${csv.header.map((n) => DUCKDB.text(n)).join(", ")}]`;
    const read = `read_csv(${file}, ${options}, all_varchar = true, names = ${names})`;
    await connection.run(`CREATE TEMP TABLE arseg_source AS SELECT * FROM ${read}`);
    const typed = await sniffedTypes(connection, `${file}, ${options}, names = ${names}`, csv);
    const from = `(SELECT *, rowid AS ${LINE} FROM arseg_source)`;
    const kinds = csv.header.map((name, i) => ({ name, kind: typed.get(i) ?? ("text" as const) }));
    return { table: { source: { kind: "sql", from }, columns: kinds }, carry: [LINE], orderBy: LINE };
  }
  const from = `(SELECT * EXCLUDE (file_row_number), file_row_number AS ${LINE} FROM read_parquet(${file}, file_row_number = true))`;
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`);
  const columns = (described.getRowObjects() as { column_name: string; column_type: string }[])
    .filter((c) => c.column_name !== LINE)
    .map((c) => ({ name: c.column_name, kind: kindOf(c.column_type) }));
  return { table: { source: { kind: "sql", from }, columns }, carry: [LINE], orderBy: LINE };
}

/**
 * The csv columns the query may simply cast: a date or number column whose
 * cells DuckDB's sniffer reads as ISO dates (DATE, format %Y-%m-%d) or plain
 * numbers (DOUBLE, BIGINT …), which the engine reads to the same values. Any
 * other column is parsed by the query as the engine parses text. The cells
 * stay text either way, so the output keeps the file's own writing.
 */
async function sniffedTypes(
  connection: DuckDBConnection,
  args: string,
  csv: NonNullable<Run["csv"]>,
): Promise<Map<number, "dateText" | "numberText">> {
  const typed = new Map<number, "dateText" | "numberText">();
  const sniffed = (await connection.runAndReadAll(`SELECT Columns, DateFormat FROM sniff_csv(${args})`)).getRowObjectsJS()[0] as
    { Columns: { name: string; type: string }[]; DateFormat: string | null } | undefined;
  if (!sniffed) return typed;
  const isoDates = !sniffed.DateFormat || sniffed.DateFormat === "%Y-%m-%d";
  sniffed.Columns.forEach((column, i) => {
    const expects = csv.expects.get(i);
    if (expects === "date" && column.type === "DATE" && isoDates) typed.set(i, "dateText");
    if (expects === "number" && /^(DOUBLE|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT)$/.test(column.type)) typed.set(i, "numberText");
  });
  return typed;
}

function kindOf(type: string): SqlColumn["kind"] {
  if (/^(VARCHAR|TEXT|STRING|UUID|ENUM)/i.test(type)) return "text";
  if (/^(DATE|TIMESTAMP)/i.test(type)) return "date";
  if (/^BOOL/i.test(type)) return "boolean";
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL|NUMERIC)/i.test(type))
    return "number";
  return "unknown";
}

/** The columns written: the input's, then the six outputs (text outputs guarded in csv). */
function publicColumns(table: Source["table"], format: Format, headers: readonly string[]): string {
  // The query's English output columns, headed in the run's language in the file.
  const outputs = OUTPUT_HEADERS.map((h, i) => {
    const ref = DUCKDB.ident(h);
    const as = DUCKDB.ident(headers[i]);
    return format === "csv" && GUARDED.includes(i)
      ? `CASE WHEN left(${ref}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${ref} ELSE ${ref} END AS ${as}`
      : `${ref} AS ${as}`;
  });
  const own = new Set(OUTPUT_HEADERS.map((h) => DUCKDB.ident(h)));
  const columns = table.columns.filter((c) => !own.has(DUCKDB.ident(c.name))).map((c) => DUCKDB.ident(c.name));
  return `SELECT ${[...columns, ...outputs].join(", ")} FROM arseg_result ORDER BY ${LINE}`;
}

function copyOptions(run: Run): string {
  if (run.outputFormat === "parquet") return "FORMAT parquet, COMPRESSION zstd";
  return `FORMAT csv, HEADER true, DELIMITER ${DUCKDB.text(run.csv?.delimiter ?? ",")}`;
}

/** Runs `work`, reporting DuckDB's progress (rows processed of rows to process) every 200 ms. */
async function withProgress<T>(
  connection: DuckDBConnection,
  report: (done: number, total: number) => void,
  work: () => Promise<T>,
): Promise<T> {
  const timer = setInterval(() => {
    const p = connection.progress;
    const total = Number(p.total_rows_to_process);
    if (total > 0) report(Number(p.rows_processed), total);
  }, 200);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

async function summaryOf(connection: DuckDBConnection, compiled: CompiledQuery, asOf: string) {
  const queries = summaryQueries(DUCKDB, "arseg_result");
  const read = async <T>(sql: string): Promise<T[]> => (await connection.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[];
  const rows: SummaryRows = {
    cells: await read(queries.cells),
    figures: await read(queries.figures),
    customers: (await read<SummaryRows["customers"]>(queries.customers))[0],
    currencies: await read(queries.currencies),
  };
  return assembleSummary(compiled, rows, asOf);
}
