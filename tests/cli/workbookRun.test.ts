import { sheetNameFor } from "../../src/cli/workbookRun";

describe("sheetNameFor", () => {
  it("makes a valid sheet name from a file name", () => {
    expect(sheetNameFor("/x/AR [june]: final?.csv")).toBe("AR  june   final");
    expect(sheetNameFor("'quoted'.csv")).toBe("quoted");
    expect(sheetNameFor("a-very-long-file-name-that-goes-beyond-the-limit.csv")).toHaveLength(31);
  });
});
