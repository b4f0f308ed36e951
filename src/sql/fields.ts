/**
 * The value a rule, the score card or the matrix reads for a field, as the
 * engine's accessors give it: row values at invoice level; at customer level
 * the customer's figures, and other row fields from its oldest open invoice.
 * Numbers are doubles (NULL when missing; dates as day serials, so comparisons
 * are the engine's), texts are never NULL ("" when blank), flags are booleans.
 */
import { BUCKET_SYNONYMS } from "../engine/model/accessors";
import { resolveConditionField, type ConditionFieldName } from "../engine/conditionFields";
import { GRADES } from "../engine/derive/derive";
import { RISK_LEVELS } from "../engine/derive/risk";
import type { CustomerFacts } from "./customers";
import type { RowFacts } from "./rows";

export type FieldValue =
  | { readonly kind: "number"; readonly sql: string; readonly date?: string }
  /** `labels`: every value the text can take (a computed label), so a test can be worked out per label. */
  | {
      readonly kind: "text";
      readonly sql: string;
      readonly labels?: readonly string[];
      /** Words a rule may write for a label, folded (the bucket words of every language), as the engine reads them. */
      readonly synonyms?: ReadonlyMap<string, string>;
    }
  | { readonly kind: "flag"; readonly sql: string };

/** Row fields that a customer-level rule reads from the customer's oldest open invoice. */
export const REPRESENTATIVE_FIELDS: ReadonlySet<ConditionFieldName> = new Set([
  "Invoice",
  "Amount",
  "InvoiceDate",
  "DueDate",
  "PaidDate",
  "CreditScore",
  "RiskClass",
  "PromiseDate",
  "Phone",
  "Email",
  "Industry",
  "Currency",
]);

/** True when a field name is read from the customer's oldest open invoice at customer level (a row field, or another column). */
export function readsRepresentative(name: string): boolean {
  const field = resolveConditionField(name);
  return field === undefined || REPRESENTATIVE_FIELDS.has(field);
}

export class Fields {
  constructor(
    readonly rows: RowFacts,
    readonly customers: CustomerFacts,
    readonly level: "invoice" | "customer",
    readonly newCustomerMonths: number,
    /** The score card's score of the row (or of its customer at customer level). */
    private readonly score: () => string,
  ) {}

  private get d() {
    return this.rows.reads.plan.d;
  }

  /** The value of a field as written in a rule; undefined when it is neither built in nor a column of the table. */
  value(name: string, wantsNumber: boolean): FieldValue | undefined {
    const field = resolveConditionField(name);
    if (field) return this.builtIn(field);
    const reads = this.rows.reads;
    const wanted = name.trim().toLowerCase();
    for (const [header, col] of reads.reading.extras) {
      if (header.trim().toLowerCase() !== wanted) continue;
      const value: FieldValue = wantsNumber
        ? { kind: "number", sql: reads.plan.col(`x_n_${col}`, () => reads.amountOf(col, "null")) }
        : { kind: "text", sql: reads.plan.col(`x_t_${col}`, () => reads.textOf(col)) };
      return this.fromRow(`x_${col}_${wantsNumber ? "n" : "t"}`, value);
    }
    return undefined;
  }

  /** At customer level, a row value read from the customer's oldest open invoice. */
  private fromRow(name: string, value: FieldValue): FieldValue {
    if (this.level === "invoice") return value;
    const rep = (sql: string) => this.customers.ofRepresentative(name, sql);
    switch (value.kind) {
      case "number":
        return { kind: "number", sql: rep(value.sql), date: value.date && this.customers.ofRepresentative(`${name}_date`, value.date) };
      case "text":
        return { kind: "text", sql: rep(value.sql), labels: value.labels };
      case "flag":
        return { kind: "flag", sql: rep(value.sql) };
    }
  }

  private number(sql: string | undefined): FieldValue {
    return { kind: "number", sql: sql ?? `CAST(NULL AS ${this.d.type("double")})` };
  }

  private dateValue(date: string | undefined): FieldValue {
    if (date === undefined) return { kind: "number", sql: `CAST(NULL AS ${this.d.type("double")})`, date: "CAST(NULL AS DATE)" };
    const serial = `CAST(${date} - DATE '1899-12-30' AS ${this.d.type("double")})`;
    return { kind: "number", sql: serial, date };
  }

  private text(sql: string | undefined): FieldValue {
    return { kind: "text", sql: sql ?? `CAST('' AS ${this.d.type("text")})` };
  }

  private builtIn(name: ConditionFieldName): FieldValue {
    const r = this.rows;
    const reads = r.reads;
    const c = this.customers;
    const customerLevel = this.level === "customer";
    const d = this.d;
    const rowField = (value: FieldValue) => this.fromRow(`f_${name}`, value);
    switch (name) {
      case "Customer":
        return { kind: "text", sql: reads.customer() };
      case "Invoice":
        return rowField(this.text(reads.text("invoice")));
      case "Balance":
        return this.number(customerLevel ? c.balance() : r.open());
      case "Amount":
        return rowField(this.number(reads.amount("amount")));
      case "InvoiceDate":
        return rowField(this.dateValue(reads.date("invoiceDate")));
      case "DueDate":
        return rowField(this.dateValue(reads.date("dueDate")));
      case "PaidDate":
        return rowField(this.dateValue(reads.date("paidDate")));
      case "DaysPastDue":
        return this.number(customerLevel ? c.oldestDpd() : r.dpd());
      case "AgingBucket": {
        const labels = [...r.labels, "Paid"];
        if (!customerLevel) return { kind: "text", sql: r.bucketLabel(r.bucket()), labels, synonyms: BUCKET_SYNONYMS };
        const index = r.bucketOf(`COALESCE(${c.oldestDpd()}, 0)`, `${c.openInvoices()} = 0`);
        return { kind: "text", sql: r.bucketLabel(index), labels, synonyms: BUCKET_SYNONYMS };
      }
      case "Paid":
        return { kind: "flag", sql: customerLevel ? `(${c.openInvoices()} = 0)` : r.paid() };
      case "Credit":
        return { kind: "flag", sql: customerLevel ? `(${c.balance()} < 0)` : r.credit() };
      case "CreditLimit": {
        const limit = reads.amount("creditLimit");
        return this.number(customerLevel || limit === undefined ? c.creditLimit() : limit);
      }
      case "CreditUse": {
        const b = c.balance();
        const l = c.creditLimit();
        const use = reads.plan.col(
          "c_credit_use",
          () =>
            `CASE WHEN ${l} IS NULL THEN NULL WHEN ${l} <> 0 THEN (${b} / ${l}) * 100 ` +
            `WHEN ${b} > 0 THEN ${d.infinity(false)} WHEN ${b} < 0 THEN ${d.infinity(true)} END`,
        );
        return this.number(use);
      }
      case "CreditScore":
        return rowField(this.number(reads.amount("creditScore")));
      case "RiskClass":
        return rowField(this.text(reads.text("riskClass")));
      case "RiskLevel":
        return { kind: "text", sql: r.riskLabel(customerLevel ? c.risk() : r.risk()), labels: [...RISK_LEVELS, ""] };
      case "Disputed":
        return { kind: "flag", sql: customerLevel ? c.anyDisputed() : reads.disputed() };
      case "PromiseDate":
        return rowField(this.dateValue(reads.date("promiseDate")));
      case "PromisePending":
        return { kind: "flag", sql: customerLevel ? c.promisePending() : r.promisePending() };
      case "BrokenPromises":
        return this.number(customerLevel ? c.broken() : r.broken());
      case "Phone":
        return rowField(this.text(reads.text("phone")));
      case "Email":
        return rowField(this.text(reads.text("email")));
      case "MissingContact":
        return { kind: "flag", sql: c.missingContact() };
      case "Industry":
        return rowField(this.text(reads.text("industry")));
      case "Currency":
        return rowField(this.text(reads.text("currency")));
      case "CustomerBalance":
        return this.number(c.balance());
      case "CustomerOverdue":
        return this.number(c.overdue());
      case "OldestDaysPastDue":
        return this.number(c.oldestDpd());
      case "OpenInvoices":
        return this.number(c.openInvoices());
      case "DisputedAmount":
        return this.number(c.disputedAmount());
      case "PortfolioShare":
        return this.number(`(${c.share()} * 100)`);
      case "AvgDaysLate":
        return this.number(c.avgDaysLate());
      case "PaymentGrade": {
        const a = c.avgDaysLate();
        const grade = `CASE WHEN ${a} IS NULL THEN ${d.text(GRADES[4])} WHEN ${a} <= 30 THEN 'A' WHEN ${a} <= 60 THEN 'B' WHEN ${a} <= 90 THEN 'C' ELSE 'D' END`;
        return { kind: "text", sql: reads.plan.col("c_grade", () => grade), labels: GRADES };
      }
      case "ShareLate":
        return this.number(c.shareLate());
      case "RecentLatePayments":
        return this.number(c.recentLate());
      case "TenureMonths":
        return this.number(c.tenureMonths());
      case "NewCustomer":
        return { kind: "flag", sql: `COALESCE(${c.tenureMonths()} < ${this.newCustomerMonths}, FALSE)` };
      case "Score":
        return this.number(this.score());
    }
  }
}
