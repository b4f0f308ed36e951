import type { PointsModel } from "../config/schema";
import type { EngineIssue } from "../issues";
import { ok, type Result } from "../result";
import type { EvalContext } from "./accessors";
import { compileCondition, type Predicate } from "./compileCondition";
import type { CompiledModel } from "./compiledModel";
import { resolveWhen } from "./when";

/**
 * Valuation points (the SAP style): every satisfied rule adds its points; the
 * share of the maximum, in percent, picks the band (highest minPercent ≤ share).
 * The Score column holds that percentage.
 *
 * @example
 * // rules worth 30, 20 and 50 points; the first two hold → 50% → the band with minPercent 40
 */
export function compilePointsModel(model: PointsModel, ctx: EvalContext, sheet: string): Result<CompiledModel, EngineIssue> {
  const tests: Predicate[] = [];
  for (const [k, rule] of model.rules.entries()) {
    const where = `Points rule ${k + 1} ("${rule.name}")`;
    const condition = resolveWhen(rule.when, where);
    if (!condition.ok) return condition;
    const compiled = compileCondition(condition.value, ctx, where, sheet);
    if (!compiled.ok) return compiled;
    tests.push(compiled.value);
  }
  const points = model.rules.map((r) => r.points);
  const max = points.reduce((a, b) => a + b, 0);
  // Bands from the highest threshold down, so the first band whose minimum is reached wins.
  const bands = [...model.bands].sort((a, b) => b.minPercent - a.minPercent);
  const percentOf = (row: number): number => {
    let sum = 0;
    for (let k = 0; k < tests.length; k++) if (tests[k](row)) sum += points[k];
    return (sum / max) * 100;
  };
  return ok({
    outcomes: bands,
    ownScore: true,
    evaluate(row, unit, results) {
      const pct = percentOf(row);
      let b = 0;
      while (b < bands.length - 1 && pct < bands[b].minPercent) b++;
      results.outcome[unit] = b;
      results.score[unit] = Math.round(pct);
    },
    explain(row, unit, results) {
      const band = bands[results.outcome[unit]];
      const scored = model.rules.filter((_, k) => tests[k](row)).map((r) => `${r.name} +${r.points}`);
      return ctx.texts.reasons.points(ctx.texts.number(percentOf(row)), max, band.minPercent, scored);
    },
  });
}
