import type { RulesModel, SegmentRule } from "../../engine/config/schema";

/**
 * Edits of a rules model's list, as pure functions: each returns a new model.
 * Indexes out of range leave the model as it is.
 */

/** Moves rule `index` one place up (-1) or down (+1). */
export function moveRule(model: RulesModel, index: number, by: -1 | 1): RulesModel {
  const target = index + by;
  if (index < 0 || index >= model.rules.length || target < 0 || target >= model.rules.length) return model;
  const rules = [...model.rules];
  [rules[index], rules[target]] = [rules[target], rules[index]];
  return { ...model, rules };
}

/** Inserts a copy of rule `index` right below it. */
export function duplicateRule(model: RulesModel, index: number): RulesModel {
  const rule = model.rules[index];
  if (!rule) return model;
  const rules = [...model.rules];
  rules.splice(index + 1, 0, structuredCloneRule(rule));
  return { ...model, rules };
}

/** Removes rule `index`; the last rule stays (a rules model needs one). */
export function deleteRule(model: RulesModel, index: number): RulesModel {
  if (model.rules.length <= 1 || !model.rules[index]) return model;
  return { ...model, rules: model.rules.filter((_, i) => i !== index) };
}

/** Replaces rule `index` with `rule`. */
export function replaceRule(model: RulesModel, index: number, rule: SegmentRule): RulesModel {
  if (!model.rules[index]) return model;
  return { ...model, rules: model.rules.map((r, i) => (i === index ? rule : r)) };
}

/** Appends a rule. */
export function appendRule(model: RulesModel, rule: SegmentRule): RulesModel {
  return { ...model, rules: [...model.rules, rule] };
}

function structuredCloneRule(rule: SegmentRule): SegmentRule {
  // Plain JSON data (texts, numbers, condition objects): a JSON round trip copies it exactly.
  return JSON.parse(JSON.stringify(rule)) as SegmentRule;
}
