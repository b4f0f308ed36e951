import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { loadXlsx, run, smallCsv, useTempDir, writeRowsXlsx, writeText, csvRecords, expectOnlyReading, summaryFigures } from "./support";

const { at } = useTempDir();

/** Texts a spreadsheet app would run when a csv cell starts with them (a bare CR cannot survive an xlsx cell: XML reads it as LF). */
const HOSTILE = ['=HYPERLINK("http://x","y")', "=cmd|'/c calc'!A1", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3+cmd|' /C calc'!A0", "\tTAB"];
const FORMULA_START = /^[=+\-@\t\r]/;

/** A configuration whose outcome texts are hostile: the fields the product adds must come out guarded. */
async function hostileConfig(): Promise<string> {
  const strategy = { channel: "Phone", action: "@SUM(1)", tone: "Firm", message: "=cmd|'/c calc'!A1" };
  const config = {
    version: 2,
    model: {
      kind: "rules",
      rules: [{ when: "Balance > 150", segment: '=HYPERLINK("http://x","y")', priority: 1, strategy }],
      otherwise: { segment: "\tTabbed", priority: 2, strategy },
    },
  };
  return writeText(at("hostile.json"), JSON.stringify(config));
}

describe("the formula guard on every path that writes csv", () => {
  it("xlsx → csv: text cells of the workbook that start like a formula get a leading apostrophe", async () => {
    const rows: ExcelJS.CellValue[][] = [["Customer", "Invoice", "Balance", "Due Date", "Note"]];
    HOSTILE.forEach((text, k) => rows.push([text, text, 100 + k, new Date(Date.UTC(2025, 5, 1)), text]));
    rows.push(["Plain", "-5 as text", -12.5, new Date(Date.UTC(2025, 5, 1)), "ok"]);
    const input = await writeRowsXlsx(at("hostile.xlsx"), "AR", rows);
    const { code, stderr } = await run(input, "--out", at("out.csv"), "--preset", "aging");
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const cells = csvRecords(await fs.readFile(at("out.csv"), "utf8"));
    for (const [k, text] of HOSTILE.entries()) {
      expect(cells[k + 1][0]).toBe(`'${text}`);
      expect(cells[k + 1][1]).toBe(`'${text}`);
      expect(cells[k + 1][4]).toBe(`'${text}`);
    }
    // A number stays a number: -12.5 is a negative amount, not a formula.
    expect(cells[HOSTILE.length + 1].slice(0, 3)).toEqual(["Plain", "'-5 as text", "-12.5"]);
    for (const row of cells) for (const cell of row) if (!/^-\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(FORMULA_START);
  });

  it("csv → csv: the fields the product adds are guarded; the input's own lines are copied as they were", async () => {
    const input = await writeText(
      at("in.csv"),
      smallCsv([
        ["=HYPERLINK(1)", "A-1", "200", "2025-06-01"],
        ["Beta", "A-2", "100", "2025-06-01"],
      ]),
    );
    const { code, stderr } = await run(input, "--config", await hostileConfig(), "--out", at("out.csv"));
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const cells = csvRecords(await fs.readFile(at("out.csv"), "utf8"));
    expect(cells[1].slice(0, 4)).toEqual(["=HYPERLINK(1)", "A-1", "200", "2025-06-01"]);
    expect(cells[1][4]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cells[1][6]).toBe("Phone · Firm · @SUM(1). =cmd|'/c calc'!A1");
    expect(cells[2][4]).toBe("'\tTabbed");
    for (const row of cells) for (const cell of row.slice(4)) expect(cell).not.toMatch(FORMULA_START);
  });

  it("csv → xlsx: hostile texts become text cells, never formulas, in the data, the output columns and the summary", async () => {
    const input = await writeText(
      at("in.csv"),
      smallCsv([
        ["=HYPERLINK(1)", "@SUM(1)", "200", "2025-06-01"],
        ["+cmd", "A-2", "100", "2025-06-01"],
      ]),
    );
    const { code, stderr } = await run(input, "--config", await hostileConfig(), "--out", at("out.xlsx"));
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const workbook = await loadXlsx(at("out.xlsx"));
    const data = workbook.getWorksheet("in")!;
    expect(data.getCell("A2").value).toBe("=HYPERLINK(1)");
    expect(data.getCell("B2").value).toBe("@SUM(1)");
    expect(data.getCell("A3").value).toBe("+cmd");
    expect(data.getCell("E2").value).toBe('=HYPERLINK("http://x","y")');
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && FORMULA_START.test(cell.value)) expect(cell.type).toBe(ExcelJS.ValueType.String);
        }),
      );
    }
  });

  it("a csv output read again takes the guard's apostrophe off, so a round trip reads the same values", async () => {
    const rows: ExcelJS.CellValue[][] = [["Customer", "Invoice", "Balance", "Due Date"]];
    rows.push(["=HYPERLINK(1)", "A-1", "-1,234.50", "2025-06-01"], ["Beta", "A-2", "100", "2025-07-20"]);
    const input = await writeRowsXlsx(at("text-amounts.xlsx"), "AR", rows);
    expect((await run(input, "--out", at("first.csv"), "--preset", "aging", "--summary-json", at("first.json"))).code).toBe(0);
    expect(csvRecords(await fs.readFile(at("first.csv"), "utf8"))[1][2]).toBe("'-1,234.50");
    const again = await run(at("first.csv"), "--out", at("again.csv"), "--preset", "aging", "--summary-json", at("again.json"));
    expectOnlyReading(again.stderr);
    expect(again.code).toBe(0);
    expect(await summaryFigures(at("again.json"))).toEqual(await summaryFigures(at("first.json")));
  });

  it("the summary JSON is written only to a .json file, never to a name a spreadsheet opens as csv", async () => {
    const input = await writeText(at("in.csv"), smallCsv([["Acme", "A-1", "200", "2025-06-01"]]));
    const { code, stderr } = await run(input, "--summary-json", at("summary.csv"));
    expect(code).toBe(2);
    expect(stderr).toBe(`arseg: Option --summary-json writes JSON: name a .json file, not "${at("summary.csv")}".\n`);
  });
});
