import { Readable } from "stream";
import { detectDelimiter, readCsvBatches, readCsvRecords } from "../../../src/files/csv/reader";

async function collect(chunks: (string | Buffer)[]) {
  const batches = [];
  for await (const batch of readCsvBatches(Readable.from(chunks))) batches.push(batch);
  return { format: batches[0]?.format, rows: batches.flatMap((b) => b.records.map((r) => r.cells)) };
}

describe("detectDelimiter", () => {
  it("picks the semicolon when the header line has more semicolons than commas", () => {
    expect(detectDelimiter("Cliente;Saldo;Vencimiento\nAcme;1.234,56;01/02/2025\n")).toBe(";");
  });

  it("picks the comma on a plain English export", () => {
    expect(detectDelimiter('Customer,Amount,Due Date\nAcme,"1,234.56",2025-01-02\n')).toBe(",");
  });

  it("picks the tab for tab-separated text", () => {
    expect(detectDelimiter("Customer\tAmount\tDue Date\nAcme, Inc.\t12\t2025-01-02\n")).toBe("\t");
  });

  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b;c;d",x,y\n')).toBe(",");
  });

  it("falls back to the comma when there is no candidate", () => {
    expect(detectDelimiter("one column\n")).toBe(",");
  });
});

describe("readCsvBatches", () => {
  it("removes a UTF-8 byte-order mark and reports it", async () => {
    const { format, rows } = await collect(["\uFEFFCustomer,Amount\nAcme,1\n"]);
    expect(format).toEqual({ delimiter: ",", bom: true, newline: "\n" });
    expect(rows[0]).toEqual(["Customer", "Amount"]);
  });

  it("reports CRLF line endings and a semicolon delimiter", async () => {
    const { format, rows } = await collect(["Cliente;Saldo\r\n", "Acme;1.234,56\r\n"]);
    expect(format).toEqual({ delimiter: ";", bom: false, newline: "\r\n" });
    expect(rows).toEqual([
      ["Cliente", "Saldo"],
      ["Acme", "1.234,56"],
    ]);
  });

  it("decodes UTF-8 bytes split in the middle of a character", async () => {
    const bytes = Buffer.from("Razón social,Saldo\nPeñarol,1\n", "utf8");
    const cut = bytes.indexOf(0xc3) + 1;
    const { rows } = await collect([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(rows).toEqual([
      ["Razón social", "Saldo"],
      ["Peñarol", "1"],
    ]);
  });

  it("reads many chunks into the same records as one chunk", async () => {
    const lines = ["Customer,Note"];
    for (let i = 0; i < 500; i++) lines.push(`C${i},"note ${i}, with ""quotes""\nand a break"`);
    const text = lines.join("\n") + "\n";
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += 97) pieces.push(text.slice(i, i + 97));
    const whole = await collect([text]);
    const split = await collect(pieces);
    expect(split.rows).toEqual(whole.rows);
    expect(split.rows).toHaveLength(501);
    expect(split.rows[1]).toEqual(["C0", 'note 0, with "quotes"\nand a break']);
  });

  it("yields nothing for an empty file", async () => {
    const { format, rows } = await collect([]);
    expect(format).toBeUndefined();
    expect(rows).toEqual([]);
  });
});

describe("readCsvRecords", () => {
  it("yields records one at a time with their raw text", async () => {
    const records = [];
    for await (const record of readCsvRecords(Readable.from(['a;"b;c"\n1;2\n']))) records.push(record);
    expect(records).toEqual([
      { cells: ["a", "b;c"], raw: 'a;"b;c"', ending: 1 },
      { cells: ["1", "2"], raw: "1;2", ending: 1 },
    ]);
  });
});

describe("readCsvBatches on bytes", () => {
  it("reports a byte-order mark given as bytes", async () => {
    const { format, rows } = await collect([Buffer.from("\uFEFFa;b\n1;2\n", "utf8")]);
    expect(format?.bom).toBe(true);
    expect(rows[0]).toEqual(["a", "b"]);
  });
});
