import * as path from "path";
import { defaultOutput, fileKindOf } from "../../src/cli/files";

describe("file names", () => {
  it("puts the default output beside the input with -segmented", () => {
    expect(defaultOutput(path.join("data", "ledger.xlsx"))).toBe(path.join("data", "ledger-segmented.xlsx"));
    expect(defaultOutput("aging.report.csv")).toBe("aging.report-segmented.csv");
  });

  it("knows xlsx and csv-like files by extension", () => {
    expect(fileKindOf("a.XLSX")).toBe("xlsx");
    expect(["a.csv", "a.tsv", "a.txt"].map(fileKindOf)).toEqual(["csv", "csv", "csv"]);
    expect(fileKindOf("a.xls")).toBeUndefined();
  });
});
