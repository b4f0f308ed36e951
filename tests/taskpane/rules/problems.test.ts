import { describeConfigMessage, type ConfigMessage } from "../../../src/engine/config";
import { indexProblems } from "../../../src/taskpane/rules/problems";

/** A problem standing for `text`, and its English rendering. */
const CODES: Record<string, ConfigMessage> = {
  "bad expression": { code: "badExpression", params: { error: { code: "empty", params: {} }, position: 0, text: "" } },
  "must not be empty": { code: "notEmpty", params: {} },
  shared: { code: "segmentPriority", params: { segment: "A", other: "model.rules[1]", priority: 2 } },
  "can never apply": { code: "unreachable", params: { before: 1 } },
  "too big": { code: "atMost", params: { bound: 99 } },
  "not ascending": { code: "edgesAscend", params: { previous: 30 } },
  "too many": { code: "tooManyItems", params: { bound: 12 } },
  "not a date": { code: "isoDate", params: {} },
  weights: { code: "weights", params: { sum: 0.9 } },
  "needs a number": { code: "atLeast", params: { bound: 0 } },
  "needs a list": { code: "tooFewItems", params: { bound: 1 } },
};
const said = (text: string): ConfigMessage => CODES[text];
const en = (text: string): string => describeConfigMessage(CODES[text]);

describe("indexProblems", () => {
  it("sorts problems by rule and field", () => {
    const index = indexProblems([
      { path: "model.rules[2].when", ...said("bad expression") },
      { path: "model.rules[2].strategy.action", ...said("must not be empty") },
      { path: "model.rules[0].segment", ...said("shared") },
      { path: "model.rules[5]", ...said("can never apply") },
      { path: "model.otherwise.priority", ...said("too big") },
      { path: "agingEdges[1]", ...said("not ascending") },
      { path: "agingEdges", ...said("too many") },
      { path: "asOf", ...said("not a date") },
      { path: "scoreCard", ...said("weights") },
    ]);
    expect(index.rules.get(2)?.parts).toEqual({ when: [en("bad expression")], action: [en("must not be empty")] });
    expect(index.rules.get(2)?.count).toBe(2);
    expect(index.rules.get(0)?.parts.segment).toEqual([en("shared")]);
    expect(index.rules.get(5)?.parts.rule).toEqual([en("can never apply")]);
    expect(index.otherwise?.parts.priority).toEqual([en("too big")]);
    expect(index.edges.get(1)).toEqual([en("not ascending")]);
    expect(index.edges.get(-1)).toEqual([en("too many")]);
    expect(index.asOf).toEqual([en("not a date")]);
    expect(index.other).toEqual([{ path: "scoreCard", ...said("weights") }]);
    expect(index.count).toBe(9);
  });

  it("places problems inside a condition object on their row", () => {
    const index = indexProblems([
      { path: "model.rules[1].when.conditions[0].value", ...said("needs a number") },
      { path: "model.rules[1].when.conditions[2].conditions[1].value", ...said("needs a list") },
    ]);
    expect(index.rules.get(1)?.rows).toEqual({ "0": [en("needs a number")], "2.1": [en("needs a list")] });
  });
});
