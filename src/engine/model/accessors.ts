import { ALL_TEXTS } from "../messages";
import { foldValue } from "./fold";
import type { CellValue } from "../cell";
import type { Level } from "../config/schema";
import { resolveConditionField, type ConditionFieldName } from "../conditionFields";
import { GRADES, gradeIndex, type Derived } from "../derive/derive";
import { RISK_LEVELS } from "../derive/risk";
import type { Ledger } from "../ledger/ledger";
import type { RunTexts } from "../messages/types";
import type { NumberArray, TextCodes } from "../ledger/columns";
import { parseAmountCell, textOf } from "../parse";
import { BLANK, INVALID } from "../cell";

/**
 * How a rule reads a field for one unit (a row at invoice level; the
 * customer's representative row at customer level). Numbers and dates are
 * numbers (NaN when missing; dates as day serials), texts are strings ("" when
 * missing), flags are 1 / 0.
 */
export type Accessor =
  | {
      readonly type: "number";
      readonly date: boolean;
      readonly get: (row: number) => number;
      /** The value is the same on every row of a customer (an aggregate), so it can be worked out once per customer. */
      readonly perCustomer?: boolean;
    }
  | {
      readonly type: "text";
      readonly get: (row: number) => string;
      /** Words a rule may write for one of the values, folded, each to the value the rows hold (the bucket words of every language). */
      readonly synonyms?: ReadonlyMap<string, string>;
    }
  | { readonly type: "flag"; readonly get: (row: number) => number };

export interface EvalContext {
  readonly ledger: Ledger;
  readonly derived: Derived;
  readonly level: Level;
  /** Propensity score (0-100) per ledger row at invoice level, per customer at customer level; filled before rules that test Score run. */
  readonly score: Uint8Array;
  /** A customer is new below this many months of tenure. */
  readonly newCustomerMonths: number;
  /** The words of the run's language, for Reasons. */
  readonly texts: RunTexts;
}

const NAN = () => NaN;
const EMPTY = () => "";

function numbers(values: NumberArray | undefined, date = false): Accessor {
  return values ? { type: "number", date, get: (i) => values[i] } : { type: "number", date, get: NAN };
}
function texts(column: TextCodes | undefined): Accessor {
  if (!column) return { type: "text", get: EMPTY };
  const { codes, dictionary } = column;
  return { type: "text", get: (i) => dictionary[codes[i]] };
}

/** The accessor of a built-in field, honouring the level. */
function builtIn(name: ConditionFieldName, ctx: EvalContext): Accessor {
  const { ledger, derived } = ctx;
  const c = derived.customers;
  const cust = ledger.customer;
  const nums = ledger.numbers;
  const customerLevel = ctx.level === "customer";
  const perCustomer = (arr: ArrayLike<number>): Accessor => ({ type: "number", date: false, get: (i) => arr[cust[i]], perCustomer: true });
  const customerFlag = (arr: ArrayLike<number>): Accessor => ({ type: "flag", get: (i) => arr[cust[i]] });
  const rowFlag = (arr: ArrayLike<number>): Accessor => ({ type: "flag", get: (i) => arr[i] });
  // Customer facts are worked out when first read (see derive.ts): read each array once, outside the per-row functions.
  switch (name) {
    case "Customer":
      return { type: "text", get: (i) => ledger.customerNames[cust[i]] };
    case "Invoice":
      return texts(ledger.texts.invoice);
    case "Balance":
      return customerLevel ? perCustomer(c.balance) : { type: "number", date: false, get: (i) => derived.open[i] };
    case "Amount":
      return numbers(nums.amount);
    case "InvoiceDate":
      return numbers(nums.invoiceDate, true);
    case "DueDate":
      return numbers(nums.dueDate, true);
    case "PaidDate":
      return numbers(nums.paidDate, true);
    case "DaysPastDue":
      return customerLevel ? perCustomer(c.oldestDpd) : { type: "number", date: false, get: (i) => derived.dpd[i] };
    case "AgingBucket": {
      const labels = [...derived.bucketLabels, "Paid"];
      const synonyms = BUCKET_SYNONYMS;
      if (!customerLevel) return { type: "text", get: (i) => labels[derived.bucket[i]], synonyms };
      const { openInvoices, representative } = c;
      const bucket = derived.bucket;
      return {
        type: "text",
        get: (i) => {
          const k = cust[i];
          return openInvoices[k] === 0 ? "Paid" : labels[bucket[representative[k]]];
        },
        synonyms,
      };
    }
    case "Paid": {
      if (!customerLevel) return rowFlag(derived.paid);
      const openInvoices = c.openInvoices;
      return { type: "flag", get: (i) => (openInvoices[cust[i]] === 0 ? 1 : 0) };
    }
    case "Credit": {
      if (!customerLevel) return rowFlag(derived.credit);
      const balance = c.balance;
      return { type: "flag", get: (i) => (balance[cust[i]] < 0 ? 1 : 0) };
    }
    case "CreditLimit":
      return customerLevel || !nums.creditLimit ? perCustomer(c.creditLimit) : numbers(nums.creditLimit);
    case "CreditUse": {
      const { balance, creditLimit } = c;
      return { type: "number", date: false, get: (i) => (balance[cust[i]] / creditLimit[cust[i]]) * 100 };
    }
    case "CreditScore":
      return numbers(nums.creditScore);
    case "RiskClass":
      return texts(ledger.texts.riskClass);
    case "RiskLevel": {
      const risk = customerLevel ? c.risk : derived.risk;
      return customerLevel
        ? { type: "text", get: (i) => RISK_LEVELS[risk[cust[i]]] ?? "" }
        : { type: "text", get: (i) => RISK_LEVELS[risk[i]] ?? "" };
    }
    case "Disputed":
      return customerLevel ? customerFlag(c.anyDisputed) : { type: "flag", get: (i) => ledger.disputed[i] };
    case "PromiseDate":
      return numbers(nums.promiseDate, true);
    case "PromisePending":
      return customerLevel ? customerFlag(c.promisePending) : rowFlag(derived.promisePending);
    case "BrokenPromises":
      return customerLevel ? perCustomer(c.broken) : numbers(derived.broken);
    case "Phone":
      return texts(ledger.texts.phone);
    case "Email":
      return texts(ledger.texts.email);
    case "MissingContact":
      return customerFlag(c.missingContact);
    case "Industry":
      return texts(ledger.texts.industry);
    case "Currency":
      return texts(ledger.texts.currency);
    case "CustomerBalance":
      return perCustomer(c.balance);
    case "CustomerOverdue":
      return perCustomer(c.overdue);
    case "OldestDaysPastDue":
      return perCustomer(c.oldestDpd);
    case "OpenInvoices":
      return perCustomer(c.openInvoices);
    case "DisputedAmount":
      return perCustomer(c.disputedAmount);
    case "PortfolioShare": {
      const share = c.share;
      return { type: "number", date: false, get: (i) => share[cust[i]] * 100 };
    }
    case "AvgDaysLate":
      return perCustomer(c.avgDaysLate);
    case "PaymentGrade": {
      const avgDaysLate = c.avgDaysLate;
      return { type: "text", get: (i) => GRADES[gradeIndex(avgDaysLate[cust[i]])] };
    }
    case "ShareLate":
      return perCustomer(c.shareLate);
    case "RecentLatePayments":
      return perCustomer(c.recentLate);
    case "TenureMonths":
      return perCustomer(c.tenureMonths);
    case "NewCustomer": {
      const tenureMonths = c.tenureMonths;
      return { type: "flag", get: (i) => (tenureMonths[cust[i]] < ctx.newCustomerMonths ? 1 : 0) };
    }
    case "Score":
      return customerLevel
        ? { type: "number", date: false, get: (i) => ctx.score[cust[i]] }
        : { type: "number", date: false, get: (i) => ctx.score[i] };
  }
}

/** An accessor for another column of the sheet, by its header. */
function extraColumn(values: readonly CellValue[], wantsNumber: boolean): Accessor {
  if (wantsNumber) {
    return {
      type: "number",
      date: false,
      get: (i) => {
        const v = parseAmountCell(values[i]);
        return v === BLANK || v === INVALID ? NaN : v;
      },
    };
  }
  return { type: "text", get: (i) => textOf(values[i]) };
}

/**
 * Finds the accessor for a field name as written in a rule: a built-in field,
 * or a column of the sheet by header. Undefined when neither.
 */
export function accessorFor(name: string, ctx: EvalContext, wantsNumber: boolean): Accessor | undefined {
  const field = resolveConditionField(name);
  if (field) return builtIn(field, ctx);
  const header = findExtra(name, ctx.ledger);
  return header === undefined ? undefined : extraColumn(ctx.ledger.extras.get(header)!, wantsNumber);
}

function findExtra(name: string, ledger: Ledger): string | undefined {
  const wanted = name.trim().toLowerCase();
  for (const header of ledger.extras.keys()) if (header.trim().toLowerCase() === wanted) return header;
  return undefined;
}

/** The bucket words of every language (Vigente, Em dia, Pagada, Paga …), folded, to the English labels the rows hold: a rule may write either. */
export const BUCKET_SYNONYMS: ReadonlyMap<string, string> = new Map(
  ALL_TEXTS.flatMap((t) => [
    [foldValue(t.buckets.current), "Current"],
    [foldValue(t.buckets.paid), "Paid"],
  ]),
);
