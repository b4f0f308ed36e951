/**
 * An independent calculation of a backtest, for the tests: plain loops over
 * the ledger's records, sharing no code with the engine. It knows two
 * policies well enough to rank by them: the `aging` preset (priority from the
 * days past due at the snapshot) and the `behaviour` preset (the customer's
 * payment grade from the amount-weighted days late known at the snapshot).
 */

/** One invoice as a collector reads it: dates are day numbers (NaN when blank). */
export interface HistoryRecord {
  readonly customer: string;
  readonly invoiceDate: number;
  readonly dueDate: number;
  readonly amount: number;
  readonly paidDate: number;
}

export interface ReferenceLine {
  segment: string;
  priority: number | null;
  openInvoices: number;
  openBalance: number;
  collectedInvoices: number;
  collectedBalance: number;
  neededInvoices: number;
  neededBalance: number;
}

export interface ReferenceResult {
  snapshots: { asOf: number; lines: ReferenceLine[] }[];
  overall: ReferenceLine[];
  auc: number | null;
  lift: (number | null)[];
  unneededCalls: number | null;
}

type Policy = "aging" | "behaviour";

interface Ranked {
  segment: string;
  priority: number | null;
  person: boolean;
}

function agingOf(daysPastDue: number): Ranked {
  if (daysPastDue > 90) return { segment: "90+", priority: 1, person: false };
  if (daysPastDue > 60) return { segment: "61-90", priority: 2, person: false };
  if (daysPastDue > 30) return { segment: "31-60", priority: 3, person: false };
  if (daysPastDue > 0) return { segment: "1-30", priority: 4, person: false };
  return { segment: "Current", priority: 5, person: false };
}

function gradeOf(avgLate: number): Ranked {
  if (Number.isNaN(avgLate)) return { segment: "No history", priority: 5, person: false };
  if (avgLate <= 30) return { segment: "A", priority: 4, person: false };
  if (avgLate <= 60) return { segment: "B", priority: 3, person: false };
  // C: "Call and agree a payment date" — a phone call.
  if (avgLate <= 90) return { segment: "C", priority: 2, person: true };
  return { segment: "D", priority: 1, person: false };
}

const isPaidBy = (r: HistoryRecord, day: number) => r.paidDate <= day;

/** The customer's amount-weighted average days late, as known at `day`. */
function averageLate(rows: readonly HistoryRecord[], day: number): number {
  let weighted = 0;
  let weight = 0;
  let sum = 0;
  let count = 0;
  for (const r of rows) {
    if (r.invoiceDate > day || Number.isNaN(r.dueDate)) continue;
    let late: number;
    if (isPaidBy(r, day)) late = Math.max(0, r.paidDate - r.dueDate);
    else if (day >= r.dueDate) late = Math.max(0, day - r.dueDate);
    else continue;
    weighted += Math.abs(r.amount) * late;
    weight += Math.abs(r.amount);
    sum += late;
    count++;
  }
  if (count === 0) return NaN;
  return weight > 0 ? weighted / weight : sum / count;
}

export function referenceBacktest(
  records: readonly HistoryRecord[],
  policy: Policy,
  dates: readonly number[],
  horizon: number,
): ReferenceResult {
  const pooled: { priority: number | null; open: number; needed: boolean; person: boolean; week: boolean }[] = [];
  const overall = new Map<string, ReferenceLine>();
  const snapshots: ReferenceResult["snapshots"] = [];
  const byCustomer = new Map<string, HistoryRecord[]>();
  for (const r of records) byCustomer.set(r.customer, [...(byCustomer.get(r.customer) ?? []), r]);

  for (const day of dates) {
    const lines = new Map<string, ReferenceLine>();
    // The customer's net open balance at the day: a net credit is "Credit", never chased.
    const net = new Map<string, number>();
    for (const r of records) {
      if (r.invoiceDate > day || isPaidBy(r, day)) continue;
      net.set(r.customer, (net.get(r.customer) ?? 0) + r.amount);
    }
    for (const r of records) {
      if (r.invoiceDate > day || isPaidBy(r, day) || !(r.amount > 0)) continue;
      let ranked: Ranked;
      if (policy === "aging") ranked = agingOf(day - r.dueDate);
      else if ((net.get(r.customer) ?? 0) < 0) ranked = { segment: "Credit", priority: null, person: false };
      else ranked = gradeOf(averageLate(byCustomer.get(r.customer)!, day));
      const collected = r.paidDate <= day + horizon;
      const needed = !collected && r.dueDate < day + horizon;
      for (const table of [lines, overall]) {
        const line = table.get(ranked.segment) ?? {
          segment: ranked.segment,
          priority: ranked.priority,
          openInvoices: 0,
          openBalance: 0,
          collectedInvoices: 0,
          collectedBalance: 0,
          neededInvoices: 0,
          neededBalance: 0,
        };
        line.openInvoices += 1;
        line.openBalance += r.amount;
        if (collected) {
          line.collectedInvoices += 1;
          line.collectedBalance += r.amount;
        }
        if (needed) {
          line.neededInvoices += 1;
          line.neededBalance += r.amount;
        }
        table.set(ranked.segment, line);
      }
      pooled.push({ priority: ranked.priority, open: r.amount, needed, person: ranked.person, week: r.paidDate <= day + 7 });
    }
    snapshots.push({ asOf: day, lines: [...lines.values()] });
  }

  // AUC by counting every pair.
  const ranked = pooled.filter((p) => p.priority !== null);
  const positives = ranked.filter((p) => p.needed);
  const negatives = ranked.filter((p) => !p.needed);
  let wins = 0;
  for (const p of positives)
    for (const q of negatives) {
      if (p.priority! < q.priority!) wins += 1;
      else if (p.priority === q.priority) wins += 0.5;
    }
  const auc = positives.length > 0 && negatives.length > 0 ? wins / (positives.length * negatives.length) : null;

  // Lift: priority groups in order (no priority last), the needed balance spread evenly within a group.
  const groups = new Map<number, { open: number; needed: number }>();
  for (const p of pooled) {
    const key = p.priority ?? 1000;
    const g = groups.get(key) ?? { open: 0, needed: 0 };
    g.open += p.open;
    if (p.needed) g.needed += p.open;
    groups.set(key, g);
  }
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
  const total = pooled.reduce((s, p) => s + p.open, 0);
  const totalNeeded = pooled.reduce((s, p) => s + (p.needed ? p.open : 0), 0);
  const lift: (number | null)[] = [];
  for (let step = 1; step <= 10; step++) {
    if (totalNeeded === 0) {
      lift.push(null);
      continue;
    }
    let left = (step / 10) * total;
    let found = 0;
    for (const g of ordered) {
      const take = Math.min(left, g.open);
      found += g.open > 0 ? g.needed * (take / g.open) : 0;
      left -= take;
      if (left <= 0) break;
    }
    lift.push(found / totalNeeded);
  }

  const calls = pooled.filter((p) => p.person);
  const unneededCalls = calls.length > 0 ? calls.filter((p) => p.week).length / calls.length : null;
  return { snapshots, overall: [...overall.values()], auc, lift, unneededCalls };
}
