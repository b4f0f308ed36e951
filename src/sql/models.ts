/**
 * The models in SQL, each as the engine's model/*.ts evaluates it: rules
 * (first match wins), points (share of the maximum picks a band), score (the
 * card's score picks a band), matrix (risk level × value level), and the
 * `first` rules tried before a points, score or matrix model. Each gives the
 * outcome index (into the same outcome list as the engine's), its own Score
 * when it has one (points), and the Reason in the engine's words.
 */
import type { MatrixModel, Model, Outcome, PointsModel, ScoreModel, SegmentRule } from "../engine/config/schema";
import { conditionFieldsOf } from "../engine/expression";
import type { RunTexts } from "../engine/messages/types";
import { LEVEL_NAMES } from "../engine/model/matrixModel";
import { resolveWhen, whenText } from "../engine/model/when";
import { assertNever } from "../engine/result";
import type { Conditions } from "./conditions";
import type { Fields } from "./fields";
import { formatFieldValue, formatNumber, namedField } from "./format";
import { lit } from "./literals";
import type { Plan } from "./plan";
import type { SqlScoreCard } from "./scoreCard";
import { fill, hole, listSeparator } from "./template";

export interface SqlModel {
  readonly outcomes: readonly Outcome[];
  /** SQL: the outcome index. */
  readonly outcome: string;
  /** SQL: the model's own Score (the points percentage), when it has one. */
  readonly ownScore?: string;
  /** SQL: the Reason. */
  readonly reason: string;
}

interface Tools {
  readonly plan: Plan;
  readonly conditions: Conditions;
  readonly fields: Fields;
  readonly card: SqlScoreCard;
  /** The words of the run's language. */
  readonly texts: RunTexts;
}

/** Compiles a configuration's model, with its first rules in front. */
export function compileModel(model: Model, tools: Tools): SqlModel {
  if (model.kind === "rules") return rulesModel(model.rules, model.otherwise, false, "model", tools);
  const own = ownModel(model, tools);
  const first = model.first ?? [];
  if (first.length === 0) return own;
  const before = rulesModel(first, first[0], true, "first", tools);
  const count = first.length;
  const { plan } = tools;
  const outcome = plan.col(
    "outcome",
    () => `CASE WHEN ${before.outcome} < ${count} THEN ${before.outcome} ELSE ${count} + ${own.outcome} END`,
  );
  const reason = `CASE WHEN ${outcome} < ${count} THEN ${before.reason} ELSE ${own.reason} END`;
  return { outcomes: [...first, ...own.outcomes], outcome, ownScore: own.ownScore, reason };
}

function ownModel(model: Exclude<Model, { kind: "rules" }>, tools: Tools): SqlModel {
  switch (model.kind) {
    case "points":
      return pointsModel(model, tools);
    case "score":
      return scoreModel(model, tools);
    case "matrix":
      return matrixModel(model, tools);
    default:
      return assertNever(model);
  }
}

function conditionOf(rule: { readonly when: SegmentRule["when"] }) {
  const resolved = resolveWhen(rule.when, { kind: "none" });
  if (!resolved.ok) throw new Error("the configuration was checked by the engine first");
  return resolved.value;
}

/** Ordered rules: the first whose condition holds; `otherwise` when none does. */
function rulesModel(rules: readonly SegmentRule[], otherwise: Outcome, first: boolean, name: string, tools: Tools): SqlModel {
  const { plan, conditions, fields, texts } = tools;
  const d = plan.d;
  const tests = rules.map((rule) => conditions.compile(conditionOf(rule)));
  const outcome = plan.col(
    `outcome_${name}`,
    () => `CASE ${tests.map((t, k) => `WHEN ${t} THEN ${k}`).join(" ")} ELSE ${rules.length} END`,
  );
  const sentence = first ? texts.reasons.firstRule : texts.reasons.rule;
  const reasons = rules.map((rule, k) => {
    const condition = conditionOf(rule);
    // The values the condition looked at: at most four fields, yes/no fields left out (the text already says them).
    const facts = [...new Set(conditionFieldsOf(condition))].slice(0, 4).flatMap((f) => {
      const value = fields.value(f, false);
      return value && value.kind !== "flag" ? [`${d.text(`${namedField(f, texts)} `)} || ${formatFieldValue(d, value, texts)}`] : [];
    });
    const when = whenText(rule.when, condition, texts);
    if (facts.length === 0) return d.text(sentence(k + 1, rule.segment, when, ""));
    return fill(d, sentence(k + 1, rule.segment, when, hole(0)), [facts.join(" || ', ' || ")]);
  });
  const none = d.text(texts.reasons.otherwise(otherwise.segment));
  const reason = `CASE ${outcome} ${reasons.map((r, k) => `WHEN ${k} THEN ${r}`).join(" ")} ELSE ${none} END`;
  return { outcomes: [...rules, otherwise], outcome, reason };
}

/** Bands from the highest minimum down (a stable sort, as the engine's): the first reached wins, else the last. */
function bandIndex<B>(value: string, bands: readonly B[], min: (b: B) => number): string {
  if (bands.length === 1) return "0";
  const whens = bands
    .slice(0, -1)
    .map((b, k) => `WHEN ${value} >= ${lit(min(b))} THEN ${k}`)
    .join(" ");
  return `CASE ${whens} ELSE ${bands.length - 1} END`;
}

function pointsModel(model: PointsModel, tools: Tools): SqlModel {
  const { plan, conditions, texts } = tools;
  const d = plan.d;
  const hits = model.rules.map((rule, k) => plan.col(`points_hit_${k}`, () => conditions.compile(conditionOf(rule))));
  const max = model.rules.reduce((sum, r) => sum + r.points, 0);
  const bands = [...model.bands].sort((a, b) => b.minPercent - a.minPercent);
  const sum = model.rules.map((r, k) => `CASE WHEN ${hits[k]} THEN ${r.points} ELSE 0 END`).join(" + ");
  const pct = plan.col("points_pct", () => `(CAST(${sum} AS ${d.type("double")}) / ${max}) * 100`);
  const outcome = plan.col("outcome_model", () => bandIndex(pct, bands, (b) => b.minPercent));
  // The rules that scored, as the language lists them ("Late +30; Disputed +20"); '' when none did.
  const separator = listSeparator((items) => texts.reasons.points("0", max, 0, items));
  const scored = plan.col(
    "points_scored",
    () =>
      `concat_ws(${d.text(separator)}, ${model.rules.map((r, k) => `CASE WHEN ${hits[k]} THEN ${d.text(`${r.name} +${r.points}`)} END`).join(", ")})`,
  );
  const percent = formatNumber(d, pct, texts);
  const byBand = bands.map((b, k) => {
    const some = fill(d, texts.reasons.points(hole(0), max, b.minPercent, [hole(1)]), [percent, scored]);
    const none = fill(d, texts.reasons.points(hole(0), max, b.minPercent, []), [percent]);
    return `WHEN ${k} THEN CASE WHEN ${scored} = '' THEN ${none} ELSE ${some} END`;
  });
  const reason = `CASE ${outcome} ${byBand.join(" ")} END`;
  return { outcomes: bands, outcome, ownScore: `floor(${pct} + 0.5)`, reason };
}

function scoreModel(model: ScoreModel, tools: Tools): SqlModel {
  const { plan, card, texts } = tools;
  const d = plan.d;
  const bands = [...model.bands].sort((a, b) => b.minScore - a.minScore);
  const score = plan.col("card_score_band", () => card.score);
  const outcome = plan.col("outcome_model", () => bandIndex(score, bands, (b) => b.minScore));
  const shown = `CAST(CAST(${score} AS ${d.type("bigint")}) AS ${d.type("text")})`;
  // The score is a whole number the sentence writes as it is: its hole stands where the number goes.
  const scoreHole = hole(0) as unknown as number;
  const explained = plan.col("card_explain", () => card.explain());
  const byBand = bands.map((b, k) => `WHEN ${k} THEN ${fill(d, texts.reasons.score(scoreHole, b.minScore, hole(1)), [shown, explained])}`);
  return { outcomes: bands, outcome, reason: `CASE ${outcome} ${byBand.join(" ")} END` };
}

function matrixModel(model: MatrixModel, tools: Tools): SqlModel {
  const { plan, fields } = tools;
  const d = plan.d;
  const risk = fields.value(model.risk.field, true);
  const value = fields.value(model.value.field, true);
  if (risk?.kind !== "number" || value?.kind !== "number") throw new Error("the configuration was checked by the engine first");
  const riskLevels = model.risk.cuts.length + 1;
  const valueLevels = model.value.cuts.length + 1;
  // The engine counts the cuts reached from the lowest up, stopping at the first not reached.
  const level = (x: string, cuts: readonly number[]) =>
    `CASE ${cuts.map((c, k) => `WHEN NOT (${x} >= ${lit(c)}) THEN ${k}`).join(" ")} ELSE ${cuts.length} END`;
  const riskLevel = plan.col("matrix_risk", () => {
    const k = level(risk.sql, model.risk.cuts);
    return `CASE WHEN ${risk.sql} IS NULL THEN ${riskLevels - 1} ELSE ${model.risk.higherIsRiskier ? k : `${riskLevels - 1} - (${k})`} END`;
  });
  const valueLevel = plan.col("matrix_value", () => `CASE WHEN ${value.sql} IS NULL THEN 0 ELSE ${level(value.sql, model.value.cuts)} END`);
  const outcome = plan.col("outcome_model", () => `${riskLevel} * ${valueLevels} + ${valueLevel}`);
  const { texts } = tools;
  const names = (levels: number, x: string) =>
    `CASE ${x} ${LEVEL_NAMES[levels].map((n, k) => `WHEN ${k} THEN ${d.text(texts.reasons.levels[n as "low" | "medium" | "high"])}`).join(" ")} END`;
  const axis = (field: string, x: typeof risk) => `${d.text(`${namedField(field, texts)} `)} || ${formatFieldValue(d, x, texts)}`;
  const reason = fill(d, texts.reasons.matrix(hole(0), hole(1), hole(2), hole(3)), [
    names(riskLevels, riskLevel),
    axis(model.risk.field, risk),
    names(valueLevels, valueLevel),
    axis(model.value.field, value),
  ]);
  return { outcomes: model.cells.flat(), outcome, reason };
}
