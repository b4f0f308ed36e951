/**
 * The propensity-to-pay score card in SQL (the engine's model/scoreCard.ts):
 * each factor's range score, the weighted mean rounded as Math.round does,
 * and the card's explanation for a Reason.
 */
import type { ScoreFactor } from "../engine/config/schema";
import { foldValue } from "../engine/model/compileCondition";
import { TRUE_WORDS } from "../engine/model/scoreCard";
import type { RunTexts } from "../engine/messages/types";
import type { Dialect } from "./dialect";
import type { Fields, FieldValue } from "./fields";
import { formatFieldValue, namedField } from "./format";
import { lit } from "./literals";
import { fill, hole } from "./template";
import { foldValue as foldValueSql } from "./text";

export interface SqlScoreCard {
  /** The 0-100 score (a double holding a whole number). */
  readonly score: string;
  /** The card's explanation: "DaysPastDue 21 → 80 × 0.35; …" (its working columns written only when asked for). */
  explain(): string;
}

interface Factor {
  readonly field: string;
  readonly weight: number;
  readonly missing: number;
  readonly value: FieldValue;
  /** SQL: the range score, NULL when no range holds the value (or there is none). */
  readonly rangeScore: string;
  /** SQL: the factor as the Reason writes it: field, value, range score (or the missing score) and weight. */
  shown(): string;
}

/**
 * Compiles a score card; `fields` reads each factor's field.
 *
 * @example compileScoreCard(DEFAULT_SCORE_CARD, fields, d, en).score // floor((0.35 * … + …) / 1 + 0.5)
 */
export function compileScoreCard(card: readonly ScoreFactor[], fields: Fields, d: Dialect, texts: RunTexts): SqlScoreCard {
  const plan = fields.rows.reads.plan;
  const factors: Factor[] = card.map((factor, k) => {
    const numeric = factor.ranges.some((r) => r.min !== undefined || r.max !== undefined);
    const value = fields.value(factor.field, numeric);
    if (!value) throw new Error(`unknown score card field ${factor.field}`);
    const cases = rangeCases(factor, value, d);
    const rangeScore =
      cases.length === 0 ? "NULL" : `CASE ${cases.map(([when, score]) => `WHEN ${when} THEN ${lit(score)}`).join(" ")} END`;
    // The sentence of the factor for each range score, and for none (the missing score), the value in its hole.
    const shown = () => {
      const written = plan.col(`card_value_${k}`, () => formatFieldValue(d, value, texts));
      const sentence = (score: number, missing: boolean) =>
        fill(
          d,
          texts.reasons.cardFactor(namedField(factor.field, texts), hole(0), texts.number(score), missing, texts.number(factor.weight)),
          [written],
        );
      const noValue = sentence(factor.missing, true);
      if (cases.length === 0) return noValue;
      return `CASE ${cases.map(([when, score]) => `WHEN ${when} THEN ${sentence(score, false)}`).join(" ")} ELSE ${noValue} END`;
    };
    return { field: factor.field, weight: factor.weight, missing: factor.missing, value, rangeScore, shown };
  });
  const totalWeight = factors.reduce((sum, f) => sum + f.weight, 0);
  // Summed in the card's order from the first product, as the engine sums, so the double is the same.
  const sum = factors
    .map((f) => `${lit(f.weight)} * COALESCE(${f.rangeScore}, ${lit(f.missing)})`)
    .reduce((acc, term) => `(${acc} + ${term})`);
  const score = `floor(${sum} / ${lit(totalWeight)} + 0.5)`;
  // The engine joins the factors with "; " in every language.
  const explain = () => factors.map((f) => f.shown()).join(" || '; ' || ");
  return { score, explain };
}

/** Each range of a factor as [SQL condition, score], in the card's order (the first that holds wins). */
function rangeCases(factor: ScoreFactor, value: FieldValue, d: Dialect): [string, number][] {
  const out: [string, number][] = [];
  if (value.kind === "number") {
    const x = value.sql;
    for (const r of factor.ranges) {
      if (r.equals !== undefined) {
        const k = Number(r.equals);
        if (Number.isFinite(k)) out.push([`${x} = ${lit(k)}`, r.score]);
        continue;
      }
      const parts = [`${x} IS NOT NULL`];
      if (r.min !== undefined) parts.push(`${x} >= ${lit(r.min)}`);
      if (r.max !== undefined) parts.push(`${x} < ${lit(r.max)}`);
      out.push([parts.join(" AND "), r.score]);
    }
    return out;
  }
  // Text and yes/no factors match `equals` by folded text; a flag reads as "true" or "false".
  const isFlag = value.kind === "flag";
  const read = isFlag ? `CASE WHEN ${value.sql} THEN 'true' ELSE 'false' END` : foldValueSql(d, value.sql);
  for (const r of factor.ranges) {
    if (r.equals === undefined) continue;
    const folded = foldValue(String(r.equals));
    const wanted = isFlag ? String(TRUE_WORDS.has(folded)) : folded;
    if (wanted === "") continue;
    out.push([`${read} = ${d.text(wanted)}`, r.score]);
  }
  return out;
}
