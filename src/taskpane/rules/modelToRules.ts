import type { Condition, MatrixModel, Outcome, RulesModel, ScoreModel, SegmentRule } from "../../engine/config/schema";
import type { Compare } from "./conditionRows";

const compare = (field: string, op: Compare["op"], value?: number): Compare =>
  value === undefined ? { kind: "compare", field, op } : { kind: "compare", field, op, value };

/** The raw range of an axis level: below the first cut, between two cuts, or from the last cut up. */
function levelCondition(field: string, cuts: readonly number[], level: number): Condition[] {
  if (level === 0) return [compare(field, "<", cuts[0])];
  if (level === cuts.length) return [compare(field, ">=", cuts[cuts.length - 1])];
  return [compare(field, ">=", cuts[level - 1]), compare(field, "<", cuts[level])];
}

/**
 * Segment names must keep one priority each; a copied cell that reuses a name
 * with another priority gets the priority in its name.
 */
function uniqueByPriority(outcomes: readonly Outcome[]): Outcome[] {
  const priorities = new Map<string, number | null>();
  return outcomes.map((o) => {
    const seen = priorities.get(o.segment);
    if (seen === undefined) {
      priorities.set(o.segment, o.priority);
      return o;
    }
    if (seen === o.priority) return o;
    const segment = `${o.segment} (P${o.priority ?? "-"})`;
    priorities.set(segment, o.priority);
    return { ...o, segment };
  });
}

/**
 * A matrix model as rules, one per cell, with the engine's meaning of the
 * cuts (a level starts at its cut) and of blanks (a blank risk value is the
 * highest risk, a blank value the lowest value).
 */
export function matrixToRules(model: MatrixModel): RulesModel {
  const riskLevels = model.risk.cuts.length + 1;
  const cells: { outcome: Outcome; when: Condition }[] = [];
  model.cells.forEach((row, r) => {
    const raw = model.risk.higherIsRiskier ? r : riskLevels - 1 - r;
    const riskParts = levelCondition(model.risk.field, model.risk.cuts, raw);
    // The highest risk level is an end of the scale, so one comparison; a blank risk value belongs there too.
    const riskCondition: Condition[] =
      r === riskLevels - 1 ? [{ kind: "any", conditions: [...riskParts, compare(model.risk.field, "isBlank")] }] : riskParts;
    row.forEach((outcome, v) => {
      const valueParts = levelCondition(model.value.field, model.value.cuts, v);
      const valueCondition: Condition[] =
        v === 0 ? [{ kind: "any", conditions: [...valueParts, compare(model.value.field, "isBlank")] }] : valueParts;
      cells.push({ outcome, when: { kind: "all", conditions: [...riskCondition, ...valueCondition] } });
    });
  });
  const outcomes = uniqueByPriority(cells.map((c) => c.outcome));
  const rules: SegmentRule[] = cells.map((c, k) => ({ ...outcomes[k], when: c.when }));
  // Every row falls in one cell; "otherwise" is the blank-risk, blank-value cell, which is never reached.
  return { kind: "rules", rules, otherwise: outcomes[(riskLevels - 1) * model.cells[0].length] };
}

/** A score model as rules: `Score >= min` from the highest band down; the band from 0 is "otherwise". */
export function scoreToRules(model: ScoreModel): RulesModel {
  const bands = [...model.bands].sort((a, b) => b.minScore - a.minScore);
  const outcomes = uniqueByPriority(bands);
  const rules: SegmentRule[] = [];
  let otherwise: Outcome = outcomes[outcomes.length - 1];
  bands.forEach((band, k) => {
    const { segment, priority, strategy } = outcomes[k];
    if (band.minScore > 0) rules.push({ segment, priority, strategy, when: compare("Score", ">=", band.minScore) });
    else otherwise = { segment, priority, strategy };
  });
  if (rules.length === 0) rules.push({ ...otherwise, when: { kind: "always" } });
  return { kind: "rules", rules, otherwise };
}
