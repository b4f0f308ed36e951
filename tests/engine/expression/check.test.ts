import type { CompareOp, Condition } from "../../../src/engine/config/schema";
import { checkCondition, compareValueProblem, describeConditionProblem, isAlways } from "../../../src/engine/expression";

describe("compareValueProblem", () => {
  test.each<[CompareOp, unknown]>([
    [">", 5],
    ["<=", "2026-01-31"],
    ["=", "C"],
    ["!=", false],
    ["contains", "S.A."],
    ["startsWith", 12],
    ["between", [1, 5]],
    ["between", ["2026-01-01", "2026-12-31"]],
    ["between", [5, 5]],
    ["in", ["a"]],
    ["notIn", [1, 2]],
    ["isBlank", undefined],
    ["isTrue", undefined],
  ])("accepts %s with %j", (op, value) => {
    expect(compareValueProblem(op, value as never)).toBeUndefined();
  });

  test.each<[CompareOp, unknown, string]>([
    [">", "lots", "needs a number or a date"],
    [">", undefined, "needs a number or a date"],
    ["<", "2026-02-30", "needs a number or a date"],
    ["=", [1, 2], 'use "in"'],
    ["=", undefined, "needs one value"],
    ["contains", true, "needs a text"],
    ["between", [1], "needs two values"],
    ["between", [1, "2026-01-01"], "needs two values"],
    ["between", [5, 1], "low value first: 5 is above 1"],
    ["in", [], "non-empty list"],
    ["notIn", "a", "non-empty list"],
    ["isBlank", 1, "takes no value"],
    ["isFalse", false, "takes no value"],
  ])("rejects %s with %j", (op, value, message) => {
    const problem = compareValueProblem(op, value as never);
    expect(problem && describeConditionProblem(problem)).toContain(message);
  });
});

describe("checkCondition", () => {
  test("reports problems with their path inside the condition", () => {
    const condition: Condition = {
      kind: "all",
      conditions: [
        { kind: "compare", field: "Balance", op: ">", value: 5 },
        { kind: "not", condition: { kind: "compare", field: "Balance", op: "between", value: [9, 1] } },
        { kind: "any", conditions: [] },
      ],
    };
    expect(checkCondition(condition).map((p) => [p.path, describeConditionProblem(p)])).toEqual([
      [["conditions", 1, "condition", "value"], expect.stringContaining("low value first")],
      [["conditions", 2], '"any" needs at least one condition'],
    ]);
  });
});

describe("isAlways", () => {
  test("knows always, an all of always, and an any containing always", () => {
    const x: Condition = { kind: "compare", field: "X", op: "isTrue" };
    expect(isAlways({ kind: "always" })).toBe(true);
    expect(isAlways({ kind: "all", conditions: [{ kind: "always" }] })).toBe(true);
    expect(isAlways({ kind: "any", conditions: [x, { kind: "always" }] })).toBe(true);
    expect(isAlways({ kind: "all", conditions: [x, { kind: "always" }] })).toBe(false);
    expect(isAlways({ kind: "not", condition: { kind: "always" } })).toBe(false);
  });
});
