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

/** The outcome of an invoice dated after the as-of date: it does not exist yet, so it is in no total. */
export const NOT_YET_ISSUED: Outcome = {
  segment: "Not yet issued",
  priority: null,
  strategy: { channel: "None", action: "No action: not issued as of this date", tone: "Neutral", message: "" },
};

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
): Result<LedgerEvaluation, EngineIssue> {
  const derived = derive(ledger, config, asOf);
  const customers = derived.customers;
  const customerLevel = config.level === "customer";
  const unitCount = customerLevel ? customers.count : ledger.rowCount;
  const propensity = new Uint8Array(unitCount);
  const ctx: EvalContext = { ledger, derived, level: config.level, score: propensity, newCustomerMonths: config.newCustomerMonths };
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
  const outcomes = [...model.value.outcomes, NOT_YET_ISSUED];
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
