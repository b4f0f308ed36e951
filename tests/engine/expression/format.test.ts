import fc from "fast-check";
import type { CompareOp, Condition, Scalar } from "../../../src/engine/config/schema";
import { formatCondition, formatField, formatScalar, parseExpression } from "../../../src/engine/expression";

const cmp = (field: string, op: CompareOp, value?: Scalar | Scalar[]): Condition =>
  value === undefined ? { kind: "compare", field, op } : { kind: "compare", field, op, value };

describe("formatCondition", () => {
  test.each<[Condition, string]>([
    [{ kind: "all", conditions: [cmp("Balance", ">", 10000), cmp("DaysPastDue", ">", 60)] }, "Balance > 10000 and DaysPastDue > 60"],
    [cmp("Share", ">=", 0.5), "Share >= 0.5"],
    [cmp("Balance", "!=", -5), "Balance <> -5"],
    [cmp("Days Past Due", ">=", 31), "[Days Past Due] >= 31"],
    [cmp("Región", "=", "Norte"), 'Región = "Norte"'],
    [cmp("Note", "contains", 'say "hi"'), 'Note contains "say ""hi"""'],
    [cmp("DueDate", "<", "2026-01-31"), "DueDate < 2026-01-31"],
    [cmp("Code", "=", "2026-02-30"), 'Code = "2026-02-30"'],
    [cmp("Balance", "between", [1000, 5000]), "Balance between 1000 and 5000"],
    [cmp("AgingBucket", "in", ["61-90", "90+"]), 'AgingBucket in ("61-90", "90+")'],
    [cmp("Industry", "notIn", ["Government"]), 'Industry not in ("Government")'],
    [cmp("Customer", "startsWith", "ACME"), 'Customer starts with "ACME"'],
    [cmp("PromiseDate", "isBlank"), "PromiseDate is blank"],
    [cmp("Phone", "isNotBlank"), "Phone is not blank"],
    [cmp("Disputed", "isTrue"), "Disputed"],
    [cmp("Disputed", "isFalse"), "Disputed is false"],
    [cmp("Flag", "=", true), "Flag = true"],
    [{ kind: "not", condition: cmp("Disputed", "isTrue") }, "not Disputed"],
    [{ kind: "always" }, "always"],
    [
      {
        kind: "all",
        conditions: [
          { kind: "not", condition: cmp("Disputed", "isTrue") },
          { kind: "any", conditions: [cmp("A", "isTrue"), cmp("B", "isTrue")] },
        ],
      },
      "not Disputed and (A or B)",
    ],
    [
      { kind: "any", conditions: [{ kind: "all", conditions: [cmp("A", "isTrue"), cmp("B", "isTrue")] }, cmp("C", "isTrue")] },
      "(A and B) or C",
    ],
    [{ kind: "not", condition: { kind: "any", conditions: [cmp("A", "isTrue"), cmp("B", "isTrue")] } }, "not (A or B)"],
    [{ kind: "all", conditions: [] }, "always"],
    [{ kind: "any", conditions: [] }, "not always"],
    [{ kind: "all", conditions: [cmp("A", "isTrue")] }, "A"],
  ])("writes %j as %s", (condition, text) => {
    expect(formatCondition(condition)).toBe(text);
  });

  test("brackets keywords, names with spaces or symbols, and doubles a closing bracket", () => {
    expect(formatField("in")).toBe("[in]");
    expect(formatField("E")).toBe("[E]");
    expect(formatField("2024 Sales")).toBe("[2024 Sales]");
    expect(formatField("a]b")).toBe("[a]]b]");
    expect(formatField("DíasAtraso")).toBe("DíasAtraso");
  });

  test("writes numbers plainly", () => {
    expect(formatScalar(10000)).toBe("10000");
    expect(formatScalar(0.5)).toBe("0.5");
    expect(formatScalar(2500000)).toBe("2500000");
  });
});

// Conditions in the shape the parser produces: groups of two or more, no group directly inside one of its own kind.
const fieldArb = fc.oneof(
  fc.constantFrom("Balance", "DaysPastDue", "Days Past Due", "Región", "Días de atraso", "in", "no", "E", "and", "a]b", "x_1"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0),
);
const numberArb = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const dateArb = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const scalarArb: fc.Arbitrary<Scalar> = fc.oneof(numberArb, fc.string({ unit: "binary", maxLength: 10 }), fc.boolean(), dateArb);

const compareArb: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .tuple(fieldArb, fc.constantFrom<CompareOp>("=", "!=", ">", ">=", "<", "<=", "contains", "startsWith"), scalarArb)
    .map(([f, op, v]) => cmp(f, op, v)),
  fc.tuple(fieldArb, scalarArb, scalarArb).map(([f, a, b]) => cmp(f, "between", [a, b])),
  fc
    .tuple(fieldArb, fc.constantFrom<CompareOp>("in", "notIn"), fc.array(scalarArb, { minLength: 1, maxLength: 4 }))
    .map(([f, op, v]) => cmp(f, op, v)),
  fc.tuple(fieldArb, fc.constantFrom<CompareOp>("isBlank", "isNotBlank", "isTrue", "isFalse")).map(([f, op]) => cmp(f, op)),
);

const { condition: conditionArb } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    compareArb,
    fc.constant<Condition>({ kind: "always" }),
    tie("condition").map((c): Condition => ({ kind: "not", condition: c })),
    fc
      .array(tie("condition"), { minLength: 2, maxLength: 3 })
      .filter((cs) => cs.every((c) => c.kind !== "all"))
      .map((cs): Condition => ({ kind: "all", conditions: cs })),
    fc
      .array(tie("condition"), { minLength: 2, maxLength: 3 })
      .filter((cs) => cs.every((c) => c.kind !== "any"))
      .map((cs): Condition => ({ kind: "any", conditions: cs })),
  ),
}));

describe("formatCondition and parseExpression", () => {
  test("round-trip every condition the parser can produce", () => {
    fc.assert(
      fc.property(conditionArb, (condition) => {
        const text = formatCondition(condition);
        const back = parseExpression(text);
        expect(back).toEqual({ ok: true, value: condition });
      }),
      { numRuns: 500 },
    );
  });

  test("formatting is stable: text → condition → the same text", () => {
    fc.assert(
      fc.property(conditionArb, (condition) => {
        const text = formatCondition(condition);
        const back = parseExpression(text);
        return back.ok && formatCondition(back.value) === text;
      }),
      { numRuns: 200 },
    );
  });
});
