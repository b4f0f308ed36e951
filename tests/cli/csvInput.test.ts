import { promises as fs } from "fs";
import { CSV_OUTPUT_HEADERS } from "../../src/engine/segmentation";
import { run, smallCsv, useTempDir, writeText, expectOnlyReading } from "./support";

const { at, files } = useTempDir();

describe("csv input the splitter must not misread", () => {
  it("an unclosed quote is reported with its line, never read as fewer rows", async () => {
    const text = smallCsv([
      ["Acme", "A-1", "200.00", "2025-06-01"],
      ["Beta", '"B-2', "500.00", "2025-06-01"],
      ["Gamma", "A-3", "300.00", "2025-06-01"],
    ]);
    const input = await writeText(at("in.csv"), text);
    const { code, stdout, stderr } = await run(input, "--summary-json", at("s.json"));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `arseg: File "${input}", line 3: a quote opens a field there and is never closed, so the rest of the file would be read as one cell. Close the quote (write "" for a quote inside a quoted field) and run again.\n`,
    );
    expect(await files()).toEqual(["in.csv"]);
  });

  it("a quote that closes lines later, in the middle of a field, is reported with both lines", async () => {
    const text = 'Customer,Invoice,Balance,Due Date\nAcme,"A-1,200.00,2025-06-01\nBeta,B-2,"500.00",2025-06-01\n';
    const input = await writeText(at("in.csv"), text);
    const { code, stderr } = await run(input);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^arseg: File ".*in.csv", line 2: a quote opens a field there that runs on to line 3 and ends in the middle of a field/,
    );
  });

  it.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ] as const)("a %s file (told by its byte-order mark) is read, and written out as UTF-8", async (encoding, bom) => {
    const text = smallCsv([
      ["Ação Ltda", "A-1", "200", "2025-06-01"],
      ["Zoë GmbH", "A-2", "100", "2025-07-20"],
    ]);
    const le = Buffer.from(text, "utf16le");
    const body = encoding === "utf-16le" ? le : Buffer.from(le).swap16();
    const input = await writeText(at("in.csv"), Buffer.concat([Buffer.from(bom), body]));
    const { code, stderr } = await run(input, "--preset", "aging", "--out", at("out.csv"));
    expectOnlyReading(stderr);
    expect(code).toBe(0);
    const out = (await fs.readFile(at("out.csv"), "utf8")).split("\n");
    expect(out[0]).toBe(`\uFEFFCustomer,Invoice,Balance,Due Date,${CSV_OUTPUT_HEADERS.join(",")}`);
    expect(out[1]).toMatch(/^Ação Ltda,A-1,200,2025-06-01,1-30,/);
    expect(out[2]).toMatch(/^Zoë GmbH,A-2,100,2025-07-20,Current,/);
  });

  it("a UTF-16 file becomes a workbook too", async () => {
    const text = smallCsv([["Ação Ltda", "A-1", "200", "2025-06-01"]]);
    const input = await writeText(at("in.csv"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const { code, stdout } = await run(input, "--preset", "aging", "--out", at("out.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain('1 rows of "in" segmented');
  });
});
