import ExcelJS from "exceljs";
import { cellValueOf, normaliseCell } from "../../src/xlsx/cellValue";
import { readWorkbookFile, writeWorkbookBuffer } from "../../src/xlsx/files";

describe("normaliseCell", () => {
  it("passes numbers, text, booleans and dates through", () => {
    const date = new Date(Date.UTC(2025, 5, 30));
    expect(normaliseCell(12.5)).toBe(12.5);
    expect(normaliseCell("Acme")).toBe("Acme");
    expect(normaliseCell(true)).toBe(true);
    expect(normaliseCell(date)).toBe(date);
  });

  it("gives null for empty cells", () => {
    expect(normaliseCell(null)).toBeNull();
    expect(normaliseCell(undefined)).toBeNull();
  });

  it("gives a formula's cached result", () => {
    expect(normaliseCell({ formula: "A1*2", result: 42 })).toBe(42);
    expect(normaliseCell({ formula: "TODAY()", result: new Date(Date.UTC(2025, 0, 2)) })).toEqual(new Date(Date.UTC(2025, 0, 2)));
  });

  it("gives a shared formula's result, and null when it has none", () => {
    expect(normaliseCell({ sharedFormula: "B2", result: "x" })).toBe("x");
    expect(normaliseCell({ sharedFormula: "B2" } as ExcelJS.CellSharedFormulaValue)).toBeNull();
  });

  it("gives a formula's error result as its error code", () => {
    expect(normaliseCell({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
  });

  it("joins rich text runs", () => {
    expect(normaliseCell({ richText: [{ text: "Ac", font: { bold: true } }, { text: "me" }] })).toBe("Acme");
  });

  it("gives a hyperlink's display text, rich or plain", () => {
    expect(normaliseCell({ text: "Acme", hyperlink: "https://acme.example" })).toBe("Acme");
    const rich = {
      text: { richText: [{ text: "Ac" }, { text: "me" }] },
      hyperlink: "https://acme.example",
    } as unknown as ExcelJS.CellHyperlinkValue;
    expect(normaliseCell(rich)).toBe("Acme");
  });

  it("gives an error cell's code", () => {
    expect(normaliseCell({ error: "#N/A" })).toBe("#N/A");
  });

  it("reads every kind the same after a round trip through an .xlsx file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Kinds");
    sheet.getCell("A1").value = { formula: "1+1", result: 2 };
    sheet.getCell("A2").value = { richText: [{ text: "Ri" }, { text: "ch" }] };
    sheet.getCell("A3").value = { text: "Link", hyperlink: "https://x.example" };
    sheet.getCell("A4").value = { error: "#N/A" };
    sheet.getCell("A5").value = new Date(Date.UTC(2025, 5, 30));
    sheet.getCell("A5").numFmt = "yyyy-mm-dd";
    sheet.getCell("A6").value = 45838;
    const loaded = await readWorkbookFile(await writeWorkbookBuffer(workbook));
    if (!loaded.ok) throw new Error("not loaded");
    const back = loaded.value.getWorksheet("Kinds")!;
    const values = [1, 2, 3, 4, 5, 6].map((r) => normaliseCell(back.getCell(`A${r}`).value));
    expect(values).toEqual([2, "Rich", "Link", "#N/A", new Date(Date.UTC(2025, 5, 30)), 45838]);
  });
});

describe("cellValueOf", () => {
  it("reads a formula's cached 0, false and empty text, which ExcelJS's cell.value leaves out", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("F");
    sheet.getCell("A1").value = { formula: "1-1", result: 0 };
    sheet.getCell("A2").value = { formula: "1>2", result: false };
    sheet.getCell("A3").value = { formula: "B9", result: 12 };
    sheet.getCell("A4").value = "plain";
    const loaded = await readWorkbookFile(await writeWorkbookBuffer(workbook));
    if (!loaded.ok) throw new Error("not loaded");
    const back = loaded.value.getWorksheet("F")!;
    expect(["A1", "A2", "A3", "A4"].map((a) => cellValueOf(back.getCell(a)))).toEqual([0, false, 12, "plain"]);
  });
});
