import { cellFormat, cellValue, TEXT_FORMAT } from "../../src/excel/cellText";

describe("cellValue and cellFormat", () => {
  it("write text as it is, in a cell formatted as Text, and numbers with their own format", () => {
    for (const text of ["=HYPERLINK(x)", "+1 555", "-ACME", "@risk", "1-30", "'quoted"]) {
      expect(cellValue(text)).toBe(text);
      expect(cellFormat(text, "General")).toBe(TEXT_FORMAT);
    }
    expect(cellValue(42)).toBe(42);
    expect(cellFormat(42, "0")).toBe("0");
    expect(cellValue(true)).toBe(true);
    expect(cellValue(null)).toBe("");
    expect(cellFormat(null, "General")).toBe("General");
  });
});
