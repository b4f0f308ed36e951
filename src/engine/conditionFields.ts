/**
 * The names a rule can test, as a collector reads them. Row fields come from
 * the sheet; customer fields are aggregates over the customer's rows; at
 * customer level every row field is read at customer level (see README).
 * Any other column of the sheet can be tested by its header text.
 */
import { FIELD_ALIASES } from "./messages/fieldAliases";
import { ALL_TEXTS } from "./messages";

export type ConditionFieldType = "number" | "text" | "date" | "flag";

export interface ConditionFieldInfo {
  readonly type: ConditionFieldType;
  readonly description: string;
}

export const CONDITION_FIELDS = {
  Customer: { type: "text", description: "Customer name or account" },
  Invoice: { type: "text", description: "Invoice number" },
  Balance: { type: "number", description: "Open balance of the invoice (customer level: of the customer)" },
  Amount: { type: "number", description: "Original invoice amount" },
  InvoiceDate: { type: "date", description: "Invoice date" },
  DueDate: { type: "date", description: "Due date" },
  PaidDate: { type: "date", description: "Date paid" },
  DaysPastDue: { type: "number", description: "Days past due as of the as-of date (customer level: oldest open invoice)" },
  AgingBucket: { type: "text", description: "Aging bucket label such as Current, 1-30, 90+" },
  Paid: { type: "flag", description: "Paid on or before the as-of date, or zero open balance" },
  Credit: {
    type: "flag",
    description: "A credit owed to the customer: a negative open balance or a credit status (customer level: the customer's net balance)",
  },
  CreditLimit: { type: "number", description: "Credit limit" },
  CreditUse: { type: "number", description: "Customer open balance as a percentage of the credit limit" },
  CreditScore: { type: "number", description: "Credit score (higher is safer)" },
  RiskClass: { type: "text", description: "Risk class as written in the sheet" },
  RiskLevel: { type: "text", description: "Risk as Low, Medium or High, from risk class or credit score" },
  Disputed: { type: "flag", description: "In dispute (customer level: any open invoice disputed)" },
  PromiseDate: { type: "date", description: "Promise-to-pay date" },
  PromisePending: { type: "flag", description: "A promise to pay falls on or after the as-of date" },
  BrokenPromises: { type: "number", description: "Promises to pay not kept" },
  Phone: { type: "text", description: "Phone number" },
  Email: { type: "text", description: "E-mail address" },
  MissingContact: { type: "flag", description: "No phone and no e-mail on file (hard to contact)" },
  Industry: { type: "text", description: "Industry, sector or customer segment" },
  Currency: { type: "text", description: "Currency code" },
  CustomerBalance: { type: "number", description: "Customer's total open balance" },
  CustomerOverdue: { type: "number", description: "Customer's open balance past due" },
  OldestDaysPastDue: { type: "number", description: "Days past due of the customer's oldest open invoice" },
  OpenInvoices: { type: "number", description: "Number of the customer's open invoices" },
  DisputedAmount: { type: "number", description: "Customer's open balance in dispute" },
  PortfolioShare: { type: "number", description: "Customer's share of total open AR, in percent" },
  AvgDaysLate: { type: "number", description: "Amount-weighted average days late of the customer's invoices" },
  PaymentGrade: { type: "text", description: "A (≤30 days late), B (≤60), C (≤90), D (>90) or No history" },
  ShareLate: { type: "number", description: "Percentage of the customer's paid invoices paid after the due date" },
  RecentLatePayments: { type: "number", description: "Invoices paid late in the last N months (recentMonths)" },
  TenureMonths: { type: "number", description: "Months since the customer's first invoice or account opening" },
  NewCustomer: { type: "flag", description: "Customer for fewer than newCustomerMonths months" },
  Score: { type: "number", description: "Propensity-to-pay score 0-100 from the score card (higher pays sooner)" },
} as const satisfies Record<string, ConditionFieldInfo>;

export type ConditionFieldName = keyof typeof CONDITION_FIELDS;

/** Lower-case, accent-free, no spaces/underscores/hyphens: "Days past due" → "dayspastdue". */
export function conditionFieldKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

/**
 * Every name a rule may write for a built-in field, keyed: the English names,
 * then the Spanish and Portuguese ones (FIELD_ALIASES) and the words the task
 * pane shows ("Días de atraso"). A key two fields would share is left to the
 * English name that has it, or out: a name never means two fields.
 */
const BY_KEY: ReadonlyMap<string, ConditionFieldName> = (() => {
  const names = Object.keys(CONDITION_FIELDS) as ConditionFieldName[];
  const byKey = new Map<string, ConditionFieldName>(names.map((name) => [conditionFieldKey(name), name]));
  const english = new Set(byKey.keys());
  const clashes = new Set<string>();
  const add = (alias: string, field: ConditionFieldName): void => {
    const key = conditionFieldKey(alias);
    if (key === "" || english.has(key)) return;
    const held = byKey.get(key);
    if (held !== undefined && held !== field) clashes.add(key);
    else byKey.set(key, field);
  };
  for (const aliases of Object.values(FIELD_ALIASES)) for (const name of names) for (const alias of aliases[name]) add(alias, name);
  for (const texts of ALL_TEXTS) for (const name of names) add(texts.fieldLabels[name], name);
  for (const key of clashes) byKey.delete(key);
  return byKey;
})();

/**
 * Resolves a field name as a person may type it to the built-in field, or undefined.
 *
 * @example
 * resolveConditionField("days past due") //=> "DaysPastDue"
 */
export function resolveConditionField(name: string): ConditionFieldName | undefined {
  return BY_KEY.get(conditionFieldKey(name));
}
