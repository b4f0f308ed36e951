import { indexProblems } from "../../../src/taskpane/rules/problems";

describe("indexProblems", () => {
  it("sorts problems by rule and field", () => {
    const index = indexProblems([
      { path: "model.rules[2].when", message: "bad expression" },
      { path: "model.rules[2].strategy.action", message: "must not be empty" },
      { path: "model.rules[0].segment", message: "shared" },
      { path: "model.rules[5]", message: "can never apply" },
      { path: "model.otherwise.priority", message: "too big" },
      { path: "agingEdges[1]", message: "not ascending" },
      { path: "agingEdges", message: "too many" },
      { path: "asOf", message: "not a date" },
      { path: "scoreCard", message: "weights" },
    ]);
    expect(index.rules.get(2)?.parts).toEqual({ when: ["bad expression"], action: ["must not be empty"] });
    expect(index.rules.get(2)?.count).toBe(2);
    expect(index.rules.get(0)?.parts.segment).toEqual(["shared"]);
    expect(index.rules.get(5)?.parts.rule).toEqual(["can never apply"]);
    expect(index.otherwise?.parts.priority).toEqual(["too big"]);
    expect(index.edges.get(1)).toEqual(["not ascending"]);
    expect(index.edges.get(-1)).toEqual(["too many"]);
    expect(index.asOf).toEqual(["not a date"]);
    expect(index.other).toEqual([{ path: "scoreCard", message: "weights" }]);
    expect(index.count).toBe(9);
  });

  it("places problems inside a condition object on their row", () => {
    const index = indexProblems([
      { path: "model.rules[1].when.conditions[0].value", message: "needs a number" },
      { path: "model.rules[1].when.conditions[2].conditions[1].value", message: "needs a list" },
    ]);
    expect(index.rules.get(1)?.rows).toEqual({ "0": ["needs a number"], "2.1": ["needs a list"] });
  });
});
