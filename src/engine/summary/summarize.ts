import type { Outcome } from "../config/schema";
import type { Derived } from "../derive/derive";
import { PAID_BUCKET } from "../derive/buckets";
import type { Ledger } from "../ledger/ledger";
import { isoFromSerial } from "../parse";
import type { CurrencyLine, Figures, Kpis, SegmentLine, Summary } from "./types";

/**
 * Segment × aging-bucket figures and the portfolio KPIs. `outcomeOfRow(i)`
 * gives the outcome index of ledger row i.
 *
 * @example
 * summarize(ledger, derived, outcomes, (i) => outcomeIndex[i]).kpis.percentCurrent //=> 0.42
 */
export function summarize(ledger: Ledger, derived: Derived, outcomes: readonly Outcome[], outcomeOfRow: (row: number) => number): Summary {
  const buckets = [...derived.bucketLabels];
  const anyPaid = derived.paid.some((p) => p === 1);
  if (anyPaid) buckets.push(PAID_BUCKET);
  const b = buckets.length;
  // Segments are identified by name; several outcomes may share one (e.g. matrix cells).
  const names: string[] = [];
  const segmentOf = new Map<string, number>();
  const outcomeSegment = outcomes.map((o) => {
    let s = segmentOf.get(o.segment);
    if (s === undefined) {
      s = names.length;
      segmentOf.set(o.segment, s);
      names.push(o.segment);
    }
    return s;
  });
  const s = names.length;
  const count = new Float64Array(s * b);
  const balance = new Float64Array(s * b);
  const priority: (number | null)[] = new Array(s).fill(null);
  const used = new Uint8Array(s);
  const n = ledger.rowCount;
  const arByBucket = new Float64Array(derived.bucketLabels.length);
  let weighted = 0;
  let weight = 0;
  let openInvoices = 0;
  let creditItems = 0;
  let creditBalance = 0;
  let counted = 0;
  const notIssued = derived.notIssued;
  for (let i = 0; i < n; i++) {
    // Not yet issued as of the date: in no total (counted apart below).
    if (notIssued[i] === 1) continue;
    counted++;
    const o = outcomeOfRow(i);
    const seg = outcomeSegment[o];
    const p = outcomes[o].priority;
    if (p !== null && (priority[seg] === null || p < priority[seg]!)) priority[seg] = p;
    used[seg] = 1;
    const bk = derived.bucket[i] === derived.paidBucket ? b - 1 : derived.bucket[i];
    count[seg * b + bk]++;
    const open = derived.open[i];
    balance[seg * b + bk] += open;
    if (derived.credit[i] === 1) {
      creditItems++;
      creditBalance += open;
    }
    if (derived.paid[i] === 0) {
      openInvoices++;
      arByBucket[derived.bucket[i]] += open;
      if (open > 0) {
        const d = derived.dpd[i];
        weighted += open * (d > 0 ? d : 0);
        weight += open;
      }
    }
  }
  const total = derived.totalOpen;
  const figures = (c: number, bal: number): Figures => ({ count: c, balance: bal, share: total !== 0 ? bal / total : 0 });
  const lines: SegmentLine[] = [];
  for (let k = 0; k < s; k++) {
    if (!used[k]) continue;
    const byBucket: Figures[] = [];
    let c = 0;
    let bal = 0;
    for (let j = 0; j < b; j++) {
      byBucket.push(figures(count[k * b + j], balance[k * b + j]));
      c += count[k * b + j];
      bal += balance[k * b + j];
    }
    lines.push({ segment: names[k], priority: priority[k], ...figures(c, bal), byBucket });
  }
  lines.sort((x, y) => (x.priority ?? Infinity) - (y.priority ?? Infinity) || names.indexOf(x.segment) - names.indexOf(y.segment));
  const totalByBucket: Figures[] = [];
  for (let j = 0; j < b; j++) {
    let c = 0;
    let bal = 0;
    for (let k = 0; k < s; k++) {
      c += count[k * b + j];
      bal += balance[k * b + j];
    }
    totalByBucket.push(figures(c, bal));
  }
  const currentAR = arByBucket[0];
  const kpis: Kpis = {
    totalAR: total,
    currentAR,
    percentCurrent: total !== 0 ? currentAR / total : 0,
    overdueAR: total - currentAR,
    arByBucket: Array.from(arByBucket),
    weightedAvgDaysPastDue: weight > 0 ? weighted / weight : 0,
    top10Share: topShare(derived.customers.balance, 10),
    customers: derived.customers.count,
    openInvoices,
    creditItems,
    creditBalance,
    notYetIssued: derived.notIssuedCount,
  };
  return {
    buckets,
    segments: lines,
    total: { ...figures(counted, total), byBucket: totalByBucket },
    kpis,
    currencies: currencyLines(ledger, derived),
    asOf: isoFromSerial(derived.asOf),
    rowCount: n,
  };
}

/** Share of the customers' positive balances held by the largest `top` (credit notes would push it past 100%). */
function topShare(balances: Float64Array, top: number): number {
  const sorted = Float64Array.from(balances).sort();
  let positive = 0;
  for (let k = 0; k < sorted.length; k++) if (sorted[k] > 0) positive += sorted[k];
  if (positive <= 0) return 0;
  let sum = 0;
  for (let k = sorted.length - 1; k >= Math.max(0, sorted.length - top); k--) if (sorted[k] > 0) sum += sorted[k];
  return sum / positive;
}

function currencyLines(ledger: Ledger, derived: Derived): CurrencyLine[] {
  const currency = ledger.texts.currency;
  if (!currency) return [];
  // Sum per code first (a loop over typed arrays), then merge codes that name the same currency ("usd", "USD").
  const k = currency.dictionary.length;
  const total = new Float64Array(k);
  const overdue = new Float64Array(k);
  const count = new Float64Array(k);
  for (let i = 0; i < ledger.rowCount; i++) {
    if (derived.paid[i] === 1 || derived.notIssued[i] === 1) continue;
    const c = currency.codes[i];
    total[c] += derived.open[i];
    if (derived.dpd[i] > 0) overdue[c] += derived.open[i];
    count[c]++;
  }
  const byCode = new Map<string, { totalAR: number; overdueAR: number; count: number }>();
  currency.dictionary.forEach((text, c) => {
    if (count[c] === 0) return;
    const code = text.toUpperCase() || "(none)";
    const line = byCode.get(code) ?? { totalAR: 0, overdueAR: 0, count: 0 };
    byCode.set(code, { totalAR: line.totalAR + total[c], overdueAR: line.overdueAR + overdue[c], count: line.count + count[c] });
  });
  if (byCode.size < 2) return [];
  return [...byCode.entries()].map(([code, l]) => ({ currency: code, ...l })).sort((a, b) => a.currency.localeCompare(b.currency));
}
