import type { Outcome } from "../config/schema";

/** Per-unit results a model writes (a unit is a row, or a customer at customer level). */
export interface UnitResults {
  readonly outcome: Uint16Array;
  /** Pre-filled with the propensity score; the points model writes its percentage. */
  readonly score: Float64Array;
  /** Model-specific: the rule that matched (rules), the matrix cell, … */
  readonly detail: Int32Array;
}

/** A model ready to run: evaluation is a loop over units; reasons are built on demand. */
export interface CompiledModel {
  readonly outcomes: readonly Outcome[];
  /** Evaluates the unit whose values are read from ledger row `row`. */
  evaluate(row: number, unit: number, results: UnitResults): void;
  /** The Reason for a unit, in words a collector understands. */
  explain(row: number, unit: number, results: UnitResults): string;
}
