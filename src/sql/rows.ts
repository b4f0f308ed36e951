/**
 * Each row as of the date, as the engine derives it (README "What is derived,
 * as of a date"): which rows are items at all (not blank, total or heading
 * lines), not yet issued, paid, open balance, credit, days past due, aging
 * bucket, promises and risk. Every expression here is one working column.
 */
import type { SegmentationConfig } from "../engine/config/schema";
import { bucketLabels, PAID_BUCKET } from "../engine/derive/buckets";
import { TOTAL_WORDS } from "../engine/columns/rowKinds";
import { CLASS_PREFIX, CLASS_WORDS, UNKNOWN_RISK, RISK_LEVELS } from "../engine/derive/risk";
import { STATUS } from "../engine/parse/status";
import { isText as isTextKind, type Reads } from "./reads";
import { foldText, inList } from "./text";

/**
 * The bucket labels, then Paid, as a run writes them in its language: the
 * first bucket (Current) and Paid in its words, the ranges ("1-30", "90+") as they are.
 *
 * @example bucketWords(["Current", "1-30", "30+"], es.buckets) //=> ["Vigente", "1-30", "30+", "Pagada"]
 */
export function bucketWords(labels: readonly string[], words: { readonly current: string; readonly paid: string }): string[] {
  return [words.current, ...labels.slice(1), words.paid];
}

/** The as-of date in the query: a DATE expression, its YYYY-MM-DD text, and the start of the "recent" window. */
export interface AsOf {
  readonly date: string;
  /** The date itself, YYYY-MM-DD, when the query is written for one date. */
  readonly iso?: string;
  readonly recentFrom: string;
}

export class RowFacts {
  readonly labels: readonly string[];

  constructor(
    readonly reads: Reads,
    readonly config: SegmentationConfig,
    readonly asOf: AsOf,
  ) {
    this.labels = bucketLabels(config.agingEdges);
  }

  private get plan() {
    return this.reads.plan;
  }
  private get d() {
    return this.reads.plan.d;
  }

  /** The open balance as the sheet gives it: the balance column, else the invoice amount. */
  balance(): string | undefined {
    return this.reads.amount("balance") ?? this.reads.amount("amount");
  }

  /** True for a row the engine segments: not blank, not a total line, not a section heading. */
  included(): string {
    return this.plan.col("included", () => {
      const r = this.reads;
      const money = ["balance", "amount"].flatMap((f) => {
        const c = r.column(f as "balance");
        return c === undefined ? [] : [`NOT ${r.blank(c)}`];
      });
      const hasMoney = money.length > 0 ? `(${money.join(" OR ")})` : "FALSE";
      // A heading (no money, no due date, no days past due) counts only where the table has a money column.
      const heading = money.length === 0 ? "FALSE" : `(${r.blankField("dueDate")} AND ${r.blankField("daysPastDue")})`;
      const blankRow = this.reads.table.columns.map((_, i) => r.blank(i)).join(" AND ");
      return `(NOT ${this.totalLine()} AND (${hasMoney} OR NOT (${blankRow} OR ${heading})))`;
    });
  }

  /** A total or subtotal line (see the engine's isTotalRow): labelled like a total, with no due date and no invoice number. */
  private totalLine(): string {
    return this.plan.col("total_line", () => {
      const r = this.reads;
      const dueBlank = r.blankField("dueDate");
      const invBlank = r.blankField("invoice");
      const customer = r.column("customer");
      const invoice = r.column("invoice");
      const textCols = r.table.columns.map((_, i) => i).filter((i) => isTextKind(r.kindOf(i)) || r.kindOf(i) === "unknown");
      const isText = (col: number | undefined) => col !== undefined && textCols.includes(col);
      const firstText =
        textCols.length === 0
          ? "FALSE"
          : `CASE ${textCols.map((i) => `WHEN NOT ${r.blank(i)} THEN ${this.readsTotal(i)}`).join(" ")} ELSE FALSE END`;
      const unlabelled =
        customer === undefined && invoice === undefined
          ? "FALSE"
          : `((NOT ${r.blankField("balance")} OR NOT ${r.blankField("amount")}) AND ${r.blankField("customer")} AND ${invBlank} AND ${r.blankField("invoiceDate")})`;
      const byCustomer = isText(customer) ? `WHEN ${this.readsTotal(customer!)} THEN ${invBlank} ` : "";
      const byInvoice = isText(invoice) ? `WHEN ${this.readsTotal(invoice!)} THEN TRUE ` : "";
      return `CASE WHEN NOT ${dueBlank} THEN FALSE ${byCustomer}${byInvoice}WHEN ${firstText} THEN ${invBlank} ELSE ${unlabelled} END`;
    });
  }

  /** Whether a text cell reads like a total ("Total", "Grand total ACME", "Totales:"); worked out only on rows with no due date. */
  private readsTotal(col: number): string {
    return this.plan.col(`total_word_${col}`, () => {
      const r = this.reads;
      const d = this.d;
      const words = [...TOTAL_WORDS].sort((a, b) => b.length - a.length).join("|");
      const f = foldText(d, r.textOf(col));
      return `CASE WHEN ${r.blankField("dueDate")} THEN (${d.matches(f, `^(${words})( |$)`)} OR ${d.matches(f, `(^| )(${words})$`)}) ELSE FALSE END`;
    });
  }

  /** Dated after the as-of date: not issued yet then. */
  notIssued(): string {
    return this.plan.col("not_issued", () => {
      const inv = this.reads.date("invoiceDate");
      return inv === undefined ? "FALSE" : `COALESCE(${inv} > ${this.asOf.date}, FALSE)`;
    });
  }

  /** A segmented row that exists as of the date. */
  live(): string {
    return this.plan.col("live", () => `(${this.included()} AND NOT ${this.notIssued()})`);
  }

  /** Live and not paid: counted in the customer's open figures. */
  openRow(): string {
    return this.plan.col("open_row", () => `(${this.live()} AND NOT ${this.paid()})`);
  }

  /** Days past due (double), NULL when unknown. */
  dpd(): string {
    return this.plan.col("dpd", () => {
      const r = this.reads;
      const basis =
        this.config.agingBasis === "invoiceDate" && r.column("invoiceDate") !== undefined ? r.date("invoiceDate") : r.date("dueDate");
      const given = r.whole("daysPastDue");
      const dbl = this.d.type("double");
      const fromBasis = basis === undefined ? undefined : `CAST(${this.asOf.date} - ${basis} AS ${dbl})`;
      if (fromBasis === undefined) return given ?? `CAST(NULL AS ${dbl})`;
      return given === undefined ? fromBasis : `CASE WHEN ${basis} IS NOT NULL THEN ${fromBasis} ELSE ${given} END`;
    });
  }

  /** Paid on or before the as-of date; with no paid date, a paid status or a zero balance. */
  paid(): string {
    return this.plan.col("paid", () => {
      const r = this.reads;
      const pd = r.date("paidDate");
      const b = this.balance();
      const hasStatus = r.column("status") !== undefined || r.column("documentType") !== undefined;
      const without = [hasStatus ? `${r.status()} = ${STATUS.paid}` : undefined, b === undefined ? undefined : `COALESCE(${b} = 0, FALSE)`]
        .filter((x) => x !== undefined)
        .join(" OR ");
      const noDate = without === "" ? "FALSE" : `(${without})`;
      const rule = pd === undefined ? noDate : `CASE WHEN ${pd} IS NOT NULL THEN ${pd} <= ${this.asOf.date} ELSE ${noDate} END`;
      return `(NOT ${this.notIssued()} AND ${rule})`;
    });
  }

  /** The open balance as of the date (0 when paid or not yet issued; negative for a credit). */
  open(): string {
    return this.plan.col("open", () => {
      const r = this.reads;
      const dbl = this.d.type("double");
      const b = this.balance();
      const paid = this.paid();
      const base = b === undefined ? `CAST(0 AS ${dbl})` : `CASE WHEN ${paid} OR ${b} IS NULL THEN CAST(0 AS ${dbl}) ELSE ${b} END`;
      const pd = r.date("paidDate");
      const amount = r.amount("amount");
      const withAmount =
        pd === undefined || amount === undefined
          ? base
          : `CASE WHEN NOT ${paid} AND (${base}) = 0 AND ${pd} IS NOT NULL AND ${amount} IS NOT NULL THEN ${amount} ELSE ${base} END`;
      const o = this.plan.col("open_amount", () => withAmount);
      const hasStatus = r.column("status") !== undefined || r.column("documentType") !== undefined;
      const credited = hasStatus ? `CASE WHEN NOT ${paid} AND ${r.status()} = ${STATUS.credit} AND ${o} > 0 THEN -${o} ELSE ${o} END` : o;
      return `CASE WHEN ${this.notIssued()} THEN CAST(0 AS ${dbl}) ELSE ${credited} END`;
    });
  }

  /** An open credit: a negative open balance. */
  credit(): string {
    return this.plan.col("credit", () => `(${this.open()} < 0)`);
  }

  /** The bucket index of the row: 0 (Current) … edges.length, or edges.length + 1 when paid or not yet issued. */
  bucket(): string {
    return this.plan.col("bucket", () => this.bucketOf(`COALESCE(${this.dpd()}, 0)`, `(${this.notIssued()} OR ${this.paid()})`));
  }

  /** The bucket index of a number of days past due. */
  bucketOf(days: string, paid: string): string {
    const edges = this.config.agingEdges;
    const whens = edges.map((e, k) => `WHEN ${days} <= ${e} THEN ${k}`).join(" ");
    return `CASE WHEN ${paid} THEN ${edges.length + 1} ${whens} ELSE ${edges.length} END`;
  }

  /**
   * The label of a bucket index, "Paid" for a paid row: as rules compare it,
   * or (`words`) as the output column writes it, with the language's words for
   * Current and Paid.
   */
  bucketLabel(index: string, words?: { readonly current: string; readonly paid: string }): string {
    const labels = words ? bucketWords(this.labels, words) : [...this.labels, PAID_BUCKET];
    return `CASE ${index} ${labels.map((l, k) => `WHEN ${k} THEN ${this.d.text(l)}`).join(" ")} END`;
  }

  /** A promise to pay on or after the as-of date, on an open row. */
  promisePending(): string {
    return this.plan.col("promise_pending", () => {
      const p = this.reads.date("promiseDate");
      return p === undefined ? "FALSE" : `(NOT ${this.notIssued()} AND NOT ${this.paid()} AND COALESCE(${p} >= ${this.asOf.date}, FALSE))`;
    });
  }

  /** Broken promises: the sheet's count plus a promise date passed on an open row. */
  broken(): string {
    return this.plan.col("broken", () => {
      const p = this.reads.date("promiseDate");
      const given = this.reads.whole("brokenPromises");
      const dbl = this.d.type("double");
      const passed = p === undefined ? "0" : `CASE WHEN NOT ${this.paid()} AND COALESCE(${p} < ${this.asOf.date}, FALSE) THEN 1 ELSE 0 END`;
      const count = given === undefined ? `CAST(${passed} AS ${dbl})` : `COALESCE(${given}, 0) + ${passed}`;
      return `CASE WHEN ${this.notIssued()} THEN CAST(0 AS ${dbl}) ELSE ${count} END`;
    });
  }

  /** Risk level index (0 Low, 1 Medium, 2 High, 3 unknown): from the risk class, else the credit score. */
  risk(): string {
    return this.plan.col("risk", () => {
      const d = this.d;
      const cls = this.reads.text("riskClass");
      const score = this.reads.amount("creditScore");
      const fromScore =
        score === undefined
          ? String(UNKNOWN_RISK)
          : this.plan.col("risk_score", () => {
              const pct = `CASE WHEN ${score} <= 1 THEN ${score} * 100 WHEN ${score} <= 100 THEN ${score} ELSE ((${score} - 300) / 550) * 100 END`;
              return `CASE WHEN ${score} IS NULL THEN ${UNKNOWN_RISK} WHEN ${pct} >= 70 THEN 0 WHEN ${pct} >= 40 THEN 1 ELSE 2 END`;
            });
      if (cls === undefined) return fromScore;
      const fromClass = this.plan.col("risk_word", () => d.replaceAll(foldText(d, cls), CLASS_PREFIX.source, ""));
      const byLevel = [0, 1, 2].map((level) => {
        const words = [...CLASS_WORDS].filter(([, l]) => l === level).map(([w]) => w);
        return `WHEN ${inList(d, fromClass, words)} THEN ${level}`;
      });
      return `CASE WHEN ${cls} = '' THEN ${fromScore} ${byLevel.join(" ")} ELSE ${fromScore} END`;
    });
  }

  /** The label of a risk level index ("" when unknown). */
  riskLabel(index: string): string {
    return `CASE ${index} ${RISK_LEVELS.map((l, k) => `WHEN ${k} THEN ${this.d.text(l)}`).join(" ")} ELSE '' END`;
  }
}
