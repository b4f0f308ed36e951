import { CALL_WINDOW_DAYS, PERSON_CHANNELS, type NextFacts } from "./nextFacts";
import type { Snapshot } from "./snapshot";

/** One point of the lift table. */
export interface LiftPoint {
  /** The share of the open balance worked, in priority order (0.1 = the first 10%). */
  readonly openShare: number;
  /** The share of the needed-a-collector balance found in it; null when no invoice needed a collector. */
  readonly neededShare: number | null;
  /** neededShare ÷ openShare: 1 is what a random order finds on average. */
  readonly lift: number | null;
}

/** Calls and visits the strategy asked for, and how many were paid within a week anyway. */
export interface PersonCalls {
  readonly invoices: number;
  readonly paidWithinWeek: number;
  /** paidWithinWeek ÷ invoices; null when no strategy sent a person. */
  readonly share: number | null;
  readonly windowDays: number;
}

/** Priorities are whole numbers 1-99 (see PrioritySchema); slot 100 holds the invoices without one. */
const NO_PRIORITY = 100;
const SLOTS = NO_PRIORITY + 1;

/**
 * The open invoices of every snapshot pooled by priority, to measure how well
 * the priority ranks them: the AUC, the lift table and the calls not needed.
 *
 * @example
 * const pool = new RankingPool(); pool.add(snapshot, next); pool.auc() //=> 0.44
 */
export class RankingPool {
  /** Per priority slot: invoices that needed a collector, and the others. */
  private readonly needed = new Float64Array(SLOTS);
  private readonly notNeeded = new Float64Array(SLOTS);
  private readonly openBalance = new Float64Array(SLOTS);
  private readonly neededBalance = new Float64Array(SLOTS);
  private calls = 0;
  private callsPaid = 0;

  add(snapshot: Snapshot, next: NextFacts): void {
    const slots = snapshot.outcomes.map((o) => (o.priority === null ? NO_PRIORITY : o.priority));
    const person = snapshot.outcomes.map((o) => PERSON_CHANNELS.includes(o.strategy.channel));
    for (let k = 0; k < snapshot.outcome.length; k++) {
      const o = snapshot.outcome[k];
      const slot = slots[o];
      const owed = snapshot.open[k];
      this.openBalance[slot] += owed;
      if (next.needed[k] === 1) {
        this.needed[slot]++;
        this.neededBalance[slot] += owed;
      } else this.notNeeded[slot]++;
      if (person[o]) {
        this.calls++;
        this.callsPaid += next.paidWithinWeek[k];
      }
    }
  }

  /**
   * The chance that an invoice that needed a collector has a more urgent
   * priority (a lower number) than one that did not, ties counting one half;
   * invoices without a priority are left out. Null when either group is empty.
   */
  auc(): number | null {
    let positives = 0;
    let negatives = 0;
    for (let p = 0; p < NO_PRIORITY; p++) {
      positives += this.needed[p];
      negatives += this.notNeeded[p];
    }
    if (positives === 0 || negatives === 0) return null;
    let wins = 0;
    let lessUrgent = negatives;
    for (let p = 0; p < NO_PRIORITY; p++) {
      lessUrgent -= this.notNeeded[p];
      wins += this.needed[p] * (lessUrgent + this.notNeeded[p] / 2);
    }
    return wins / (positives * negatives);
  }

  /**
   * The share of the needed-a-collector balance found in the first 10%, 20%, …
   * 100% of the open balance, taken in priority order (invoices without a
   * priority last). Within one priority no order is preferred: its needed
   * balance counts as spread evenly over its open balance (what a random order
   * within the priority finds on average).
   */
  lift(steps = 10): LiftPoint[] {
    let total = 0;
    let totalNeeded = 0;
    for (let s = 0; s < SLOTS; s++) {
      total += this.openBalance[s];
      totalNeeded += this.neededBalance[s];
    }
    const points: LiftPoint[] = [];
    for (let j = 1; j <= steps; j++) {
      const openShare = j / steps;
      const neededShare = totalNeeded > 0 ? foundBy(openShare * total, this.openBalance, this.neededBalance) / totalNeeded : null;
      points.push({ openShare, neededShare, lift: neededShare === null ? null : neededShare / openShare });
    }
    return points;
  }

  /** Among invoices whose strategy sends a person (Phone, Visit), those paid within a week anyway. */
  personCalls(): PersonCalls {
    return {
      invoices: this.calls,
      paidWithinWeek: this.callsPaid,
      share: this.calls > 0 ? this.callsPaid / this.calls : null,
      windowDays: CALL_WINDOW_DAYS,
    };
  }
}

/** The needed balance met once `worked` of the open balance is worked, slot by slot, spread evenly within a slot. */
function foundBy(worked: number, open: Float64Array, needed: Float64Array): number {
  let done = 0;
  let found = 0;
  for (let s = 0; s < open.length; s++) {
    if (open[s] <= 0) continue;
    if (done + open[s] >= worked) return found + needed[s] * ((worked - done) / open[s]);
    done += open[s];
    found += needed[s];
  }
  return found;
}
