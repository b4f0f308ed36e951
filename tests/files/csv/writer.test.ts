import { unguardFormula } from "../../../src/files/csv/formulaGuard";
import { csvCell, csvLine, csvText } from "../../../src/files/csv/writer";
import { CsvSplitter, type CsvRecord } from "../../../src/files/csv/splitter";

describe("csvText", () => {
  it("leaves plain text alone", () => {
    expect(csvText("Call first", ",")).toBe("Call first");
  });

  it("quotes text holding the delimiter, a quote or a line break", () => {
    expect(csvText("a,b", ",")).toBe('"a,b"');
    expect(csvText("a;b", ";")).toBe('"a;b"');
    expect(csvText("a;b", ",")).toBe("a;b");
    expect(csvText('say "hi"', ",")).toBe('"say ""hi"""');
    expect(csvText("two\nlines", ",")).toBe('"two\nlines"');
    expect(csvText("cr\r", ",")).toBe('"cr\r"');
  });

  it("puts an apostrophe before text that a spreadsheet would run as a formula", () => {
    expect(csvText("=HYPERLINK(1)", ",")).toBe("'=HYPERLINK(1)");
    expect(csvText("+1", ",")).toBe("'+1");
    expect(csvText("-x", ",")).toBe("'-x");
    expect(csvText("@SUM(1)", ",")).toBe("'@SUM(1)");
    expect(csvText("=A1,B1", ",")).toBe(`"'=A1,B1"`);
    expect(csvText("\tcmd", ",")).toBe("'\tcmd");
    expect(csvText("\rcmd", ",")).toBe(`"'\rcmd"`);
  });

  it("guards text already guarded once more, so reading it back gives the text written", () => {
    expect(csvText("'=x", ",")).toBe("''=x");
    expect(unguardFormula(unguardFormula("''=x"))).toBe("=x");
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(csvText("'quoted'", ",")).toBe("'quoted'");
    expect(unguardFormula("'quoted'")).toBe("'quoted'");
  });
});

describe("csvCell", () => {
  it("writes numbers in invariant form without a formula guard", () => {
    expect(csvCell(-12.5, ",")).toBe("-12.5");
    expect(csvCell(1e21, ",")).toBe("1e+21");
    expect(csvCell(NaN, ",")).toBe("");
  });

  it("writes dates as YYYY-MM-DD, with the time only when there is one", () => {
    expect(csvCell(new Date(Date.UTC(2025, 0, 31)), ",")).toBe("2025-01-31");
    expect(csvCell(new Date(Date.UTC(2025, 0, 31, 13, 5, 0)), ",")).toBe("2025-01-31 13:05:00");
  });

  it("writes booleans and empty cells", () => {
    expect(csvCell(true, ",")).toBe("TRUE");
    expect(csvCell(null, ",")).toBe("");
    expect(csvCell(undefined, ",")).toBe("");
  });
});

describe("csvLine", () => {
  it("joins escaped cells with the delimiter and reads back to the same text", () => {
    const values = ["Acme; Inc.", 'q"uote', 3, null, "multi\nline"];
    const line = csvLine(values, ";");
    expect(line).toBe('"Acme; Inc.";"q""uote";3;;"multi\nline"');
    const out: CsvRecord[] = [];
    const splitter = new CsvSplitter(";");
    splitter.feed(line + "\n", out);
    expect(out[0].cells).toEqual(["Acme; Inc.", 'q"uote', "3", "", "multi\nline"]);
  });
});
