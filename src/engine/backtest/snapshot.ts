import type { Outcome, SegmentationConfig } from "../config/schema";
import { evaluateLedger } from "../evaluate";
import type { EngineIssue } from "../issues";
import type { Ledger } from "../ledger/ledger";
import { ok, type Result } from "../result";
import { ledgerAsKnownAt, type LeftOut } from "./asKnown";

/** What a collector would have had in hand at a date: the open invoices, each with the configuration's outcome then. */
export interface Snapshot {
  /** The date, a day serial. */
  readonly asOf: number;
  /** The configuration's outcomes (several may share a segment name). */
  readonly outcomes: readonly Outcome[];
  /** Per open invoice at the date (not paid, not a credit, dated on or before it): its row in the full ledger, */
  readonly row: Int32Array;
  /** its outcome (an index into `outcomes`), */
  readonly outcome: Uint16Array;
  /** and what was owed on it then. */
  readonly open: Float64Array;
  readonly leftOut: LeftOut;
}

/**
 * The open invoices at `date` (a day serial) with the Segment and Priority the
 * configuration gives them then, from the ledger as known at that date only
 * (see `ledgerAsKnownAt`): every customer fact, payment grade and promise is
 * what could be known that day. Credits (a negative balance, a credit status)
 * are not collectable invoices and are not among them; neither are paid ones.
 *
 * @example
 * const s = snapshotAt(ledger, config, serialFromIso("2013-03-31")!, "AR");
 * s.ok && s.value.outcomes[s.value.outcome[0]].priority //=> 1
 */
export function snapshotAt(ledger: Ledger, config: SegmentationConfig, date: number, sheet: string): Result<Snapshot, EngineIssue> {
  const known = ledgerAsKnownAt(ledger, date);
  const evaluated = evaluateLedger(known.ledger, config, date, sheet);
  if (!evaluated.ok) return evaluated;
  const { derived, outcomes, outcomeOf } = evaluated.value;
  const n = known.ledger.rowCount;
  const row = new Int32Array(n);
  const outcome = new Uint16Array(n);
  const open = new Float64Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    if (derived.paid[k] === 1 || derived.credit[k] === 1 || !(derived.open[k] > 0)) continue;
    row[count] = known.fullRow[k];
    outcome[count] = outcomeOf(k);
    open[count++] = derived.open[k];
  }
  return ok({
    asOf: date,
    outcomes,
    row: row.slice(0, count),
    outcome: outcome.slice(0, count),
    open: open.slice(0, count),
    leftOut: known.leftOut,
  });
}
