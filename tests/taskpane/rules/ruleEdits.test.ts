import type { RulesModel } from "../../../src/engine/config/schema";
import { appendRule, deleteRule, duplicateRule, moveRule } from "../../../src/taskpane/rules/ruleEdits";

const strategy = { channel: "None", action: "x", tone: "Neutral", message: "" } as const;
const rule = (segment: string) => ({ segment, priority: 1, strategy, when: "Paid" });
const model: RulesModel = { kind: "rules", rules: [rule("a"), rule("b"), rule("c")], otherwise: { segment: "o", priority: 2, strategy } };
const order = (m: RulesModel) => m.rules.map((r) => r.segment);

describe("rule edits", () => {
  it("moves a rule up and down within the list", () => {
    expect(order(moveRule(model, 1, -1))).toEqual(["b", "a", "c"]);
    expect(order(moveRule(model, 1, 1))).toEqual(["a", "c", "b"]);
    expect(moveRule(model, 0, -1)).toBe(model);
    expect(moveRule(model, 2, 1)).toBe(model);
  });

  it("duplicates a rule below itself as an independent copy", () => {
    const copied = duplicateRule(model, 0);
    expect(order(copied)).toEqual(["a", "a", "b", "c"]);
    expect(copied.rules[1]).not.toBe(copied.rules[0]);
    expect(copied.rules[1]).toEqual(copied.rules[0]);
  });

  it("deletes a rule but never the last one", () => {
    expect(order(deleteRule(model, 1))).toEqual(["a", "c"]);
    const one: RulesModel = { ...model, rules: [rule("a")] };
    expect(deleteRule(one, 0)).toBe(one);
  });

  it("appends a rule", () => {
    expect(order(appendRule(model, rule("d")))).toEqual(["a", "b", "c", "d"]);
  });
});
