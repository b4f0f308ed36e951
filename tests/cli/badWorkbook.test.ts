/**
 * Files that are not workbooks, or damaged ones, given to the command line as
 * .xlsx: each gets one message naming the file and what it is, exit 2, and
 * no output file.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { generateLedger } from "../support/generateLedger";
import { oleFile, storedZip } from "../support/storedZip";

let dir: string;
let inputs: Set<string>;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "arseg-bad-"));
  inputs = new Set();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refusal(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  let stdout = "";
  let stderr = "";
  const code = await main([file, "--as-of", "2025-06-30"], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stderrIsTTY: false,
    today: "2025-06-30",
  });
  expect(code).toBe(2);
  expect(stdout).toBe("");
  inputs.add(name);
  expect((await fs.readdir(dir)).filter((f) => !inputs.has(f))).toEqual([]);
  expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(stderr).toContain(file);
  return stderr;
}

async function ledgerBytes(rows = 50): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  generateLedger({ rows, dates: "date" }).forEach((row) => sheet.addRow(row));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a file named .xlsx that is not a workbook", () => {
  it("says an encrypted workbook is protected with a password", async () => {
    expect(await refusal("locked.xlsx", oleFile("EncryptedPackage"))).toMatch(/is encrypted with a password/);
  });

  it("says an Excel 97-2003 workbook is an .xls", async () => {
    expect(await refusal("old.xlsx", oleFile("Workbook"))).toMatch(/is not an .xlsx workbook: it is an Excel 97-2003 workbook \(\.xls\)/);
  });

  it("says an OpenDocument spreadsheet renamed .xlsx is an .ods", async () => {
    const ods = storedZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" });
    expect(await refusal("calc.xlsx", ods)).toMatch(/it is an OpenDocument spreadsheet \(\.ods\)/);
  });

  it("says a zip holding no workbook is one, and names a Word document", async () => {
    expect(await refusal("notes.xlsx", storedZip({ "readme.txt": "hello" }))).toMatch(/it is a zip archive with no workbook in it/);
    expect(await refusal("letter.xlsx", storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }))).toMatch(
      /it is a Word document/,
    );
  });

  it("says an empty file is empty and a text file is text", async () => {
    expect(await refusal("empty.xlsx", "")).toMatch(/it is empty \(0 bytes\)/);
    expect(await refusal("ledger.xlsx", "Customer,Amount\nAcme,12\n")).toMatch(/it is a text file/);
  });
});

describe("a damaged workbook", () => {
  it("says a truncated file ends too early", async () => {
    const bytes = await ledgerBytes();
    expect(await refusal("cut.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatch(/is damaged: it ends too early/);
  });

  it("says which part does not inflate when its compressed bytes are damaged", async () => {
    const bytes = await ledgerBytes(2000);
    const damaged = bytes.slice();
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    // The sheet's local header, then scramble its compressed data.
    let at = 0;
    for (; at < damaged.length; at++)
      if (damaged[at] === 0x50 && damaged[at + 1] === 0x4b && damaged[at + 2] === 3 && name.every((b, k) => damaged[at + 30 + k] === b))
        break;
    const start = at + 30 + name.length + new DataView(damaged.buffer).getUint16(at + 28, true);
    for (let k = start + 200; k < start + 400; k++) damaged[k] ^= 0x5a;
    expect(await refusal("scrambled.xlsx", damaged)).toMatch(
      /is damaged: a part of it does not inflate as its zip entry says \(xl\/worksheets\/sheet1\.xml\)/,
    );
  });
});

describe("a sheet past Excel's grid", () => {
  const workbookWithSheet = (sheetXml: string) =>
    storedZip({
      "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "_rels/.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      "xl/workbook.xml": '<workbook xmlns:r="r"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      "xl/worksheets/sheet1.xml": sheetXml,
    });

  it("is refused from its stated dimension, before any row is read", async () => {
    const xml =
      '<worksheet><dimension ref="A1:C3000000"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Customer</t></is></c></row></sheetData></worksheet>';
    expect(await refusal("big.xlsx", workbookWithSheet(xml))).toMatch(
      /Sheet "Big" of ".*big\.xlsx" reaches row 3,000,000, past Excel's grid of 1,048,576 rows × 16,384 columns/,
    );
  });

  it("is refused at the first row past the grid when it states no dimension", async () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row></sheetData></worksheet>';
    expect(await refusal("tall.xlsx", workbookWithSheet(xml))).toMatch(/reaches row 1,048,577, past Excel's grid/);
  });

  it("is refused at a column past XFD", async () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>';
    expect(await refusal("wide.xlsx", workbookWithSheet(xml))).toMatch(/reaches column 16,385, past Excel's grid/);
  });
});
