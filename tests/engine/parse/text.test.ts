import { textOf } from "../../../src/engine/parse/text";

describe("textOf", () => {
  it("trims strings", () => {
    expect(textOf("  ACME Corp ")).toBe("ACME Corp");
  });

  it("writes numbers without float noise", () => {
    expect(textOf(1234)).toBe("1234");
    expect(textOf(12.5)).toBe("12.5");
    expect(textOf(0.1 + 0.2)).toBe("0.3");
    expect(textOf(-0.5)).toBe("-0.5");
    expect(textOf(1234567.891)).toBe("1234567.891");
  });

  it("writes dates as ISO from their UTC day", () => {
    expect(textOf(new Date(Date.UTC(2026, 2, 31)))).toBe("2026-03-31");
    expect(textOf(new Date(Number.NaN))).toBe("");
  });

  it("writes booleans as Excel shows them and empty cells as empty text", () => {
    expect(textOf(true)).toBe("TRUE");
    expect(textOf(false)).toBe("FALSE");
    expect(textOf(null)).toBe("");
    expect(textOf(undefined)).toBe("");
  });
});
