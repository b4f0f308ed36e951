import { parseRangeAddress } from "../../../src/functions/logic/rangeAddress";

describe("parseRangeAddress", () => {
  it("reads sheet, row and column of the top-left cell", () => {
    expect(parseRangeAddress("Sheet1!A2:K2")).toEqual({ sheet: "Sheet1", top: 1, left: 0 });
    expect(parseRangeAddress("'AR 2026'!$B$5:$K$9")).toEqual({ sheet: "AR 2026", top: 4, left: 1 });
    expect(parseRangeAddress("'Bob''s AR'!AA10")).toEqual({ sheet: "Bob's AR", top: 9, left: 26 });
    expect(parseRangeAddress("[Book1.xlsx]Ledger!C3")).toEqual({ sheet: "Ledger", top: 2, left: 2 });
  });

  it("gives no sheet when the address has none", () => {
    expect(parseRangeAddress("D7")).toEqual({ top: 6, left: 3 });
  });

  it("gives undefined for no address or one it cannot read", () => {
    expect(parseRangeAddress(undefined)).toBeUndefined();
    expect(parseRangeAddress("")).toBeUndefined();
    expect(parseRangeAddress("Sheet1!#REF!")).toBeUndefined();
    expect(parseRangeAddress("Sheet1!1:1")).toBeUndefined();
  });
});
