import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { SPREADSHEET_ERRORS } from "../../src/engine/parse/cellWords";
import { run, smallCsv, useTempDir, writeRowsXlsx, writeText, csvRecords, expectOnlyReading } from "./support";

const { at } = useTempDir();

const due = new Date(Date.UTC(2025, 5, 1));
const HEADER = ["Customer", "Invoice", "Balance", "Due Date", "Disputed"];

describe("cells read as the README says", () => {
  it("a yes/no column's no-value words and #N/A are empty, not disputed", async () => {
    const words = ["n/a", "N/A", "none", "null", "-", "#N/A"];
    const rows = words.map((word, k) => [`C${k}`, `A-${k}`, "100", "2025-06-01", word]);
    rows.push(["Real", "A-9", "100", "2025-06-01", "yes"]);
    const input = await writeText(at("in.csv"), [HEADER, ...rows].map((r) => r.join(",")).join("\n") + "\n");
    const { code, stderr } = await run(input, "--out", at("out.csv"));
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const segments = csvRecords(await fs.readFile(at("out.csv"), "utf8"))
      .slice(1)
      .map((r) => r[5]);
    expect(segments.slice(0, words.length)).not.toContain("Dispute");
    expect(segments[words.length]).toBe("Dispute");
  });

  it.each(SPREADSHEET_ERRORS.map((e) => [e]))(
    "an error value %s in a balance cell of a workbook is reported with its cell",
    async (error) => {
      const rows: ExcelJS.CellValue[][] = [
        HEADER,
        ["Acme", "A-1", 100, due, "no"],
        ["Beta", "A-2", { error } as ExcelJS.CellErrorValue, due, "no"],
      ];
      const input = await writeRowsXlsx(at("in.xlsx"), "AR", rows);
      const { code, stderr } = await run(input, "--out", at("out.xlsx"));
      expect(code).toBe(2);
      expect(stderr).toBe(
        `arseg: Sheet "AR", cell C3 (column "Balance"): the cell shows the error ${error}, so the formula there failed. Fix the formula or enter the value, then run again.\n`,
      );
    },
  );

  it("an error value in a csv's due date is reported with its cell, not read as blank", async () => {
    const input = await writeText(
      at("in.csv"),
      smallCsv([
        ["Acme", "A-1", "100", "2025-06-01"],
        ["Beta", "A-2", "100", "#N/A"],
      ]),
    );
    const { code, stderr } = await run(input);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `arseg: Sheet "in.csv", cell D3 (column "Due Date"): the cell shows the error #N/A, so the formula there failed. Fix the formula or enter the value, then run again.\n`,
    );
  });
});

describe("amounts past the bound", () => {
  it("a balance of 1e308 is refused with its cell, never summed into Infinity", async () => {
    const rows: ExcelJS.CellValue[][] = [HEADER, ["Acme", "A-1", 1e308, due, "no"], ["Beta", "A-2", 1e308, due, "no"]];
    const input = await writeRowsXlsx(at("in.xlsx"), "AR", rows);
    const { code, stderr } = await run(input, "--out", at("out.xlsx"), "--summary-json", at("s.json"));
    expect(code).toBe(2);
    expect(stderr).toBe(
      'arseg: Sheet "AR", cell C2 (column "Balance"): 1e+308 is beyond 1,000,000,000,000,000 either way, which no amount here can be. Check the cell.\n',
    );
  });

  it("amounts up to the bound give a finite summary, in the JSON and in the workbook", async () => {
    const rows: ExcelJS.CellValue[][] = [HEADER];
    for (let k = 0; k < 50; k++) rows.push([`C${k}`, `A-${k}`, k % 2 === 0 ? 1e15 : -1e15, due, "no"]);
    const input = await writeRowsXlsx(at("in.xlsx"), "AR", rows);
    const { code, stdout } = await run(input, "--out", at("out.xlsx"), "--summary-json", at("s.json"));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/∞|NaN/);
    const json = await fs.readFile(at("s.json"), "utf8");
    // A credit has no priority (null); no figure may be null, infinite or NaN.
    expect(json).not.toMatch(/Infinity|NaN|"(balance|share|count|totalAR|overdueAR|currentAR)": null/);
  });

  it("one rule for negatives: a double mark such as (-5) or -5 CR is refused with its cell", async () => {
    for (const text of ["(-5)", "-(5)", "(5) CR", "-5 CR"]) {
      const input = await writeText(at("in.csv"), smallCsv([["Acme", "A-1", `"${text}"`, "2025-06-01"]]));
      const { code, stderr } = await run(input, "--out", at("out.csv"));
      expect(code).toBe(2);
      expect(stderr).toBe(`arseg: Sheet "in.csv", cell C2 (column "Balance"): "${text}" is not an amount.\n`);
    }
  });
});
