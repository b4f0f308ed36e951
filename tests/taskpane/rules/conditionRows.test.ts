import type { Condition } from "../../../src/engine/config/schema";
import { describeExpressionError, formatCondition, parseExpression } from "../../../src/engine/expression";
import { fromRows, operatorsFor, textsOf, toRows, valueOf, withOperator } from "../../../src/taskpane/rules/conditionRows";

const parse = (text: string): Condition => {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(describeExpressionError(parsed.error));
  return parsed.value;
};

describe("condition rows", () => {
  it("shows a flat AND of comparisons as rows and gives the same condition back", () => {
    const condition = parse("DaysPastDue > 30 and Balance >= 5000");
    const rows = toRows(condition);
    expect(rows?.match).toBe("all");
    expect(rows?.rows).toHaveLength(2);
    expect(formatCondition(fromRows(rows!))).toBe(formatCondition(condition));
  });

  it("keeps one level of grouping", () => {
    const condition = parse('DaysPastDue > 30 and (PaymentGrade in ("C", "D") or Score < 40)');
    const rows = toRows(condition);
    expect(rows?.rows[1]).toMatchObject({ kind: "any" });
    expect(formatCondition(fromRows(rows!))).toBe(formatCondition(condition));
  });

  it("leaves deeper conditions and NOT to the expression editor", () => {
    expect(toRows(parse("not Disputed"))).toBeUndefined();
    expect(toRows(parse("Balance > 1 and (Score < 2 or (Disputed and Paid))"))).toBeUndefined();
  });

  it("reads no rows as always and always as no rows", () => {
    expect(fromRows({ match: "all", rows: [] })).toEqual({ kind: "always" });
    expect(toRows({ kind: "always" })).toEqual({ match: "all", rows: [] });
  });

  it("types values by field: numbers for number fields, text for text fields", () => {
    expect(valueOf(["90"], ">", "DaysPastDue")).toBe(90);
    expect(valueOf(["090"], "=", "Invoice")).toBe("090");
    expect(valueOf(["C, D"], "in", "PaymentGrade")).toEqual(["C", "D"]);
    expect(valueOf(["1000", "5000"], "between", "Balance")).toEqual([1000, 5000]);
    expect(valueOf([""], ">", "Balance")).toBeUndefined();
    expect(valueOf(["x"], "isBlank", "Phone")).toBeUndefined();
  });

  it("turns values back into the texts an input shows", () => {
    expect(textsOf(["C", "D"], "in")).toEqual(["C, D"]);
    expect(textsOf([1, 2], "between")).toEqual(["1", "2"]);
    expect(textsOf(undefined, ">")).toEqual([""]);
  });

  it("offers the operators that suit the field", () => {
    expect(operatorsFor("Disputed")).toEqual(["isTrue", "isFalse"]);
    expect(operatorsFor("Balance")).toContain("between");
    expect(operatorsFor("Industry")).toContain("contains");
    expect(operatorsFor("Region (a sheet column)")).toContain("=");
  });

  it("keeps the value when the operator changes shape only when it can", () => {
    expect(withOperator({ kind: "compare", field: "Balance", op: ">", value: 10 }, ">=")).toEqual({
      kind: "compare",
      field: "Balance",
      op: ">=",
      value: 10,
    });
    expect(withOperator({ kind: "compare", field: "Balance", op: ">", value: 10 }, "isBlank")).toEqual({
      kind: "compare",
      field: "Balance",
      op: "isBlank",
    });
    expect(withOperator({ kind: "compare", field: "Balance", op: ">", value: 10 }, "between")).toEqual({
      kind: "compare",
      field: "Balance",
      op: "between",
      value: [10, ""],
    });
  });
});
