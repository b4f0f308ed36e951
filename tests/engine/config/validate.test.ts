import { CONFIG_VERSION, validateConfig } from "../../../src/engine/config";
import { said, type Said } from "../../support/configProblems";

const strategy = { channel: "Phone", action: "Call", tone: "Firm" };
const outcome = (segment: string, priority: number | null = 1) => ({ segment, priority, strategy });

const rulesConfig = (rules: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 2,
  model: { kind: "rules", rules, otherwise: outcome("Other", 9) },
  ...extra,
});
const rule = (segment: string, when: unknown, priority = 1) => ({ ...outcome(segment, priority), when });

function problemsOf(input: unknown): Said[] {
  const result = validateConfig(input, "test");
  if (result.ok) return [];
  if (result.error.kind !== "invalidConfig") throw new Error(`unexpected issue ${result.error.kind}`);
  return result.error.problems.map(said);
}

function expectProblem(input: unknown, path: string, message: string | RegExp): void {
  const problems = problemsOf(input);
  const expected = typeof message === "string" ? expect.stringContaining(message) : expect.stringMatching(message);
  expect(problems).toContainEqual({ path, message: expected });
}

describe("validateConfig accepts minimal configurations and fills defaults", () => {
  test("rules model", () => {
    const result = validateConfig(rulesConfig([rule("Late", "DaysPastDue > 60")]), "test");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      version: CONFIG_VERSION,
      name: "Custom",
      level: "invoice",
      agingEdges: [0, 30, 60, 90],
      agingBasis: "dueDate",
      dateOrder: "auto",
      mapping: {},
      newCustomerMonths: 6,
      recentMonths: 6,
    });
    expect(result.value.model).toMatchObject({ kind: "rules", rules: [{ when: "DaysPastDue > 60", strategy: { message: "" } }] });
  });

  test("points model", () => {
    const config = {
      version: 2,
      model: {
        kind: "points",
        rules: [{ name: "Old", when: "DaysPastDue > 90", points: 10 }],
        bands: [
          { ...outcome("Low", 3), minPercent: 0 },
          { ...outcome("High"), minPercent: 50 },
        ],
      },
    };
    expect(validateConfig(config, "test").ok).toBe(true);
  });

  test("score model", () => {
    const config = {
      version: 2,
      scoreCard: [
        {
          field: "DaysPastDue",
          weight: 1,
          ranges: [
            { max: 30, score: 100 },
            { min: 30, score: 10 },
          ],
        },
      ],
      model: {
        kind: "score",
        bands: [
          { ...outcome("Risky"), minScore: 0 },
          { ...outcome("Safe", 5), minScore: 60 },
        ],
      },
    };
    const result = validateConfig(config, "test");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.scoreCard?.[0].missing).toBe(50);
  });

  test("matrix model", () => {
    const config = {
      version: 2,
      model: {
        kind: "matrix",
        risk: { field: "DaysPastDue", cuts: [30] },
        value: { field: "Balance", cuts: [1000, 10000] },
        cells: [
          [outcome("A", 4), outcome("B", 3), outcome("C", 2)],
          [outcome("D", 3), outcome("E", 2), outcome("F", 1)],
        ],
      },
    };
    const result = validateConfig(config, "test");
    expect(result.ok).toBe(true);
    if (result.ok && result.value.model.kind === "matrix") expect(result.value.model.risk.higherIsRiskier).toBe(true);
  });

  test("field names that are not built-in are left for the engine to check against the sheet", () => {
    expect(problemsOf(rulesConfig([rule("X", '[Región] = "Norte" and Zona > 3')]))).toEqual([]);
  });
});

describe("validateConfig reports schema problems in plain words", () => {
  test("an unknown channel names the allowed ones", () => {
    expectProblem(
      rulesConfig([{ ...rule("A", "Disputed"), strategy: { ...strategy, channel: "Fax" } }]),
      "model.rules[0].strategy.channel",
      /must be one of "Phone", "E-mail"/,
    );
  });

  test("a missing part is required", () => {
    expectProblem({ version: 2, model: { kind: "rules", rules: [rule("A", "Disputed")] } }, "model.otherwise", /is required/);
  });

  test("a wrong type names what was found", () => {
    expectProblem(
      rulesConfig([rule("A", "Disputed")], { newCustomerMonths: "six" }),
      "newCustomerMonths",
      'expected a number, found text "six"',
    );
  });

  test("an unknown model kind lists the kinds", () => {
    expectProblem({ version: 2, model: { kind: "magic" } }, "model.kind", /unknown kind "magic"; expected one of "rules", "points"/);
  });

  test("a condition object with a bad operator is explained, not just 'invalid input'", () => {
    expectProblem(
      rulesConfig([rule("A", { kind: "compare", field: "Balance", op: "~", value: 1 })]),
      "model.rules[0].when.op",
      /must be one of "="/,
    );
  });

  test("an empty when is explained", () => {
    expectProblem(rulesConfig([rule("A", "")]), "model.rules[0].when", "must not be empty");
  });

  test("an unknown mapping field is named", () => {
    expectProblem(rulesConfig([rule("A", "Disputed")], { mapping: { saldo: "Saldo" } }), "mapping.saldo", /unknown field name "saldo"/);
  });
});

describe("validateConfig checks expressions and operator values", () => {
  test("an expression that does not parse gives the error and the character", () => {
    expectProblem(
      rulesConfig([rule("A", "Balance >")]),
      "model.rules[0].when",
      'expected a value after ">" at character 10 of "Balance >"',
    );
  });

  test.each<[unknown, string, RegExp]>([
    [{ kind: "compare", field: "Balance", op: "between", value: [5000, 1000] }, "model.rules[0].when.value", /low value first/],
    [{ kind: "compare", field: "Balance", op: "between", value: 5 }, "model.rules[0].when.value", /needs two values/],
    [{ kind: "compare", field: "Grade", op: "in", value: [] }, "model.rules[0].when.value", /non-empty list/],
    [{ kind: "compare", field: "Phone", op: "isBlank", value: "x" }, "model.rules[0].when.value", /takes no value/],
    [{ kind: "compare", field: "Balance", op: ">", value: "lots" }, "model.rules[0].when.value", /number or a date/],
    [
      { kind: "any", conditions: [{ kind: "compare", field: "B", op: ">" }] },
      "model.rules[0].when.conditions[0].value",
      /number or a date/,
    ],
    [{ kind: "all", conditions: [] }, "model.rules[0].when", /needs at least one condition/],
  ])("rejects the condition object %j", (when, path, message) => {
    expectProblem(rulesConfig([rule("A", when)]), path, message);
  });

  test("value problems inside an expression quote the comparison", () => {
    expectProblem(
      rulesConfig([rule("A", "Disputed and Balance between 5000 and 1000")]),
      "model.rules[0].when",
      /^in "Balance between 5000 and 1000": "between" needs the low value first/,
    );
    expectProblem(rulesConfig([rule("A", 'DueDate < "soon"')]), "model.rules[0].when", /"<" needs a number or a date/);
  });

  test("points rules' expressions are checked too", () => {
    const config = {
      version: 2,
      model: { kind: "points", rules: [{ name: "x", when: "Balance >> 5", points: 1 }], bands: [{ ...outcome("A"), minPercent: 0 }] },
    };
    expectProblem(config, "model.rules[0].when", /unknown operator ">>"/);
  });
});

describe("validateConfig checks the models", () => {
  test("segments may repeat only with the same priority", () => {
    expect(problemsOf(rulesConfig([rule("Legal", "DaysPastDue > 120", 1), rule("Legal", "BrokenPromises > 2", 1)]))).toEqual([]);
    expectProblem(
      rulesConfig([rule("Legal", "DaysPastDue > 120", 1), rule("Legal", "BrokenPromises > 2", 2)]),
      "model.rules[1].segment",
      /also used by model.rules\[0\] with priority 1/,
    );
    expectProblem(rulesConfig([rule("Other", "Disputed", 1)]), "model.otherwise.segment", /"Other" is also used by model.rules\[0\]/);
  });

  test("segment names that differ only in case or end spaces are refused, naming both (the summary counts them as one)", () => {
    expectProblem(
      rulesConfig([rule("Late", "DaysPastDue > 30", 1), rule("LATE", "DaysPastDue > 60", 1)]),
      "model.rules[1].segment",
      'segment "LATE" differs from "Late" (model.rules[0]) only in capitals or spaces at its ends',
    );
    const config = rulesConfig([rule("Late", "DaysPastDue > 30", 1)]);
    (config.model as { otherwise: unknown }).otherwise = outcome("Late ", 1);
    expectProblem(config, "model.otherwise.segment", 'segment "Late " differs from "Late" (model.rules[0])');
    const bands = {
      version: 2,
      model: {
        kind: "score",
        bands: [
          { ...outcome("Low", 2), minScore: 0 },
          { ...outcome(" low", 2), minScore: 50 },
        ],
      },
    };
    expectProblem(bands, "model.bands[1].segment", 'segment " low" differs from "Low" (model.bands[0])');
    const row = [outcome("Automate", 5), outcome("automate", 5)];
    const matrix = {
      version: 2,
      model: { kind: "matrix", risk: { field: "DaysPastDue", cuts: [30] }, value: { field: "Balance", cuts: [1000] }, cells: [row, row] },
    };
    expectProblem(matrix, "model.cells[0][1].segment", 'differs from "Automate" (model.cells[0][0])');
    // The same name, spelled the same, is one segment: allowed.
    expect(problemsOf(rulesConfig([rule("Late", "DaysPastDue > 30", 1), rule("Late", "DaysPastDue > 60", 1)]))).toEqual([]);
  });

  test("rules after an always rule can never apply", () => {
    const problems = problemsOf(
      rulesConfig([rule("A", "Disputed"), rule("B", "always", 2), rule("C", "Balance > 5", 3), rule("D", { kind: "always" }, 4)]),
    );
    expect(problems.map((p) => p.path)).toEqual(["model.rules[2]", "model.rules[3]"]);
    expect(problems[0].message).toMatch(/model.rules\[1\] before it applies to every row/);
  });

  test("a points model needs a 0% band and distinct minPercent", () => {
    const model = (bands: unknown[]) => ({
      version: 2,
      model: { kind: "points", rules: [{ name: "x", when: "Disputed", points: 1 }], bands },
    });
    expectProblem(model([{ ...outcome("A"), minPercent: 10 }]), "model.bands", /band with minPercent 0/);
    expectProblem(
      model([
        { ...outcome("A"), minPercent: 0 },
        { ...outcome("B"), minPercent: 50 },
        { ...outcome("C"), minPercent: 50 },
      ]),
      "model.bands[2].minPercent",
      /also used by bands\[1\]/,
    );
  });

  test("a score model needs a band with minScore 0", () => {
    expectProblem(
      { version: 2, model: { kind: "score", bands: [{ ...outcome("A"), minScore: 20 }] } },
      "model.bands",
      /band with minScore 0/,
    );
  });

  test("a matrix's cells match its cuts, and cuts ascend", () => {
    const matrix = (riskCuts: number[], cells: unknown[][]) => ({
      version: 2,
      model: { kind: "matrix", risk: { field: "DaysPastDue", cuts: riskCuts }, value: { field: "Balance", cuts: [1000] }, cells },
    });
    const row2 = [outcome("a"), outcome("b")];
    expect(problemsOf(matrix([30], [row2, row2]))).toEqual([]);
    expectProblem(matrix([30, 60], [row2, row2]), "model.cells", "needs 3 rows, one per risk level (risk cuts + 1); found 2");
    expectProblem(
      matrix([30], [row2, [...row2, outcome("c")]]),
      "model.cells[1]",
      "needs 2 outcomes, one per value level (value cuts + 1); found 3",
    );
    expectProblem(matrix([60, 30], [row2, row2, row2]), "model.risk.cuts", /ascending/);
  });

  test("score card weights sum to 1 and ranges do not overlap", () => {
    const withCard = (scoreCard: unknown) => rulesConfig([rule("A", "Disputed")], { scoreCard });
    const factor = (weight: number, ranges: unknown[]) => ({ field: "Balance", weight, ranges });
    expect(problemsOf(withCard([factor(0.5, [{ max: 10, score: 1 }]), factor(0.5005, [{ min: 0, score: 1 }])]))).toEqual([]);
    expectProblem(
      withCard([factor(0.5, [{ max: 10, score: 1 }]), factor(0.4, [{ max: 10, score: 1 }])]),
      "scoreCard",
      "the score card weights add up to 0.9; they must add up to 1",
    );
    expectProblem(
      withCard([
        factor(1, [
          { min: 0, max: 1000, score: 100 },
          { min: 500, max: 5000, score: 50 },
        ]),
      ]),
      "scoreCard[0].ranges[1]",
      /overlaps ranges\[0\]/,
    );
    expectProblem(
      withCard([
        factor(1, [
          { min: 1000, score: 10 },
          { max: 2000, score: 50 },
        ]),
      ]),
      "scoreCard[0].ranges[0]",
      /overlaps ranges\[1\]/,
    );
    expectProblem(withCard([factor(1, [{ min: 10, max: 10, score: 1 }])]), "scoreCard[0].ranges[0]", "min must be below max");
    expectProblem(
      withCard([
        factor(1, [
          { equals: "A", score: 1 },
          { equals: "A", score: 2 },
        ]),
      ]),
      "scoreCard[0].ranges[1].equals",
      /overlaps ranges\[0\]/,
    );
    expect(
      problemsOf(
        withCard([
          factor(1, [
            { max: 1000, score: 100 },
            { min: 1000, max: 5000, score: 50 },
            { min: 5000, score: 10 },
          ]),
        ]),
      ),
    ).toEqual([]);
  });

  test("aging edges start at 0 and strictly ascend", () => {
    expectProblem(rulesConfig([rule("A", "Disputed")], { agingEdges: [30, 60] }), "agingEdges[0]", /must be 0/);
    expectProblem(
      rulesConfig([rule("A", "Disputed")], { agingEdges: [0, 30, 30, 90] }),
      "agingEdges[2]",
      /greater than the one before it \(30\)/,
    );
  });
});

describe("validateConfig versions", () => {
  test("rejects a configuration from a newer add-in", () => {
    expectProblem(
      { ...rulesConfig([rule("A", "Disputed")]), version: CONFIG_VERSION + 1 },
      "version",
      /made by a newer version of the add-in/,
    );
  });

  test("migrates a version-1 object before validating it", () => {
    const result = validateConfig({ version: 1, rules: [{ segment: "Late", priority: 1, condition: "DaysPastDue > 30" }] }, "test");
    expect(result.ok && result.value.model.kind).toBe("rules");
  });

  test("takes a configuration without a version but with a model as current", () => {
    expect(validateConfig({ model: rulesConfig([rule("A", "Disputed")]).model }, "test").ok).toBe(true);
  });

  test("names the source in the issue", () => {
    const result = validateConfig(null, "workbook settings");
    expect(result).toMatchObject({ ok: false, error: { kind: "invalidConfig", source: "workbook settings" } });
  });
});

describe("validateConfig nesting limits", () => {
  test("refuses an object nested past the limit, as a workbook's saved configuration may be, without overflowing the stack", () => {
    let deep: unknown = { kind: "always" };
    for (let i = 0; i < 5000; i++) deep = { kind: "not", condition: deep };
    const problems = problemsOf(rulesConfig([rule("Late", deep)]));
    expect(problems).toEqual([{ path: "model.rules[0].when", message: expect.stringContaining("nests deeper than 100 levels") }]);
    let arrays: unknown = [];
    for (let i = 0; i < 3000; i++) arrays = [arrays];
    expect(problemsOf(arrays)).toEqual([{ path: "[0][0][0][0]", message: expect.stringContaining("nests deeper than 100 levels") }]);
  });
});
