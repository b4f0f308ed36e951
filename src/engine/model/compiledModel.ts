import type { Outcome } from "../config/schema";

/** Per-unit results a model writes (a unit is a row, or a customer at customer level). */
export interface UnitResults {
  readonly outcome: Uint16Array;
  /** 0-100: the propensity score, or the points percentage when the model has `ownScore`. */
  readonly score: Uint8Array;
}

/** A model ready to run: evaluation is a loop over units; reasons are built on demand. */
export interface CompiledModel {
  readonly outcomes: readonly Outcome[];
  /** The model writes its own Score (the points percentage) in place of the propensity score. */
  readonly ownScore?: true;
  /** Evaluates the unit whose values are read from ledger row `row`. */
  evaluate(row: number, unit: number, results: UnitResults): void;
  /** The Reason for a unit, in words a collector understands. */
  explain(row: number, unit: number, results: UnitResults): string;
}
