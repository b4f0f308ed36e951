import { CONFIG_VERSION, parseConfigText } from "../../../src/engine/config";
import { MAX_CONDITION_DEPTH, MAX_CONFIG_DEPTH } from "../../../src/engine/config/depth";
import { said, type Said } from "../../support/configProblems";

function problemsOf(text: string): Said[] {
  const result = parseConfigText(text, "segmentation.json");
  if (result.ok) return [];
  if (result.error.kind !== "invalidConfig") throw new Error(result.error.kind);
  return result.error.problems.map(said);
}

/** The 1-based line and column of the first occurrence of `marker` in `text`. */
function where(text: string, marker: string): { line: number; column: number } {
  const offset = text.indexOf(marker);
  if (offset < 0) throw new Error(`marker ${marker} not in text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const rulesText = (rules: string, extra = "") => `{
  // Collections team, January
  "version": 2,${extra}
  "model": {
    "kind": "rules",
    "rules": [
${rules}
    ],
    "otherwise": { "segment": "Other", "priority": 9, "strategy": { "channel": "E-mail", "action": "Remind", "tone": "Friendly" } },
  },
}`;
const ruleText = (segment: string, when: string, priority = 1) =>
  `      { "segment": "${segment}", "priority": ${priority}, "when": ${when}, "strategy": { "channel": "Phone", "action": "Call", "tone": "Firm" } },`;

describe("parseConfigText", () => {
  test("accepts comments and trailing commas and fills defaults", () => {
    const result = parseConfigText(rulesText(ruleText("Late", '"DaysPastDue > 60" /* two months */')), "segmentation.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.agingEdges).toEqual([0, 30, 60, 90]);
  });

  test("accepts a byte-order mark", () => {
    expect(parseConfigText(`\uFEFF${rulesText(ruleText("Late", '"Disputed"'))}`, "x").ok).toBe(true);
  });

  test("reports a syntax error with its line and column", () => {
    const text = '{\n  "version": 2,\n  "model": { "kind" "rules" }\n}';
    expect(problemsOf(text)[0]).toEqual({ path: "", line: 3, column: 21, message: 'expected ":"' });
  });

  test("reports an unclosed object at the end of the text", () => {
    expect(problemsOf('{ "version": 2,\n  "model": {')).toContainEqual({ path: "", line: 2, column: 13, message: 'expected "}"' });
  });

  test("reports empty text", () => {
    expect(problemsOf("  \n")).toEqual([{ path: "", line: 1, column: 1, message: "the configuration is empty" }]);
  });

  test("points at the exact character of an expression error", () => {
    const text = rulesText(ruleText("Late", '"Balance > 5 xyz"'));
    const at = where(text, "xyz");
    expect(problemsOf(text)).toEqual([
      { path: "model.rules[0].when", ...at, message: 'unexpected text "xyz" at character 13 of "Balance > 5 xyz"' },
    ]);
  });

  test("points at the start of an expression whose JSON text has escapes", () => {
    const text = rulesText(ruleText("Late", '"Grade = \\"A\\" xyz"'));
    expect(problemsOf(text)[0]).toMatchObject({ path: "model.rules[0].when", ...where(text, '"Grade') });
  });

  test("points at a schema problem's value", () => {
    const text = rulesText(ruleText("Late", '"Disputed"').replace('"Phone"', '"Fax"'));
    expect(problemsOf(text)[0]).toMatchObject({ path: "model.rules[0].strategy.channel", ...where(text, '"Fax"') });
  });

  test("points a missing property at its object", () => {
    const text = '{\n  "version": 2,\n  "model": {\n    "kind": "rules",\n    "rules": []\n  }\n}';
    expect(problemsOf(text)).toEqual([
      { path: "model.rules", line: 5, column: 14, message: "needs at least 1 item" },
      { path: "model.otherwise", line: 3, column: 12, message: "is required (an object { … })" },
    ]);
  });

  test("points at the lines of semantic problems", () => {
    const text = rulesText(
      [
        ruleText("Legal", '"DaysPastDue > 120"', 1),
        ruleText("Legal", '"BrokenPromises > 2"', 2),
        ruleText("All", '"always"', 3),
        ruleText("Never", '"Balance > 5"', 4),
      ].join("\n"),
      '\n  "agingEdges": [0, 60, 30],',
    );
    const problems = problemsOf(text);
    expect(problems).toContainEqual({ path: "agingEdges[2]", ...where(text, "30]"), message: expect.stringContaining("greater than") });
    expect(problems).toContainEqual({
      path: "model.rules[1].segment",
      line: where(text, "BrokenPromises").line,
      column: expect.any(Number),
      message: expect.stringContaining("priority 1"),
    });
    expect(problems).toContainEqual({
      path: "model.rules[3]",
      ...where(text, '{ "segment": "Never"'),
      message: expect.stringContaining("can never apply"),
    });
  });

  test("points at a band, a matrix row and a score card", () => {
    const outcome = '"priority": 1, "strategy": { "channel": "Phone", "action": "Call", "tone": "Firm" }';
    const points = `{ "version": 2, "model": { "kind": "points",
  "rules": [{ "name": "Old", "when": "DaysPastDue > 90", "points": 5 }],
  "bands": [{ "segment": "A", ${outcome}, "minPercent": 20 }] } }`;
    expect(problemsOf(points)).toEqual([
      { path: "model.bands", ...where(points, '[{ "segment": "A"'), message: expect.stringContaining("minPercent 0") },
    ]);

    const matrix = `{ "version": 2, "model": { "kind": "matrix",
  "risk": { "field": "DaysPastDue", "cuts": [30] }, "value": { "field": "Balance", "cuts": [1000] },
  "cells": [
    [{ "segment": "a", ${outcome} }, { "segment": "b", ${outcome} }],
    [{ "segment": "c", ${outcome} }, { "segment": "d", ${outcome} }, { "segment": "e", ${outcome} }]
  ] } }`;
    expect(problemsOf(matrix)).toEqual([
      {
        path: "model.cells[1]",
        ...where(matrix, '[{ "segment": "c"'),
        message: expect.stringContaining("needs 2 outcomes, one per value level (value cuts + 1); found 3"),
      },
    ]);

    const card = rulesText(
      ruleText("Late", '"Disputed"'),
      '\n  "scoreCard": [\n    { "field": "Balance", "weight": 0.7, "ranges": [{ "score": 1 }] }\n  ],',
    );
    expect(problemsOf(card)).toEqual([
      { path: "scoreCard", ...where(card, '[\n    { "field"'), message: expect.stringContaining("add up to 0.7") },
    ]);
  });

  test("rejects a configuration from a newer add-in at its version line", () => {
    const text = `{\n  "version": ${CONFIG_VERSION + 1},\n  "model": {}\n}`;
    expect(problemsOf(text)).toEqual([
      { path: "version", line: 2, column: 14, message: expect.stringContaining("made by a newer version of the add-in") },
    ]);
  });

  test("migrates a version-1 text and reports its problems at the lines written", () => {
    const text = `{
  "version": 1,
  "buckets": [30, 60, 90],
  "rules": [
    { "segment": "Legal", "priority": 1, "condition": "DaysPastDue > 120", "channel": "letter" },
    { "segment": "Late", "priority": 2, "condition": "DaysPastDue >" }
  ],
  "defaultSegment": "Current"
}`;
    expect(problemsOf(text)).toEqual([
      {
        path: "rules[1].condition",
        ...where(text, '"DaysPastDue >"'),
        column: where(text, '"DaysPastDue >"').column + 14,
        message: expect.stringContaining("expected a value"),
      },
    ]);
    const fixed = parseConfigText(text.replace('"DaysPastDue >"', '"DaysPastDue > 30"'), "old.json");
    expect(fixed.ok && fixed.value.model.kind === "rules" && fixed.value.model.otherwise).toMatchObject({
      segment: "Current",
      priority: 3,
    });
  });

  test("refuses JSON nested deeper than the limit before parsing it, at the bracket one level too deep", () => {
    const text = `// deep\n${"[".repeat(2600)}${"]".repeat(2600)}`;
    expect(problemsOf(text)).toEqual([
      {
        path: "",
        line: 2,
        column: MAX_CONFIG_DEPTH + 1,
        message: `nests deeper than ${MAX_CONFIG_DEPTH} levels of { } and [ ]; a configuration never needs that many`,
      },
    ]);
    // Brackets inside strings and comments are not nesting.
    const inText = rulesText(ruleText("Late", JSON.stringify(`Customer = "${"[".repeat(500)}"`)), ` /* ${"{".repeat(500)} */`);
    expect(problemsOf(inText)).toEqual([]);
  });

  test("refuses a condition tree nested deeper than the limit, at its rule", () => {
    let deep: unknown = { kind: "compare", field: "Balance", op: ">", value: 1 };
    for (let i = 0; i <= MAX_CONDITION_DEPTH; i++) deep = { kind: "not", condition: deep };
    const text = rulesText(ruleText("Late", JSON.stringify(deep)));
    expect(problemsOf(text)).toEqual([
      {
        path: "model.rules[0].when",
        ...where(text, '{"kind":"not"'),
        message: `the condition nests all / any / not deeper than ${MAX_CONDITION_DEPTH} levels; write it with fewer levels (an expression such as "A and (B or C)" is often simpler)`,
      },
    ]);
  });

  test("refuses a condition tree of 1,150 nots, without overflowing the stack", () => {
    let deep: unknown = { kind: "always" };
    for (let i = 0; i < 1150; i++) deep = { kind: "not", condition: deep };
    const problems = problemsOf(rulesText(ruleText("Late", JSON.stringify(deep))));
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`nests deeper than ${MAX_CONFIG_DEPTH} levels`)]);
  });
});
