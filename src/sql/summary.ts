/**
 * The engine's Summary (segment × aging bucket, the KPIs, AR by currency)
 * computed by SQL over a result with facts (`withFacts`): the aggregate
 * queries, and the Summary assembled from their rows as the engine's
 * summarize() assembles it.
 */
import type { CurrencyLine, Figures, Kpis, SegmentLine, Summary } from "../engine/summary/types";
import type { CompiledQuery } from "./compile";
import type { Dialect } from "./dialect";

/** The queries, each over `from` (a table or view holding the compiled query's result with facts). */
export function summaryQueries(
  d: Dialect,
  from: string,
): { readonly cells: string; readonly figures: string; readonly customers: string; readonly currencies: string } {
  const f = (name: string) => d.ident(`arseg_${name}`);
  const live = `${f("included")} AND NOT ${f("not_issued")}`;
  const open = `${live} AND NOT ${f("paid")}`;
  const dbl = d.type("double");
  return {
    cells: `SELECT CAST(${f("outcome")} AS INTEGER) AS outcome, CAST(${f("bucket")} AS INTEGER) AS bucket, CAST(COUNT(*) AS ${dbl}) AS count, SUM(${f("open")}) AS balance FROM ${from} WHERE ${f("included")} GROUP BY 1, 2`,
    figures:
      `SELECT CAST(${f("bucket")} AS INTEGER) AS bucket, CAST(COUNT(*) AS ${dbl}) AS count, SUM(${f("open")}) AS balance, ` +
      `SUM(CASE WHEN ${f("open")} > 0 THEN ${f("open")} * (CASE WHEN ${f("dpd")} > 0 THEN ${f("dpd")} ELSE 0 END) ELSE 0 END) AS weighted, ` +
      `SUM(CASE WHEN ${f("open")} > 0 THEN ${f("open")} ELSE 0 END) AS weight, ` +
      `CAST(SUM(CASE WHEN ${f("credit")} THEN 1 ELSE 0 END) AS ${dbl}) AS credits, SUM(CASE WHEN ${f("credit")} THEN ${f("open")} ELSE 0 END) AS credit_balance ` +
      `FROM ${from} WHERE ${open} GROUP BY 1`,
    customers:
      `SELECT CAST(COUNT(*) AS ${dbl}) AS customers, ` +
      `CAST(COALESCE(SUM(CASE WHEN b > 0 THEN b ELSE 0 END), 0) AS ${dbl}) AS positive, ` +
      `CAST(COALESCE(SUM(CASE WHEN k <= 10 AND b > 0 THEN b ELSE 0 END), 0) AS ${dbl}) AS top ` +
      `FROM (SELECT b, ROW_NUMBER() OVER (ORDER BY b DESC) AS k FROM (SELECT COALESCE(SUM(CASE WHEN ${open} THEN ${f("open")} END), 0) AS b FROM ${from} WHERE ${f("included")} GROUP BY ${f("customer")}) c) t`,
    currencies:
      `SELECT upper(${f("currency")}) AS currency, SUM(${f("open")}) AS total, SUM(CASE WHEN ${f("dpd")} > 0 THEN ${f("open")} ELSE 0 END) AS overdue, CAST(COUNT(*) AS ${dbl}) AS count ` +
      `FROM ${from} WHERE ${open} GROUP BY 1 ORDER BY 1`,
  };
}

export interface SummaryRows {
  readonly cells: readonly { outcome: number; bucket: number; count: number; balance: number }[];
  /** Open (unpaid) rows by bucket, with the weighted-days and credit figures. */
  readonly figures: readonly {
    bucket: number;
    count: number;
    balance: number;
    weighted: number;
    weight: number;
    credits: number;
    credit_balance: number;
  }[];
  readonly customers: { customers: number; positive: number; top: number };
  readonly currencies: readonly { currency: string; total: number; overdue: number; count: number }[];
}

/**
 * The Summary from the queries' rows (see the engine's summary/summarize.ts,
 * whose figures these are: segments in priority order, no-priority last; the
 * Paid column only when some row is paid; credits and invoices not yet issued
 * counted apart).
 */
export function assembleSummary(query: Pick<CompiledQuery, "outcomes" | "buckets">, rows: SummaryRows, asOf: string): Summary {
  const labels = query.buckets.slice(0, -1);
  const paidIndex = labels.length;
  const notIssued = query.outcomes.length - 1;
  const anyPaid = rows.cells.some((c) => c.bucket === paidIndex && c.outcome !== notIssued);
  const buckets = anyPaid ? [...query.buckets] : [...labels];
  const b = buckets.length;
  const names: string[] = [];
  const segmentOf = query.outcomes.map((o) => {
    const k = names.indexOf(o.segment);
    if (k >= 0) return k;
    names.push(o.segment);
    return names.length - 1;
  });
  const count = new Float64Array(names.length * b);
  const balance = new Float64Array(names.length * b);
  const priority: (number | null)[] = names.map(() => null);
  const used = names.map(() => false);
  let counted = 0;
  let total = 0;
  for (const cell of rows.cells) {
    // Not yet issued as of the date: in no total (counted apart).
    if (cell.outcome === notIssued) continue;
    const seg = segmentOf[cell.outcome];
    const p = query.outcomes[cell.outcome].priority;
    if (p !== null && (priority[seg] === null || p < priority[seg]!)) priority[seg] = p;
    used[seg] = true;
    const k = seg * b + (cell.bucket === paidIndex ? b - 1 : cell.bucket);
    count[k] += cell.count;
    balance[k] += cell.balance;
    counted += cell.count;
    total += cell.balance;
  }
  const figures = (c: number, bal: number): Figures => ({ count: c, balance: bal, share: total !== 0 ? bal / total : 0 });
  const lines: SegmentLine[] = [];
  names.forEach((segment, s) => {
    if (!used[s]) return;
    const byBucket = buckets.map((_, j) => figures(count[s * b + j], balance[s * b + j]));
    const c = byBucket.reduce((sum, f) => sum + f.count, 0);
    const bal = byBucket.reduce((sum, f) => sum + f.balance, 0);
    lines.push({ segment, priority: priority[s], ...figures(c, bal), byBucket });
  });
  lines.sort((x, y) => (x.priority ?? Infinity) - (y.priority ?? Infinity) || names.indexOf(x.segment) - names.indexOf(y.segment));
  const totalByBucket = buckets.map((_, j) => {
    let c = 0;
    let bal = 0;
    names.forEach((_, s) => {
      c += count[s * b + j];
      bal += balance[s * b + j];
    });
    return figures(c, bal);
  });
  const arByBucket = labels.map((_, j) => rows.figures.find((f) => f.bucket === j)?.balance ?? 0);
  const sum = (key: "count" | "weighted" | "weight" | "credits" | "credit_balance") => rows.figures.reduce((acc, f) => acc + f[key], 0);
  const currentAR = arByBucket[0];
  const notYetIssued = rows.cells.filter((c) => c.outcome === notIssued).reduce((acc, c) => acc + c.count, 0);
  const kpis: Kpis = {
    totalAR: total,
    currentAR,
    percentCurrent: total !== 0 ? currentAR / total : 0,
    overdueAR: total - currentAR,
    arByBucket,
    weightedAvgDaysPastDue: sum("weight") > 0 ? sum("weighted") / sum("weight") : 0,
    top10Share: rows.customers.positive > 0 ? rows.customers.top / rows.customers.positive : 0,
    customers: rows.customers.customers,
    openInvoices: sum("count"),
    creditItems: sum("credits"),
    creditBalance: sum("credit_balance"),
    notYetIssued,
  };
  const currencies: CurrencyLine[] = rows.currencies.map((c) => ({
    currency: c.currency || "(none)",
    totalAR: c.total,
    overdueAR: c.overdue,
    count: c.count,
  }));
  return {
    buckets,
    segments: lines,
    total: { ...figures(counted, total), byBucket: totalByBucket },
    kpis,
    currencies: currencies.length < 2 ? [] : currencies.sort((x, y) => x.currency.localeCompare(y.currency)),
    asOf,
    // Rows segmented, those not yet issued included (they are in no total), as the engine counts them.
    rowCount: counted + notYetIssued,
  };
}
