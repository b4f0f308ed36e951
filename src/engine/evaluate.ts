import type { Outcome, SegmentationConfig } from "./config/schema";
import { derive, type Derived } from "./derive/derive";
import type { EngineIssue } from "./issues";
import type { Ledger } from "./ledger/ledger";
import type { EvalContext } from "./model/accessors";
import { compileModel } from "./model/compileModel";
import type { CompiledModel, UnitResults } from "./model/compiledModel";
import { compileScoreCard } from "./model/scoreCard";
import { DEFAULT_SCORE_CARD } from "./presets";
import { ok, type Result } from "./result";
import { en } from "./messages/en";
import type { RunTexts } from "./messages/types";

/** The outcome of an invoice dated after the as-of date, in a language's words: it does not exist yet, so it is in no total. */
export function notYetIssued(texts: RunTexts): Outcome {
  const { action, message } = texts.presets.strategies.notYetIssued;
  return { segment: texts.presets.segments.notYetIssued, priority: null, strategy: { channel: "None", action, tone: "Neutral", message } };
}

/** The English outcome of an invoice not yet issued (see `notYetIssued`). */
export const NOT_YET_ISSUED: Outcome = notYetIssued(en);

/** A parsed ledger evaluated with one configuration as of one date. */
export interface LedgerEvaluation {
  readonly derived: Derived;
  readonly model: CompiledModel;
  readonly results: UnitResults;
  /** The model's outcomes, then `NOT_YET_ISSUED`. */
  readonly outcomes: readonly Outcome[];
  /** The index into `outcomes` of ledger row i. */
  outcomeOf(i: number): number;
  /** The unit (row, or customer at customer level) of ledger row i. */
  unitOf(i: number): number;
  /** The ledger row a unit's values are read from (itself, or the customer's representative row). */
  rowOfUnit(unit: number): number;
}

/**
 * Derives a parsed ledger as of `asOf` (a day serial) and runs the
 * configuration's score card and model over it: everything a run does after
 * parsing, so a ledger parsed once can be evaluated for many dates or configurations.
 *
 * @example
 * const e = evaluateLedger(ledger, config, serialFromIso("2025-06-30")!, "AR");
 * e.ok && e.value.outcomes[e.value.outcomeOf(0)].segment //=> "Overdue"
 */
export function evaluateLedger(
  ledger: Ledger,
  config: SegmentationConfig,
  asOf: number,
  sheet: string,
  texts: RunTexts = en,
): Result<LedgerEvaluation, EngineIssue> {
  const derived = derive(ledger, config, asOf);
  const customers = derived.customers;
  const customerLevel = config.level === "customer";
  const unitCount = customerLevel ? customers.count : ledger.rowCount;
  const propensity = new Uint8Array(unitCount);
  const ctx: EvalContext = { ledger, derived, level: config.level, score: propensity, newCustomerMonths: config.newCustomerMonths, texts };
  const card = compileScoreCard(config.scoreCard ?? DEFAULT_SCORE_CARD, ctx, sheet);
  if (!card.ok) return card;
  const representative = customerLevel ? customers.representative : undefined;
  const rowOfUnit = representative ? (k: number) => representative[k] : (i: number) => i;
  for (let u = 0; u < unitCount; u++) propensity[u] = card.value.score(rowOfUnit(u));
  const model = compileModel(config.model, ctx, card.value, sheet);
  if (!model.ok) return model;
  const results: UnitResults = {
    outcome: new Uint16Array(unitCount),
    score: model.value.ownScore ? new Uint8Array(unitCount) : propensity,
  };
  for (let u = 0; u < unitCount; u++) model.value.evaluate(rowOfUnit(u), u, results);
  const unitOf = customerLevel ? (i: number) => ledger.customer[i] : (i: number) => i;
  const outcomes = [...model.value.outcomes, notYetIssued(texts)];
  const notIssuedOutcome = outcomes.length - 1;
  const notIssued = derived.notIssued;
  return ok({
    derived,
    model: model.value,
    results,
    outcomes,
    outcomeOf: (i) => (notIssued[i] === 1 ? notIssuedOutcome : results.outcome[unitOf(i)]),
    unitOf,
    rowOfUnit,
  });
}
