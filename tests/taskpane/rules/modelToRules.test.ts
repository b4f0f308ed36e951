import type { Grid } from "../../../src/engine/cell";
import { validateConfig } from "../../../src/engine/config/validate";
import { describeIssue } from "../../../src/engine/issues";
import { presetConfig } from "../../../src/engine/presets";
import { segment } from "../../../src/engine/segment";
import { matrixToRules, scoreToRules } from "../../../src/taskpane/rules/modelToRules";
import { toRows } from "../../../src/taskpane/rules/conditionRows";
import { generateLedger } from "../../support/generateLedger";

const ledger = generateLedger({ rows: 600, seed: 7, dates: "serial" }) as Grid;
const run = (config: unknown) => {
  const valid = validateConfig(config, "test");
  if (!valid.ok) throw new Error(describeIssue(valid.error));
  const result = segment(ledger, { config: valid.value, sheet: "Ledger", today: "2025-06-30" });
  if (!result.ok) throw new Error(describeIssue(result.error));
  return Array.from({ length: result.value.rowCount }, (_, i) => [
    result.value.outcome(i).segment.replace(/ \(P\d+\)$/, ""),
    result.value.outcome(i).priority,
  ]);
};

describe("copying a model as rules", () => {
  it("gives every row of a matrix preset the same segment and priority", () => {
    const preset = presetConfig("risk-value");
    if (!preset.ok || preset.value.model.kind !== "matrix") throw new Error("risk-value is a matrix preset");
    const rules = matrixToRules(preset.value.model);
    expect(rules.rules).toHaveLength(9);
    expect(rules.rules.every((r) => typeof r.when !== "string" && toRows(r.when) !== undefined)).toBe(true);
    expect(run({ ...preset.value, model: rules })).toEqual(run(preset.value));
  });

  it("turns score bands into Score >= rules, highest first", () => {
    const strategy = { channel: "None", action: "x", tone: "Neutral", message: "" } as const;
    const model = {
      kind: "score" as const,
      bands: [
        { minScore: 0, segment: "Low", priority: 1, strategy },
        { minScore: 70, segment: "High", priority: 3, strategy },
        { minScore: 40, segment: "Mid", priority: 2, strategy },
      ],
    };
    const rules = scoreToRules(model);
    expect(rules.rules.map((r) => r.segment)).toEqual(["High", "Mid"]);
    expect(rules.otherwise.segment).toBe("Low");
    const preset = presetConfig("collections");
    if (!preset.ok) throw new Error("preset");
    expect(run({ ...preset.value, model: rules })).toEqual(run({ ...preset.value, model }));
  });
});
