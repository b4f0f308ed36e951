import { freeSheetName, quoteSheet, sheetNameFor } from "../../src/files/sheetName";

describe("sheetNameFor", () => {
  it("makes a valid sheet name from a file name", () => {
    expect(sheetNameFor("AR [june]: final?.csv")).toBe("AR _june__ final_");
    expect(sheetNameFor("a\\b/c*d.csv")).toBe("a_b_c_d");
    expect(sheetNameFor("tab\there.csv")).toBe("tab_here");
    expect(sheetNameFor("a-very-long-file-name-that-goes-beyond-the-limit.csv")).toHaveLength(31);
  });

  it("never starts or ends with an apostrophe, even once cut to 31 characters", () => {
    expect(sheetNameFor("'quoted'.csv")).toBe("quoted");
    expect(sheetNameFor("''.csv")).toBe("Ledger");
    expect(sheetNameFor(`${"x".repeat(30)}'tail.csv`)).toBe("x".repeat(30));
    expect(sheetNameFor(`${"x".repeat(29)} 'tail.csv`)).toBe("x".repeat(29));
  });

  it("avoids the name Excel reserves, in any case, and never gives an empty name", () => {
    expect(sheetNameFor("History.csv")).toBe("History (ledger)");
    expect(sheetNameFor("HISTORY.csv")).toBe("History (ledger)");
    expect(sheetNameFor("History 2025.csv")).toBe("History 2025");
    expect(sheetNameFor(".csv")).toBe("Ledger");
  });
});

describe("freeSheetName", () => {
  it("keeps a free name and numbers a taken one, comparing names as Excel does (in any case)", () => {
    expect(freeSheetName("Segment Summary", ["AR"])).toBe("Segment Summary");
    expect(freeSheetName("Segment Summary", ["segment SUMMARY"])).toBe("Segment Summary (2)");
    expect(freeSheetName("Segment Summary", ["Segment Summary", "Segment Summary (2)"])).toBe("Segment Summary (3)");
  });

  it("stays within 31 characters", () => {
    const long = "x".repeat(31);
    expect(freeSheetName(long, [long])).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("quoteSheet", () => {
  it("quotes a name for a formula, doubling its apostrophes", () => {
    expect(quoteSheet("Jo's data")).toBe("'Jo''s data'");
  });
});
