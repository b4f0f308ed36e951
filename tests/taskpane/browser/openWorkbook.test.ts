import { openWorkbook, segmentedName } from "../../../src/taskpane/browser/openWorkbook";
import { csvWorkbook } from "../../../src/taskpane/browser/csvWorkbook";
import ExcelJS from "exceljs";
import { portOf } from "../../xlsx/support";

const fileOf = (name: string, content: string | Uint8Array) => ({
  name,
  text: async () => (typeof content === "string" ? content : new TextDecoder().decode(content)),
  arrayBuffer: async () => (typeof content === "string" ? new TextEncoder().encode(content) : content).slice().buffer as ArrayBuffer,
});

describe("opening a file in the browser page", () => {
  it("names the download after the file", () => {
    expect(segmentedName("AR June.xlsx")).toBe("AR June-segmented.xlsx");
    expect(segmentedName("cartera.csv")).toBe("cartera-segmented.xlsx");
  });

  it("reads a semicolon csv into one sheet of text cells", async () => {
    const bytes = await csvWorkbook('Cliente;Saldo;Vencimiento\r\n"Acme; S.A.";1.234,56;01/02/2025\r\n', "cartera.csv");
    const port = await portOf(bytes);
    expect(await port.listSheets()).toEqual({ ok: true, value: { sheets: ["cartera"], active: "cartera" } });
    const region = await port.readRegion({});
    expect(region.ok && region.value.values).toEqual([
      ["Cliente", "Saldo", "Vencimiento"],
      ["Acme; S.A.", "1.234,56", "01/02/2025"],
    ]);
  });

  it("opens an xlsx workbook and refuses other files", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("AR").addRow(["Customer", "Amount"]);
    const bytes = new Uint8Array(await source.xlsx.writeBuffer());
    const opened = await openWorkbook(fileOf("ledger.xlsx", bytes));
    const region = opened.ok && (await opened.value.port.readRegion({}));
    expect(region && region.ok && region.value.values).toEqual([["Customer", "Amount"]]);
    expect(opened.ok && opened.value.downloadName).toBe("ledger-segmented.xlsx");
    const other = await openWorkbook(fileOf("notes.txt", "hello"));
    expect(other).toEqual({ ok: false, error: { kind: "unsupportedFile", file: "notes.txt" } });
    const broken = await openWorkbook(fileOf("broken.xlsx", "not a zip"));
    expect(!broken.ok && broken.error).toEqual({ kind: "notAWorkbook", file: "broken.xlsx", nature: "text" });
  });

  it("reads a UTF-16 csv told by its byte-order mark", async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Cliente;Saldo\r\nAção;10\r\n", "utf16le")]));
    const opened = await openWorkbook(fileOf("cartera.csv", bytes));
    const region = opened.ok && (await opened.value.port.readRegion({}));
    expect(region && region.ok && region.value.values[1][0]).toBe("Ação");
  });

  it("refuses a csv whose quote is never closed, with its line", async () => {
    const opened = await openWorkbook(fileOf("cartera.csv", 'Cliente;Saldo\n"Acme;10\nBeta;20\n'));
    expect(opened).toEqual({ ok: false, error: { kind: "unclosedQuote", file: "cartera.csv", line: 2 } });
  });
});
