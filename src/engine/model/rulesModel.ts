import type { RulesModel } from "../config/schema";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import type { EvalContext } from "./accessors";
import { compileCondition, type Predicate } from "./compileCondition";
import type { CompiledModel } from "./compiledModel";
import { factsFor, resolveWhen, whenText } from "./when";

/**
 * Ordered rules, first match wins; `otherwise` when none matches.
 *
 * @example
 * // rules: [{ when: "DaysPastDue > 90", segment: "Legal" }], otherwise: "Standard"
 * // a row 124 days past due → "Legal", Reason: Rule 1 "Legal": DaysPastDue > 90 (DaysPastDue 124)
 */
export function compileRulesModel(model: RulesModel, ctx: EvalContext, sheet: string, first = false): Result<CompiledModel, EngineIssue> {
  const ruleWord = first ? "First rule" : "Rule";
  const texts = ctx.texts;
  const tests: Predicate[] = [];
  const whens: string[] = [];
  const facts: ((row: number) => string)[] = [];
  for (const [k, rule] of model.rules.entries()) {
    const where = `${ruleWord} ${k + 1} ("${rule.segment}")`;
    const condition = resolveWhen(rule.when, where);
    if (!condition.ok) return condition;
    const compiled = compileCondition(condition.value, ctx, where, sheet);
    if (!compiled.ok) return fail(compiled.error);
    tests.push(compiled.value);
    whens.push(whenText(rule.when, condition.value, texts));
    facts.push(factsFor(condition.value, ctx));
  }
  const outcomes = [...model.rules, model.otherwise];
  const count = tests.length;
  return ok({
    outcomes,
    evaluate(row, unit, results) {
      let k = 0;
      while (k < count && !tests[k](row)) k++;
      results.outcome[unit] = k;
    },
    explain(row, unit, results) {
      const k = results.outcome[unit];
      if (k >= count) return texts.reasons.otherwise(model.otherwise.segment);
      const explain = first ? texts.reasons.firstRule : texts.reasons.rule;
      return explain(k + 1, outcomes[k].segment, whens[k], facts[k](row));
    },
  });
}
