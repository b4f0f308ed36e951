import type { SegmentRule } from "../config/schema";
import type { EngineIssue } from "../issues";
import { ok, type Result } from "../result";
import type { EvalContext } from "./accessors";
import type { CompiledModel } from "./compiledModel";
import { compileRulesModel } from "./rulesModel";

/**
 * A points, score or matrix model with rules tried before it: the first
 * matching rule decides (the presets set credits apart this way); a unit no
 * rule matches is the model's. Outcomes are the rules' first, then the model's.
 *
 * @example
 * // first: [{ when: "Credit", segment: "Credit" }] before a risk × value matrix
 * // a customer whose net balance is −1,875 → "Credit"; any other → its matrix cell
 */
export function withFirstRules(
  first: readonly SegmentRule[],
  model: CompiledModel,
  ctx: EvalContext,
  sheet: string,
): Result<CompiledModel, EngineIssue> {
  if (first.length === 0) return ok(model);
  const rules = compileRulesModel({ kind: "rules", rules: [...first], otherwise: first[0] }, ctx, sheet, true);
  if (!rules.ok) return rules;
  const before = rules.value;
  const count = first.length;
  return ok({
    outcomes: [...first, ...model.outcomes],
    ownScore: model.ownScore,
    evaluate(row, unit, results) {
      before.evaluate(row, unit, results);
      if (results.outcome[unit] < count) return;
      model.evaluate(row, unit, results);
      results.outcome[unit] += count;
    },
    explain(row, unit, results) {
      const k = results.outcome[unit];
      if (k < count) return before.explain(row, unit, results);
      results.outcome[unit] = k - count;
      const reason = model.explain(row, unit, results);
      results.outcome[unit] = k;
      return reason;
    },
  });
}
