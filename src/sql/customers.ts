/**
 * Customer facts as window aggregates over each customer's rows, the same
 * figures the engine's derive step works out: balances of the open rows, the
 * oldest open invoice, disputes, the portfolio share, credit limit, payment
 * behaviour (amount-weighted days late, share paid late, recent late
 * payments), tenure, contact and promises. Only the facts a configuration
 * reads are written.
 */
import { UNKNOWN_RISK } from "../engine/derive/risk";
import type { RowFacts } from "./rows";

/** Days in a month for tenure, as the engine counts them. */
const DAYS_PER_MONTH = "30.4375";

export class CustomerFacts {
  /** The ORDER BY that puts a customer's oldest open invoice first (the engine's representative row), when the row order is known. */
  readonly representativeOrder: string | undefined;

  constructor(
    readonly rows: RowFacts,
    /** The column giving the row order, when one is named. */
    orderColumn: string | undefined,
  ) {
    const r = rows;
    this.representativeOrder =
      orderColumn === undefined
        ? undefined
        : `${r.included()} DESC, ${r.openRow()} DESC, CASE WHEN ${r.openRow()} THEN ${r.dpd()} END DESC NULLS LAST, ${rows.reads.plan.table(orderColumn)} ASC`;
  }

  private get plan() {
    return this.rows.reads.plan;
  }
  private get d() {
    return this.rows.reads.plan.d;
  }

  /** An aggregate call over the row's customer, `wrap`ped (a COALESCE, a comparison) outside the window. */
  private over(name: string, aggregate: () => string, wrap: (window: string) => string = (w) => w): string {
    return this.plan.col(`c_${name}`, () => wrap(`${aggregate()} OVER (PARTITION BY ${this.rows.reads.customer()})`), "customer");
  }

  private dbl(x: string): string {
    return `CAST(${x} AS ${this.d.type("double")})`;
  }

  /** The customer's open balance. */
  balance(): string {
    const r = this.rows;
    return this.over(
      "balance",
      () => `SUM(CASE WHEN ${r.openRow()} THEN ${r.open()} END)`,
      (w) => `COALESCE(${w}, 0)`,
    );
  }

  overdue(): string {
    const r = this.rows;
    return this.over(
      "overdue",
      () => `SUM(CASE WHEN ${r.openRow()} AND ${r.dpd()} > 0 THEN ${r.open()} END)`,
      (w) => `COALESCE(${w}, 0)`,
    );
  }

  /** Days past due of the oldest open invoice (NULL when none is known). */
  oldestDpd(): string {
    const r = this.rows;
    return this.over("oldest_dpd", () => `MAX(CASE WHEN ${r.openRow()} THEN ${r.dpd()} END)`);
  }

  openInvoices(): string {
    const r = this.rows;
    return this.over(
      "open_invoices",
      () => `SUM(CASE WHEN ${r.openRow()} THEN 1 ELSE 0 END)`,
      (w) => this.dbl(w),
    );
  }

  disputedAmount(): string {
    const r = this.rows;
    return this.over(
      "disputed_amount",
      () => `SUM(CASE WHEN ${r.openRow()} AND ${r.reads.disputed()} THEN ${r.open()} END)`,
      (w) => `COALESCE(${w}, 0)`,
    );
  }

  anyDisputed(): string {
    const r = this.rows;
    return this.over(
      "any_disputed",
      () => `MAX(CASE WHEN ${r.openRow()} AND ${r.reads.disputed()} THEN 1 ELSE 0 END)`,
      (w) => `(${w} = 1)`,
    );
  }

  /** The whole portfolio's open balance. */
  totalOpen(): string {
    const r = this.rows;
    return this.plan.col("total_open", () => `COALESCE(SUM(CASE WHEN ${r.live()} THEN ${r.open()} END) OVER (), 0)`);
  }

  /** The customer's share of the portfolio, 0..1. */
  share(): string {
    return this.plan.col("c_share", () => {
      const t = this.totalOpen();
      return `CASE WHEN ${t} <> 0 THEN ${this.balance()} / ${t} ELSE CAST(0 AS ${this.d.type("double")}) END`;
    });
  }

  /** The highest credit limit on the customer's rows. */
  creditLimit(): string {
    const r = this.rows;
    const limit = r.reads.amount("creditLimit");
    return limit === undefined
      ? `CAST(NULL AS ${this.d.type("double")})`
      : this.over("credit_limit", () => `MAX(CASE WHEN ${r.live()} THEN ${limit} END)`);
  }

  /** Whether a live row counts toward payment behaviour, its days late and its weight. */
  private lateness(): { counted: string; settled: string; late: string } | undefined {
    const r = this.rows;
    const reads = r.reads;
    const due = reads.date("dueDate");
    if (due === undefined) return undefined;
    const pd = reads.date("paidDate");
    const asOf = r.asOf.date;
    const settled = pd === undefined ? "FALSE" : this.plan.col("settled", () => `COALESCE(${pd} <= ${asOf}, FALSE)`);
    const counted = this.plan.col("late_counted", () => {
      const unknownPayment = pd === undefined ? `(NOT ${settled} AND ${r.paid()})` : `(NOT ${settled} AND ${pd} IS NULL AND ${r.paid()})`;
      return `(${r.live()} AND ${due} IS NOT NULL AND (${settled} OR ${asOf} >= ${due}) AND NOT ${unknownPayment})`;
    });
    const late = this.plan.col("late_days", () => {
      const until = pd === undefined ? asOf : `CASE WHEN ${settled} THEN ${pd} ELSE ${asOf} END`;
      return `GREATEST(${this.dbl(`${until} - ${due}`)}, 0)`;
    });
    return { counted, settled, late };
  }

  /** Amount-weighted average days late (NULL: no history). */
  avgDaysLate(): string {
    const lateness = this.lateness();
    if (!lateness) return `CAST(NULL AS ${this.d.type("double")})`;
    const { counted, late } = lateness;
    return this.plan.col("c_avg_days_late", () => {
      const reads = this.rows.reads;
      const amount = reads.amount("amount");
      const balance = reads.amount("balance");
      const weight = this.plan.col("late_weight", () => {
        const parts = [amount, balance].filter((x): x is string => x !== undefined);
        const abs = parts.map((x) => `WHEN ${x} IS NOT NULL THEN abs(${x})`).join(" ");
        return parts.length === 0 ? this.dbl("0") : `CASE ${abs} ELSE 0 END`;
      });
      const weighted = this.over("late_weighted", () => `SUM(CASE WHEN ${counted} THEN ${weight} * ${late} ELSE 0 END)`);
      const weights = this.over("late_weights", () => `SUM(CASE WHEN ${counted} THEN ${weight} ELSE 0 END)`);
      const sum = this.over("late_sum", () => `SUM(CASE WHEN ${counted} THEN ${late} ELSE 0 END)`);
      const count = this.over("late_count", () => `SUM(CASE WHEN ${counted} THEN 1 ELSE 0 END)`);
      return `CASE WHEN ${count} > 0 THEN CASE WHEN ${weights} > 0 THEN ${weighted} / ${weights} ELSE ${sum} / ${this.dbl(count)} END END`;
    });
  }

  /** Percentage of the customer's paid invoices paid late (NULL when none paid). */
  shareLate(): string {
    const lateness = this.lateness();
    if (!lateness) return `CAST(NULL AS ${this.d.type("double")})`;
    const { counted, settled, late } = lateness;
    return this.plan.col("c_share_late", () => {
      const paid = this.over("paid_count", () => `SUM(CASE WHEN ${counted} AND ${settled} THEN 1 ELSE 0 END)`);
      const paidLate = this.over("paid_late", () => `SUM(CASE WHEN ${counted} AND ${settled} AND ${late} > 0 THEN 1 ELSE 0 END)`);
      return `CASE WHEN ${paid} > 0 THEN (${this.dbl(paidLate)} / ${this.dbl(paid)}) * 100 END`;
    });
  }

  /** Invoices paid late since the start of the recent window. */
  recentLate(): string {
    const lateness = this.lateness();
    const pd = this.rows.reads.date("paidDate");
    if (!lateness || pd === undefined) return this.dbl("0");
    const { counted, settled, late } = lateness;
    return this.over(
      "recent_late",
      () => `SUM(CASE WHEN ${counted} AND ${settled} AND ${late} > 0 AND ${pd} >= ${this.rows.asOf.recentFrom} THEN 1 ELSE 0 END)`,
      (w) => this.dbl(w),
    );
  }

  /** Months since the customer's first invoice or account opening (NULL when unknown). */
  tenureMonths(): string {
    const r = this.rows;
    const since = r.reads.date("customerSince");
    const inv = r.reads.date("invoiceDate");
    const start = since !== undefined && inv !== undefined ? `COALESCE(${since}, ${inv})` : (since ?? inv);
    if (start === undefined) return `CAST(NULL AS ${this.d.type("double")})`;
    return this.plan.col("c_tenure", () => {
      const first = this.over("first_date", () => `MIN(CASE WHEN ${r.live()} THEN ${start} END)`);
      return `CASE WHEN ${first} IS NOT NULL THEN GREATEST(${this.dbl(`${r.asOf.date} - ${first}`)} / ${DAYS_PER_MONTH}, 0) END`;
    });
  }

  /** No phone and no e-mail on any of the customer's rows (false when the table has neither column). */
  missingContact(): string {
    const r = this.rows;
    const contact = r.reads.contact();
    if (contact === undefined) return "FALSE";
    return this.over(
      "missing_contact",
      () => `MAX(CASE WHEN ${r.live()} AND ${contact} THEN 1 ELSE 0 END)`,
      (w) => `(${w} = 0)`,
    );
  }

  promisePending(): string {
    const r = this.rows;
    return this.over(
      "promise_pending",
      () => `MAX(CASE WHEN ${r.live()} AND ${r.promisePending()} THEN 1 ELSE 0 END)`,
      (w) => `(${w} = 1)`,
    );
  }

  broken(): string {
    const r = this.rows;
    return this.over(
      "broken",
      () => `SUM(CASE WHEN ${r.live()} THEN ${r.broken()} END)`,
      (w) => `COALESCE(${w}, 0)`,
    );
  }

  /** The highest known risk level on the customer's rows. */
  risk(): string {
    const r = this.rows;
    return this.over(
      "risk",
      () => `MAX(CASE WHEN ${r.live()} AND ${r.risk()} < ${UNKNOWN_RISK} THEN ${r.risk()} END)`,
      (w) => `COALESCE(${w}, ${UNKNOWN_RISK})`,
    );
  }

  /** A value of the customer's oldest open invoice (the engine's representative row). */
  ofRepresentative(name: string, value: string): string {
    if (this.representativeOrder === undefined) throw new Error("the representative row needs the row order");
    const order = this.representativeOrder;
    return this.plan.col(
      `rep_${name}`,
      () => `FIRST_VALUE(${value}) OVER (PARTITION BY ${this.rows.reads.customer()} ORDER BY ${order})`,
      "representative",
    );
  }
}
