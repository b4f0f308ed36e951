import { promises as fs } from "fs";
import { textsFor } from "../../src/engine/messages";
import { CSV_OUTPUT_HEADERS, OUTPUT_HEADERS } from "../../src/engine/segmentation";
import { ledgerCsvLines, generateLedger } from "../support/generateLedger";
import { loadXlsx, rowValues, run, useTempDir, writeLedgerXlsx as writeXlsxAt, writeText, expectOnlyReading } from "./support";

const temp = useTempDir();
const at = temp.at;
const files = temp.files;
const writeLedgerXlsx = (name: string, rows?: number, extra?: Parameters<typeof writeXlsxAt>[2]) => writeXlsxAt(at(name), rows, extra);
const writeCsv = (name: string, text: string) => writeText(at(name), text);
describe("arseg --help and --version", () => {
  it("prints the usage with every option and exits 0", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    for (const option of [
      "--sheet",
      "--preset",
      "--config",
      "--as-of",
      "--level",
      "--out",
      "--summary-json",
      "--skip-bad-rows",
      "--overwrite",
      "--version",
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain("collections");
  });

  it("prints the package version", async () => {
    const { code, stdout } = await run("--version");
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("xlsx → xlsx", () => {
  it("keeps every input sheet and cell, adds the output columns, the summary sheet and the saved configuration", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx");
    const before = await fs.readFile(input);
    const { code, stdout, stderr } = await run(input, "--preset", "aging");
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    expect(stdout).toContain("Total AR");
    expect(await fs.readFile(input)).toEqual(before);
    expect(await files()).toEqual(["ledger-segmented.xlsx", "ledger.xlsx"]);

    const original = await loadXlsx(input);
    const output = await loadXlsx(at("ledger-segmented.xlsx"));
    expect(output.worksheets.map((w) => w.name)).toEqual([
      "Notes",
      "AR Ledger",
      "Segment Summary",
      "Segment Pivot Data",
      "_arseg_settings",
    ]);
    expect(output.getWorksheet("Notes")!.getCell("A1").value).toBe("Kept as is");
    const inSheet = original.getWorksheet("AR Ledger")!;
    const outSheet = output.getWorksheet("AR Ledger")!;
    for (let r = 1; r <= 121; r++) expect(rowValues(outSheet, r).slice(0, 16)).toEqual(rowValues(inSheet, r));
    expect(rowValues(outSheet, 1).slice(16)).toEqual([...OUTPUT_HEADERS]);
    expect(typeof outSheet.getCell("Q2").value).toBe("string");
    expect(output.getWorksheet("_arseg_settings")!.state).toBe("veryHidden");
  });

  it("replaces its own columns on a re-run of its output, with the configuration saved in the file", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx");
    expect((await run(input, "--preset", "aging")).code).toBe(0);
    const again = await run(at("ledger-segmented.xlsx"), "--out", at("again.xlsx"));
    expectOnlyReading(again.stderr);
    expect(again.code).toBe(0);
    const sheet = (await loadXlsx(at("again.xlsx"))).getWorksheet("AR Ledger")!;
    expect(rowValues(sheet, 1).length).toBe(16 + OUTPUT_HEADERS.length);
    // The saved aging preset was used: its segments are the aging buckets.
    expect(["Current", "1-30", "31-60", "61-90", "90+", "Paid"]).toContain(sheet.getCell("Q2").value);
  });

  it("segments the sheet named by --sheet", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx", 50, (wb) => (wb.views = []));
    const { code, stdout } = await run(input, "--sheet", "AR Ledger", "--out", at("o.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain('50 rows of "AR Ledger"');
  });

  it("stops when cells right of the data are taken, and writes over them with --overwrite", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx", 30, (wb) => (wb.getWorksheet("AR Ledger")!.getCell("R5").value = "mine"));
    const stopped = await run(input);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toBe(
      'arseg: Sheet "AR Ledger": the columns right of the data are not empty (R5). Nothing was written. Clear or move those cells, or allow the add-in to write there.\n',
    );
    expect(await files()).toEqual(["ledger.xlsx"]);
    expect((await run(input, "--overwrite")).code).toBe(0);
  });
});

describe("csv → csv", () => {
  it("copies every input line unchanged and appends the five output fields", async () => {
    const lines = [...ledgerCsvLines({ rows: 200 })];
    const input = await writeCsv("ledger.csv", lines.join("\n") + "\n");
    const { code, stderr } = await run(input);
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const out = (await fs.readFile(at("ledger-segmented.csv"), "utf8")).split("\n");
    expect(out.pop()).toBe("");
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toBe(`${lines[0]},${CSV_OUTPUT_HEADERS.join(",")}`);
    out.forEach((line, k) => expect(line.startsWith(`${lines[k]},`)).toBe(true));
  });

  it("keeps quoted fields, the ; delimiter, CRLF and the byte-order mark", async () => {
    const text =
      "\uFEFFCliente;Factura;Saldo pendiente;Fecha de vencimiento;Nota\r\n" +
      '"Peña; Hnos.";F-1;"1.234,56";01/03/2025;"dijo ""pago""\r\nmañana"\r\n' +
      "Beta SA;F-2;300,00;20/07/2025;=HYPERLINK(1)\r\n";
    const input = await writeCsv("es.csv", text);
    expect((await run(input)).code).toBe(0);
    const out = await fs.readFile(at("es-segmented.csv"), "utf8");
    expect(
      // Spanish headers: the output columns are headed in Spanish.
      out.startsWith("\uFEFFCliente;Factura;Saldo pendiente;Fecha de vencimiento;Nota;Segmento;Prioridad;Estrategia;Puntaje;Motivo\r\n"),
    ).toBe(true);
    expect(out).toContain('"Peña; Hnos.";F-1;"1.234,56";01/03/2025;"dijo ""pago""\r\nmañana";');
    expect(out).toContain("Beta SA;F-2;300,00;20/07/2025;=HYPERLINK(1);");
    expect(out.endsWith("\r\n")).toBe(true);
    expect(out.split("\r\n")).toHaveLength(5); // header, 2 records (one with a quoted break), final empty
  });

  it("copies each line's own bytes: mixed line ends, a last line without one, a field longer than the write buffer", async () => {
    const note = "é".repeat(700_000); // 1.4 MB of UTF-8 in one quoted field
    const text =
      "Customer,Invoice,Balance,Due Date,Note\r\n" +
      `Ação Ltda,A-1,100,2025-06-01,"${note}"\n` +
      "Zoë GmbH,A-2,200,2025-06-20,ok\r\n" +
      "Beta,A-3,300,2025-07-20,last";
    const input = await writeCsv("mixed.csv", text);
    expect((await run(input, "--preset", "aging")).code).toBe(0);
    // Every output line ends the way the file's first line does.
    const lines = (await fs.readFile(at("mixed-segmented.csv"), "utf8")).split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
    expect(lines[0]).toBe(`Customer,Invoice,Balance,Due Date,Note,${CSV_OUTPUT_HEADERS.join(",")}`);
    expect(lines[1].startsWith(`Ação Ltda,A-1,100,2025-06-01,"${note}",1-30,`)).toBe(true);
    expect(lines[2].startsWith("Zoë GmbH,A-2,200,2025-06-20,ok,1-30,")).toBe(true);
    expect(lines[3].startsWith("Beta,A-3,300,2025-07-20,last,Current,")).toBe(true);
  });

  it("reads plain ASCII as it is and UTF-8 from the first other byte on, even with a character cut between two reads", async () => {
    const header = "Customer,Balance,Due Date\n";
    const filler = "Acme,1,2025-06-01\n";
    let text = header;
    while (Buffer.byteLength(text) + filler.length < 32768 - 10) text += filler;
    // Pad so that "ç" (2 bytes in UTF-8) starts on the last byte of the first 32 KB read.
    const prefix = "X".repeat(32766 - Buffer.byteLength(text));
    text += `${prefix}Aç,5,2025-06-01\nZoë,7,2025-07-20\n`;
    expect(Buffer.from(text).subarray(32767, 32769).toString()).toBe("ç");
    const input = await writeCsv("cut.csv", text);
    expect((await run(input, "--preset", "aging")).code).toBe(0);
    const out = (await fs.readFile(at("cut-segmented.csv"), "utf8")).split("\n");
    expect(out[out.length - 3]).toMatch(new RegExp(`^${prefix}Aç,5,2025-06-01,1-30,`));
    expect(out[out.length - 2]).toMatch(/^Zoë,7,2025-07-20,Current,/);
  });

  it("reads a file that is not UTF-8 twice instead of cutting its bytes by a wrong count", async () => {
    // Windows-1252 "Peña" (0xF1) is not UTF-8: the text read has a replacement character, longer in bytes than the file.
    const bytes = Buffer.concat([
      Buffer.from("Customer,Balance,Due Date\n", "latin1"),
      Buffer.from("Pe\xf1a,100,2025-06-01\n", "latin1"),
      Buffer.from("Beta,200,2025-07-20\n", "latin1"),
    ]);
    const input = at("ansi.csv");
    await fs.writeFile(input, bytes);
    expect((await run(input, "--preset", "aging")).code).toBe(0);
    const out = (await fs.readFile(at("ansi-segmented.csv"), "utf8")).split("\n");
    expect(out).toHaveLength(4);
    expect(out[1]).toMatch(/^Pe\uFFFDa,100,2025-06-01,1-30,/);
    expect(out[2]).toMatch(/^Beta,200,2025-07-20,Current,/);
  });

  it("replaces its own columns when run on its own output", async () => {
    const lines = [...ledgerCsvLines({ rows: 40 })];
    const input = await writeCsv("ledger.csv", lines.join("\n") + "\n");
    expect((await run(input)).code).toBe(0);
    expect((await run(at("ledger-segmented.csv"), "--out", at("again.csv"))).code).toBe(0);
    const first = await fs.readFile(at("ledger-segmented.csv"), "utf8");
    const again = await fs.readFile(at("again.csv"), "utf8");
    expect(again).toBe(first);
  });

  it("writes the summary as JSON with --summary-json", async () => {
    const input = await writeCsv("ledger.csv", [...ledgerCsvLines({ rows: 100 })].join("\n"));
    const { code } = await run(input, "--summary-json", at("summary.json"), "--level", "customer");
    expect(code).toBe(0);
    const summary = JSON.parse(await fs.readFile(at("summary.json"), "utf8"));
    expect(summary.asOf).toBe("2025-06-30");
    expect(summary.rowCount).toBe(100);
    expect(summary.kpis.totalAR).toBeGreaterThan(0);
  });

  it("uses the --as-of date", async () => {
    const input = await writeCsv("ledger.csv", [...ledgerCsvLines({ rows: 20 })].join("\n"));
    await run(input, "--summary-json", at("s.json"), "--as-of", "2024-01-31");
    expect(JSON.parse(await fs.readFile(at("s.json"), "utf8")).asOf).toBe("2024-01-31");
  });
});

describe("csv ↔ xlsx", () => {
  it("writes a csv ledger as a workbook with the output columns and a summary whose balances are numbers", async () => {
    const input = await writeCsv("ledger.csv", [...ledgerCsvLines({ rows: 60, locale: "pt", delimiter: ";" })].join("\r\n"));
    const { code, stderr } = await run(input, "--out", at("ledger.xlsx"));
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const workbook = await loadXlsx(at("ledger.xlsx"));
    // Portuguese headers and no --language: the run writes Portuguese.
    const pt = textsFor("pt");
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["ledger", pt.summary.sheetName, pt.summary.pivotDataSheet, "_arseg_settings"]);
    const sheet = workbook.getWorksheet("ledger")!;
    expect(rowValues(sheet, 1).slice(16)).toEqual([...pt.outputHeaders]);
    expect(typeof sheet.getCell("F2").value).toBe("number");
  });

  it("writes a workbook's sheet as csv with the output fields", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx", 25);
    const { code } = await run(input, "--out", at("ledger.csv"));
    expect(code).toBe(0);
    const lines = (await fs.readFile(at("ledger.csv"), "utf8")).split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${generateLedger({ rows: 0 })[0].join(",")},${CSV_OUTPUT_HEADERS.join(",")}`);
    expect(lines).toHaveLength(27);
  });
});

describe("bad input", () => {
  async function expectRefusal(argv: string[], message: string | RegExp) {
    const before = new Map<string, Buffer>();
    for (const f of await files()) before.set(f, await fs.readFile(at(f)));
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    if (typeof message === "string") expect(stderr).toBe(`arseg: ${message}\n`);
    else expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")[0].startsWith("arseg: ")).toBe(true);
    expect(await files()).toEqual([...before.keys()].sort());
    for (const [f, bytes] of before) expect(await fs.readFile(at(f))).toEqual(bytes);
  }

  it("refuses a missing file", async () => {
    await expectRefusal([at("nope.xlsx")], `File "${at("nope.xlsx")}" does not exist.`);
  });

  it("refuses a file that is neither xlsx nor csv", async () => {
    const input = await writeCsv("ledger.pdf", "%PDF");
    await expectRefusal([input], `File "${input}" is neither an .xlsx workbook nor a .csv file.`);
  });

  it("refuses a text file named .xlsx, saying what it is", async () => {
    const input = await writeCsv("broken.xlsx", "this is not a zip file");
    await expectRefusal([input], new RegExp(`^arseg: File ".*broken.xlsx" is not an .xlsx workbook: it is a text file`));
  });

  it("refuses an unknown sheet and lists the sheets", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx", 10);
    await expectRefusal([input, "--sheet", "Ledger"], 'There is no sheet "Ledger". Sheets: Notes, AR Ledger.');
  });

  it("refuses a sheet with no header row", async () => {
    const input = await writeCsv("x.csv", "1,2,3\n4,5,6\n");
    await expectRefusal([input], /^arseg: Sheet "x.csv": no header row found in rows 1-2\./);
  });

  it("refuses a ledger without a required column and says which headers were tried", async () => {
    const input = await writeCsv("x.csv", "Customer,Invoice,Amount\nAcme,1,100\n");
    await expectRefusal([input], /^arseg: Sheet "x.csv": no Due date column. Tried headers such as: .*due date/i);
  });

  it("refuses an unreadable date with its cell and column", async () => {
    const input = await writeCsv("x.csv", "Customer,Invoice,Amount,Due Date\nAcme,1,100,2025-01-31\nBeta,2,50,not a date\n");
    await expectRefusal([input], 'Sheet "x.csv", cell D3 (column "Due Date"): "not a date" is not a date.');
  });

  it("refuses an unreadable amount in a workbook with its cell", async () => {
    const input = await writeLedgerXlsx("ledger.xlsx", 10, (wb) => (wb.getWorksheet("AR Ledger")!.getCell("F4").value = "lots"));
    await expectRefusal([input], 'Sheet "AR Ledger", cell F4 (column "Open Balance"): "lots" is not an amount.');
  });

  it("refuses an unknown preset and lists the presets", async () => {
    const input = await writeCsv("x.csv", "Customer,Amount,Due Date\nAcme,1,2025-01-01\n");
    await expectRefusal([input, "--preset", "fast"], /^arseg: Unknown preset "fast". Presets: collections, aging, /);
  });

  it("refuses a configuration that fails the schema, with line and field", async () => {
    const input = await writeCsv("x.csv", "Customer,Amount,Due Date\nAcme,1,2025-01-01\n");
    const config = await writeCsv("config.json", '{\n  "version": 2,\n  "level": "planet",\n  "model": { "kind": "aging" }\n}\n');
    await expectRefusal([input, "--config", config], /^arseg: Configuration ".*config.json" is not valid:\n  - line 3/);
  });

  it("refuses a missing configuration file", async () => {
    const input = await writeCsv("x.csv", "Customer,Amount,Due Date\nAcme,1,2025-01-01\n");
    await expectRefusal([input, "--config", at("none.json")], `File "${at("none.json")}" does not exist.`);
  });

  it("refuses an unknown option, a bad level and a bad as-of date", async () => {
    const input = await writeCsv("x.csv", "Customer,Amount,Due Date\nAcme,1,2025-01-01\n");
    await expectRefusal([input, "--fast"], 'Unknown option "--fast". Run `arseg --help` for the options.');
    await expectRefusal([input, "--level", "planet"], 'Option --level does not accept "planet". Use one of: invoice, customer.');
    await expectRefusal([input, "--as-of", "2025-02-30"], 'As-of date "2025-02-30" is not a date written YYYY-MM-DD.');
    await expectRefusal([], /^arseg: Name the ledger to segment/);
  });

  it("never writes over the input", async () => {
    const input = await writeCsv("x.csv", "Customer,Amount,Due Date\nAcme,1,2025-01-01\n");
    await expectRefusal(
      [input, "--out", input],
      `The output file "${input}" is the input file. The input is never overwritten: choose another --out.`,
    );
    await expectRefusal([input, "--summary-json", input], /is the input file/);
  });

  it("refuses an output in a folder that does not exist", async () => {
    const input = await writeCsv("x.csv", "Customer,Amount,Due Date\nAcme,1,2025-01-01\n");
    await expectRefusal(
      [input, "--out", at("no/such/dir/out.csv")],
      /^arseg: Output file ".*out.csv" could not be written: .*The input was not changed.\n$/,
    );
  });
});

describe("--skip-bad-rows", () => {
  it("reports each skipped row on stderr and segments the rest", async () => {
    const input = await writeCsv(
      "x.csv",
      "Customer,Invoice,Amount,Due Date\nAcme,1,100,2025-01-31\nBeta,2,50,not a date\nGamma,3,lots,2025-02-01\nDelta,4,70,2025-07-01\n",
    );
    const { code, stdout, stderr } = await run(input, "--skip-bad-rows", "--summary-json", at("s.json"));
    expect(code).toBe(0);
    expect(stderr.split("\n").filter((line) => line.startsWith("arseg: skipped:"))).toEqual([
      'arseg: skipped: Sheet "x.csv", cell D3 (column "Due Date"): "not a date" is not a date.',
      'arseg: skipped: Sheet "x.csv", cell C4 (column "Amount"): "lots" is not an amount.',
    ]);
    expect(stdout).toContain('2 rows of "x.csv" segmented');
    const out = (await fs.readFile(at("x-segmented.csv"), "utf8")).split("\n");
    expect(out[2]).toBe("Beta,2,50,not a date,,,,,");
    expect(out[4].startsWith("Delta,4,70,2025-07-01,")).toBe(true);
  });
});
