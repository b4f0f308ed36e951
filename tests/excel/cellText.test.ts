import { cellInput } from "../../src/excel/cellText";

describe("cellInput", () => {
  it("puts an apostrophe before every non-empty string and leaves numbers and blanks alone", () => {
    expect(cellInput("=HYPERLINK(x)")).toBe("'=HYPERLINK(x)");
    expect(cellInput("1-30")).toBe("'1-30");
    expect(cellInput("'quoted")).toBe("''quoted");
    expect(cellInput(42)).toBe(42);
    expect(cellInput(true)).toBe(true);
    expect(cellInput("")).toBe("");
    expect(cellInput(null)).toBe("");
  });
});
