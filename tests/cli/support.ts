/**
 * What the command-line tests share: running `main` with captured output, a
 * fresh folder per test, and writers and readers for the files they use.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { CsvSplitter, type CsvRecord, type Delimiter } from "../../src/files/csv/splitter";
import { generateLedger } from "../support/generateLedger";

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `arseg` with these arguments as if on `today`, stderr not a terminal. */
export async function runOn(today: string, ...argv: string[]): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stderrIsTTY: false,
    today,
    // The environment's language never decides a test's: English unless the headers or --language say otherwise.
    locale: "en-US",
  });
  return { code, stdout, stderr };
}

/** Runs `arseg` with these arguments, "today" fixed at 2025-06-30 (the sample ledgers' date). */
export function run(...argv: string[]): Promise<Ran> {
  return runOn("2025-06-30", ...argv);
}

/** A fresh folder for each test of the file that calls it, removed after the test. */
export function useTempDir(): {
  readonly at: (name: string) => string;
  readonly files: () => Promise<string[]>;
  readonly path: () => string;
} {
  let dir = "";
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-cli-"));
  });
  afterEach(async () => {
    await fs.chmod(dir, 0o755).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  });
  return {
    at: (name) => path.join(dir, name),
    files: async () => (await fs.readdir(dir)).sort(),
    path: () => dir,
  };
}

export async function writeText(file: string, text: string | Uint8Array): Promise<string> {
  await fs.writeFile(file, text);
  return file;
}

/** A workbook with a "Notes" sheet and the generated ledger on "AR Ledger" (the active tab). */
export async function writeLedgerXlsx(file: string, rows = 120, extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Notes").getCell("A1").value = "Kept as is";
  const sheet = workbook.addWorksheet("AR Ledger");
  generateLedger({ rows, dates: "date" }).forEach((row) => sheet.addRow(row));
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  extra?.(workbook);
  workbook.views = [{ x: 0, y: 0, width: 100, height: 100, visibility: "visible", activeTab: 1 } as ExcelJS.WorkbookView];
  await fs.writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

/** A workbook of one sheet holding these rows. */
export async function writeRowsXlsx(file: string, sheetName: string, rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  await fs.writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function rowValues(sheet: ExcelJS.Worksheet, r: number): unknown[] {
  return (sheet.getRow(r).values as unknown[]).slice(1);
}

/** A small ledger as csv text: header and rows of customer, invoice, balance, due date. */
export function smallCsv(rows: readonly (readonly string[])[], newline = "\n"): string {
  return [["Customer", "Invoice", "Balance", "Due Date"], ...rows].map((r) => r.join(",")).join(newline) + newline;
}

/** The cells of every record of a csv text (a byte-order mark dropped). */
export function csvRecords(text: string, delimiter: Delimiter = ","): string[][] {
  const splitter = new CsvSplitter(delimiter);
  const out: CsvRecord[] = [];
  splitter.feed(text.replace(/^\uFEFF/, ""), out);
  splitter.end(out);
  return out.map((r) => r.cells);
}

/** A successful run says on stderr what it read (see describeReading), and nothing else. */
export function expectOnlyReading(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  // The headline of what was read, in the run's language (the headers', or --language).
  expect(lines[0]).toMatch(
    /^arseg: (Sheet "[^"]+": header in row \d+, read as |Hoja «[^»]+»: encabezado en la fila \d+, leída como |Planilha "[^"]+": cabeçalho na linha \d+, lida como )/,
  );
  for (const line of lines) expect(line).toMatch(/^arseg: /);
  expect(stderr).not.toMatch(/skipped:|omitida:|ignorada:|error/i);
}

/** A --summary-json file's figures and reading, without the name of the file or sheet read (a re-run reads another). */
export async function summaryFigures(file: string): Promise<unknown> {
  const json = JSON.parse(await fs.readFile(file, "utf8")) as { reading?: { sheet?: string } };
  if (json.reading) delete json.reading.sheet;
  return json;
}

/** The lines of stderr that are not the report of what was read: skipped rows, warnings, problems. */
export function problemLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "" && !/^arseg: ( {2}|Sheet "[^"]*": header in row )/.test(line));
}
