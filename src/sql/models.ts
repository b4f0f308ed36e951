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
import { LEVEL_NAMES } from "../engine/model/matrixModel";
import { resolveWhen, whenText } from "../engine/model/when";
import { assertNever } from "../engine/result";
import type { Conditions } from "./conditions";
import type { Fields } from "./fields";
import { formatFieldValue } from "./format";
import { lit } from "./literals";
import type { Plan } from "./plan";
import type { SqlScoreCard } from "./scoreCard";

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
}

/** Compiles a configuration's model, with its first rules in front. */
export function compileModel(model: Model, tools: Tools): SqlModel {
  if (model.kind === "rules") return rulesModel(model.rules, model.otherwise, "Rule", "model", tools);
  const own = ownModel(model, tools);
  const first = model.first ?? [];
  if (first.length === 0) return own;
  const before = rulesModel(first, first[0], "First rule", "first", tools);
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
  const resolved = resolveWhen(rule.when, "");
  if (!resolved.ok) throw new Error("the configuration was checked by the engine first");
  return resolved.value;
}

/** Ordered rules: the first whose condition holds; `otherwise` when none does. */
function rulesModel(rules: readonly SegmentRule[], otherwise: Outcome, word: string, name: string, tools: Tools): SqlModel {
  const { plan, conditions, fields } = tools;
  const d = plan.d;
  const tests = rules.map((rule) => conditions.compile(conditionOf(rule)));
  const outcome = plan.col(
    `outcome_${name}`,
    () => `CASE ${tests.map((t, k) => `WHEN ${t} THEN ${k}`).join(" ")} ELSE ${rules.length} END`,
  );
  const reasons = rules.map((rule, k) => {
    const condition = conditionOf(rule);
    const head = d.text(`${word} ${k + 1} "${rule.segment}": ${whenText(rule.when, condition)}`);
    // The values the condition looked at: at most four fields, yes/no fields left out (the text already says them).
    const facts = [...new Set(conditionFieldsOf(condition))].slice(0, 4).flatMap((f) => {
      const value = fields.value(f, false);
      return value && value.kind !== "flag" ? [`${d.text(`${f} `)} || ${formatFieldValue(d, value)}`] : [];
    });
    return facts.length === 0 ? head : `${head} || ' (' || ${facts.join(" || ', ' || ")} || ')'`;
  });
  const none = d.text(`No rule matched, so the default segment "${otherwise.segment}" applies`);
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
  const { plan, conditions } = tools;
  const d = plan.d;
  const hits = model.rules.map((rule, k) => plan.col(`points_hit_${k}`, () => conditions.compile(conditionOf(rule))));
  const max = model.rules.reduce((sum, r) => sum + r.points, 0);
  const bands = [...model.bands].sort((a, b) => b.minPercent - a.minPercent);
  const sum = model.rules.map((r, k) => `CASE WHEN ${hits[k]} THEN ${r.points} ELSE 0 END`).join(" + ");
  const pct = plan.col("points_pct", () => `(CAST(${sum} AS ${d.type("double")}) / ${max}) * 100`);
  const outcome = plan.col("outcome_model", () => bandIndex(pct, bands, (b) => b.minPercent));
  const scored = model.rules.map((r, k) => `CASE WHEN ${hits[k]} THEN ${d.text(`${r.name} +${r.points}`)} END`).join(", ");
  const band = `CASE ${outcome} ${bands.map((b, k) => `WHEN ${k} THEN ${d.text(`% of ${max} points (band from ${b.minPercent}%): `)}`).join(" ")} END`;
  const reason = `${formatNumberSql(tools, pct)} || ${band} || COALESCE(NULLIF(concat_ws('; ', ${scored}), ''), 'no rule scored')`;
  return { outcomes: bands, outcome, ownScore: `floor(${pct} + 0.5)`, reason };
}

function formatNumberSql(tools: Tools, x: string): string {
  return formatFieldValue(tools.plan.d, { kind: "number", sql: x });
}

function scoreModel(model: ScoreModel, tools: Tools): SqlModel {
  const { plan, card } = tools;
  const d = plan.d;
  const bands = [...model.bands].sort((a, b) => b.minScore - a.minScore);
  const score = plan.col("card_score_band", () => card.score);
  const outcome = plan.col("outcome_model", () => bandIndex(score, bands, (b) => b.minScore));
  const band = `CASE ${outcome} ${bands.map((b, k) => `WHEN ${k} THEN ${d.text(` (band from ${b.minScore}): `)}`).join(" ")} END`;
  const reason = `'Score ' || CAST(CAST(${score} AS ${d.type("bigint")}) AS ${d.type("text")}) || ${band} || ${card.explain}`;
  return { outcomes: bands, outcome, reason };
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
  const names = (levels: number, x: string) =>
    `CASE ${x} ${LEVEL_NAMES[levels].map((n, k) => `WHEN ${k} THEN ${d.text(n)}`).join(" ")} END`;
  const reason =
    `${names(riskLevels, riskLevel)} || ${d.text(` risk (${model.risk.field} `)} || ${formatFieldValue(d, risk)} || ') \u00d7 ' || ` +
    `${names(valueLevels, valueLevel)} || ${d.text(` value (${model.value.field} `)} || ${formatFieldValue(d, value)} || ')'`;
  return { outcomes: model.cells.flat(), outcome, reason };
}
