import { asMatrix, cellOf, excelErrorOf, isOmitted, scalarOf } from "../../../src/functions/logic/inputs";

describe("excelErrorOf", () => {
  it("recognises error literals passed as text", () => {
    expect(excelErrorOf("#N/A")).toBe("#N/A");
    expect(excelErrorOf("#DIV/0!")).toBe("#DIV/0!");
    expect(excelErrorOf(" #value! ")).toBeUndefined(); // leading space: plain text, not an error
    expect(excelErrorOf("#value!")).toBe("#VALUE!");
  });

  it("recognises CustomFunctions.Error-like objects and Excel error cell values", () => {
    expect(excelErrorOf({ code: "#N/A", message: "lookup failed" })).toBe("#N/A");
    expect(excelErrorOf({ code: "something else" })).toBe("#VALUE!");
    expect(excelErrorOf({ type: "Error", errorType: "Div0" })).toBe("#DIV/0!");
    expect(excelErrorOf({ type: "Error", errorType: "Mystery" })).toBe("#VALUE!");
  });

  it("leaves values, hashtags and dates alone", () => {
    for (const value of [0, 42, "", "ACME", "#1 customer", true, null, undefined, new Date(0), { basicValue: 3 }]) {
      expect(excelErrorOf(value)).toBeUndefined();
    }
  });
});

describe("cellOf", () => {
  it("passes plain values through and unwraps Excel data types", () => {
    expect(cellOf("ACME")).toBe("ACME");
    expect(cellOf(46112)).toBe(46112);
    expect(cellOf(false)).toBe(false);
    expect(cellOf(null)).toBeNull();
    expect(cellOf({ type: "Double", basicValue: 12.5 })).toBe(12.5);
  });

  it("turns non-finite numbers and unknown objects into empty cells", () => {
    expect(cellOf(NaN)).toBeNull();
    expect(cellOf({ some: "entity" })).toBeNull();
  });
});

describe("argument shapes", () => {
  it("wraps scalars and flat arrays as matrices", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
    expect(asMatrix([[1], [2]])).toEqual([[1], [2]]);
  });

  it("takes the single value of a 1×1 range", () => {
    expect(scalarOf([[46112]])).toBe(46112);
    expect(scalarOf("x")).toBe("x");
    expect(scalarOf([[1, 2]])).toEqual([[1, 2]]);
  });

  it("treats null, undefined, blank text and all-blank ranges as omitted", () => {
    expect(isOmitted(undefined)).toBe(true);
    expect(isOmitted(null)).toBe(true);
    expect(isOmitted("  ")).toBe(true);
    expect(isOmitted([[null, ""]])).toBe(true);
    expect(isOmitted(0)).toBe(false);
    expect(isOmitted([[0]])).toBe(false);
  });
});
