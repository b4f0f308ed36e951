import type { Ledger } from "../ledger/ledger";
import type { Snapshot } from "./snapshot";

/** A person's call or visit: the channels whose contacts cost a collector's time. */
export const PERSON_CHANNELS: readonly string[] = ["Phone", "Visit"];

/** Paid within this many days of the snapshot, a call or visit was not needed. */
export const CALL_WINDOW_DAYS = 7;

/** What happened after a snapshot to each of its open invoices (1 = yes), in the snapshot's order. */
export interface NextFacts {
  /** Paid on or before the snapshot date + the horizon. */
  readonly collected: Uint8Array;
  /** Still unpaid at the snapshot date + the horizon although due before then. */
  readonly needed: Uint8Array;
  /** Paid within `CALL_WINDOW_DAYS` of the snapshot date. */
  readonly paidWithinWeek: Uint8Array;
}

/**
 * What the full ledger says happened next to a snapshot's open invoices,
 * `horizonDays` after its date.
 *
 * @example
 * whatHappenedNext(ledger, snapshot, 30).collected[0] //=> 1 (paid within 30 days)
 */
export function whatHappenedNext(ledger: Ledger, snapshot: Snapshot, horizonDays: number): NextFacts {
  const paidDate = ledger.numbers.paidDate;
  const dueDate = ledger.numbers.dueDate;
  const end = snapshot.asOf + horizonDays;
  const week = snapshot.asOf + CALL_WINDOW_DAYS;
  const n = snapshot.row.length;
  const collected = new Uint8Array(n);
  const needed = new Uint8Array(n);
  const paidWithinWeek = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i = snapshot.row[k];
    const paid = paidDate ? paidDate[i] : NaN;
    collected[k] = paid <= end ? 1 : 0;
    paidWithinWeek[k] = paid <= week ? 1 : 0;
    needed[k] = collected[k] === 0 && dueDate !== undefined && dueDate[i] < end ? 1 : 0;
  }
  return { collected, needed, paidWithinWeek };
}
