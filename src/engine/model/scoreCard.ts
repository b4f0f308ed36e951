import type { ScoreFactor } from "../config/schema";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import { accessorFor, type Accessor, type EvalContext } from "./accessors";
import { foldValue } from "./compileCondition";
import { fieldInWords } from "./conditionWords";
import { formatFieldValue } from "./format";

/** A weighted range score card (the Oracle style): 0-100, higher = more likely to pay. */
export interface CompiledScoreCard {
  score(row: number): number;
  explain(row: number): string;
}

interface Factor {
  readonly field: string;
  readonly weight: number;
  readonly accessor: Accessor;
  /** Range score for a row, or NaN when the row has no value (or no range fits). */
  readonly rangeScore: (row: number) => number;
  readonly missing: number;
}

/**
 * Compiles a score card. Each factor maps the raw value to the score of the
 * first range that holds it (min inclusive, max exclusive, or `equals`);
 * the card's score is the weighted mean of the factor scores.
 *
 * @example
 * // DaysPastDue 45 with ranges [..0]→100, [1..31)→80, [31..61)→55, weight 1
 * compileScoreCard(card, ctx, "Ledger").value.score(row) //=> 55
 */
export function compileScoreCard(factors: readonly ScoreFactor[], ctx: EvalContext, sheet: string): Result<CompiledScoreCard, EngineIssue> {
  const compiled: Factor[] = [];
  for (const [k, factor] of factors.entries()) {
    const numeric = factor.ranges.some((r) => r.min !== undefined || r.max !== undefined);
    const accessor = accessorFor(factor.field, ctx, numeric);
    if (!accessor) return fail({ kind: "unknownField", sheet, field: factor.field, where: `Score card factor ${k + 1}` });
    const scorer = rangeScorer(factor, accessor);
    const rangeScore = accessor.type === "number" && accessor.perCustomer ? oncePerCustomer(scorer, ctx) : scorer;
    compiled.push({ field: factor.field, weight: factor.weight, accessor, rangeScore, missing: factor.missing });
  }
  const totalWeight = compiled.reduce((sum, f) => sum + f.weight, 0);
  const score = (row: number): number => {
    let sum = 0;
    for (let k = 0; k < compiled.length; k++) {
      const f = compiled[k];
      const s = f.rangeScore(row);
      sum += f.weight * (s === s ? s : f.missing);
    }
    return Math.round(sum / totalWeight);
  };
  const t = ctx.texts;
  const named = (field: string) => (t.language === "en" ? field : fieldInWords(field, t));
  const explain = (row: number): string =>
    compiled
      .map((f) => {
        const s = f.rangeScore(row);
        const value = formatFieldValue(f.accessor, row, t);
        const missing = s !== s;
        return t.reasons.cardFactor(named(f.field), value, t.number(missing ? f.missing : s), missing, t.number(f.weight));
      })
      .join("; ");
  return ok({ score, explain });
}

/** Remembers a customer-level factor's score per customer: a customer's many rows share it. */
function oncePerCustomer(scorer: (row: number) => number, ctx: EvalContext): (row: number) => number {
  const customer = ctx.ledger.customer;
  const memo = new Float32Array(ctx.derived.customers.count); // NaN: the customer has no value
  const known = new Uint8Array(ctx.derived.customers.count);
  return (row) => {
    const k = customer[row];
    if (known[k] === 0) {
      memo[k] = scorer(row);
      known[k] = 1;
    }
    return memo[k];
  };
}

const TRUE_WORDS = new Set(["yes", "y", "si", "sim", "true", "1", "x"]);

function rangeScorer(factor: ScoreFactor, accessor: Accessor): (row: number) => number {
  const ranges = factor.ranges;
  if (accessor.type === "number") {
    const get = accessor.get;
    return (row) => {
      const v = get(row);
      if (v !== v) return NaN;
      for (let k = 0; k < ranges.length; k++) {
        const r = ranges[k];
        if (r.equals !== undefined) {
          if (Number(r.equals) === v) return r.score;
          continue;
        }
        if ((r.min === undefined || v >= r.min) && (r.max === undefined || v < r.max)) return r.score;
      }
      return NaN;
    };
  }
  const isFlag = accessor.type === "flag";
  const key = (equals: string | number | boolean): string => {
    const folded = foldValue(String(equals));
    return isFlag ? String(TRUE_WORDS.has(folded)) : folded;
  };
  const wanted = ranges.map((r) => (r.equals === undefined ? undefined : key(r.equals)));
  // Texts repeat (a risk class has a handful of values): fold each distinct one once.
  const memo = new Map<string, string>();
  const read = isFlag
    ? (row: number) => String(accessor.get(row) === 1)
    : (row: number) => {
        const raw = (accessor.get as (row: number) => string)(row);
        let folded = memo.get(raw);
        if (folded === undefined) memo.set(raw, (folded = foldValue(raw)));
        return folded;
      };
  return (row) => {
    const v = read(row);
    if (v === "") return NaN;
    for (let k = 0; k < ranges.length; k++) if (wanted[k] === v) return ranges[k].score;
    return NaN;
  };
}
