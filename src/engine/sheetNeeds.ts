/**
 * What a configuration needs from a sheet, worked out once the header row is
 * known: the columns it requires, the other columns its rules test by header,
 * the text columns worth keeping, the day/month order of text dates, and where
 * an earlier run's own output columns stand.
 */
import type { CellValue } from "./cell";
import { synonymsOf } from "./columns";
import type { Condition, SegmentationConfig } from "./config/schema";
import { resolveConditionField, type ConditionFieldName } from "./conditionFields";
import { conditionFieldsOf } from "./expression";
import type { Field } from "./fields";
import type { EngineIssue } from "./issues";
import type { NumberField, TextField } from "./ledger/ledger";
import { resolveWhen } from "./model/when";
import { detectDateOrder, textOf } from "./parse";
import { DEFAULT_SCORE_CARD } from "./presets";
import { fail, ok, type Result } from "./result";
import { OUTPUT_HEADERS } from "./segmentation";
import { ALL_TEXTS } from "./messages";

/**
 * A header row with this add-in's own output block (Segment … Aging Bucket, from
 * an earlier run, in any language the product writes) blanked out, so it is
 * not taken for data, and where it stood.
 *
 * @example
 * hideOwnColumns(["Customer", "Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"])
 * //=> { visible: ["Customer", null, null, null, null, null, null], at: 1 }
 */
export function hideOwnColumns(cells: readonly CellValue[]): { readonly visible: readonly CellValue[]; readonly at: number | undefined } {
  const texts = cells.map((c) => textOf(c));
  const width = OUTPUT_HEADERS.length;
  for (let k = 0; k + width <= texts.length; k++) {
    if (ALL_TEXTS.some((t) => t.outputHeaders.every((h, j) => texts[k + j] === h))) {
      return { visible: cells.map((c, i) => (i >= k && i < k + width ? null : c)), at: k };
    }
  }
  return { visible: cells, at: undefined };
}

/** How many header names a "no such column" message shows: enough to see the idea, not a wall of forty. */
const TRIED_SHOWN = 8;

/**
 * The fields a run cannot do without, given what the sheet has: the open
 * balance (or the invoice amount); the aging basis (due date, or invoice date
 * with `agingBasis: "invoiceDate"`) or days past due, unless an aging
 * summary's buckets give the age; the customer at customer level. The one
 * place this is decided: the task pane's column list and every run ask here.
 *
 * @example requiredFields({ level: "customer", agingBasis: "dueDate" }, false)
 * //=> [["balance", "amount"], ["dueDate", "daysPastDue"], ["customer"]]
 */
export function requiredFields(
  config: Pick<SegmentationConfig, "level" | "agingBasis">,
  agedByBuckets: boolean,
): readonly (readonly Field[])[] {
  const basis = config.agingBasis === "invoiceDate" ? "invoiceDate" : "dueDate";
  const needs: Field[][] = [["balance", "amount"]];
  if (!agedByBuckets) needs.push([basis, "daysPastDue"]);
  if (config.level === "customer") needs.push(["customer"]);
  return needs;
}

/** The first required field the sheet lacks, with a few of the header names tried for it. */
export function missingField(
  columns: Partial<Record<Field, number>>,
  config: SegmentationConfig,
  agedByBuckets = false,
): { field: Field; tried: string[] } | undefined {
  for (const alternatives of requiredFields(config, agedByBuckets)) {
    if (alternatives.some((field) => columns[field] !== undefined)) continue;
    return { field: alternatives[0], tried: alternatives.flatMap((f) => synonymsOf(f).slice(0, TRIED_SHOWN / alternatives.length)) };
  }
  return undefined;
}

/** Every field name the configuration's conditions, score card and matrix read. */
export function fieldsNamed(config: SegmentationConfig): string[] {
  const names: string[] = (config.scoreCard ?? DEFAULT_SCORE_CARD).map((f) => f.field);
  const fromWhen = (when: string | Condition): void => {
    const condition = resolveWhen(when, "");
    if (condition.ok) names.push(...conditionFieldsOf(condition.value));
  };
  const model = config.model;
  switch (model.kind) {
    case "rules":
    case "points":
      model.rules.forEach((r) => fromWhen(r.when));
      break;
    case "matrix":
      names.push(model.risk.field, model.value.field);
      break;
    case "score":
      break;
  }
  return names;
}

/** Which text columns the configuration reads: only these are kept (currency always, for the summary). */
export function textsRead(config: SegmentationConfig): Set<TextField> {
  const keep = new Set<TextField>(["currency"]);
  for (const name of fieldsNamed(config)) {
    const field = resolveConditionField(name);
    const text = field === undefined ? undefined : TEXT_OF[field];
    if (text) keep.add(text);
  }
  return keep;
}

/**
 * Which number and date columns the configuration reads, so only those are
 * parsed: open balance (the amount when the sheet has no balance column),
 * aging basis, paid date and invoice date always (they make the Segment, the
 * aging bucket and the summary, and say what is not yet issued); the others when a rule, the score card or the matrix
 * reads a field built from them. A column not read is kept as found and never
 * checked, so a stray text in it stops nothing.
 */
export function numbersRead(config: SegmentationConfig, columns: Partial<Record<Field, number>>): Set<NumberField> {
  // The invoice date too: an invoice dated after the as-of date is not yet issued.
  const keep = new Set<NumberField>(["balance", "dueDate", "daysPastDue", "paidDate", "invoiceDate"]);
  if (columns.balance === undefined) keep.add("amount");
  if (config.agingBasis === "invoiceDate") keep.add("invoiceDate");
  for (const name of fieldsNamed(config)) {
    const field = resolveConditionField(name);
    for (const number of field === undefined ? [] : (NUMBERS_OF[field] ?? [])) keep.add(number);
  }
  return keep;
}

const PAYMENT_HISTORY: readonly NumberField[] = ["amount", "balance", "dueDate", "paidDate"];
const TENURE: readonly NumberField[] = ["customerSince", "invoiceDate"];
const PROMISES: readonly NumberField[] = ["promiseDate", "brokenPromises"];

/** Number columns a built-in field is made from, beyond the ones always read. */
const NUMBERS_OF: Partial<Record<ConditionFieldName, readonly NumberField[]>> = {
  Amount: ["amount"],
  InvoiceDate: ["invoiceDate"],
  CreditLimit: ["creditLimit"],
  CreditUse: ["creditLimit"],
  CreditScore: ["creditScore"],
  RiskLevel: ["creditScore"],
  PromiseDate: PROMISES,
  PromisePending: PROMISES,
  BrokenPromises: PROMISES,
  AvgDaysLate: PAYMENT_HISTORY,
  PaymentGrade: PAYMENT_HISTORY,
  ShareLate: PAYMENT_HISTORY,
  RecentLatePayments: PAYMENT_HISTORY,
  TenureMonths: TENURE,
  NewCustomer: TENURE,
};

const TEXT_OF: Partial<Record<ConditionFieldName, TextField>> = {
  Invoice: "invoice",
  Phone: "phone",
  Email: "email",
  Industry: "industry",
  Currency: "currency",
  RiskClass: "riskClass",
  RiskLevel: "riskClass",
};

/** The sheet columns that rules test by header (not built-in fields): header → column index. */
export function extraColumns(
  config: SegmentationConfig,
  kept: readonly number[],
  headers: readonly string[],
  sheet: string,
): Result<Map<string, number>, EngineIssue> {
  const extras = new Map<string, number>();
  for (const name of fieldsNamed(config)) {
    if (resolveConditionField(name)) continue;
    const wanted = name.trim().toLowerCase();
    const col = kept.find((k) => headers[k].trim().toLowerCase() === wanted) ?? headers.findIndex((h) => h.trim().toLowerCase() === wanted);
    if (col === undefined || col < 0) return fail({ kind: "unknownField", sheet, field: name, where: "The configuration" });
    extras.set(headers[col], col);
  }
  return ok(extras);
}

const DMY_HEADER_WORDS = /fecha|vencim|data|emis|factura|fatura|cliente|saldo|importe|monto|valor/i;

/** The day/month order of a sheet's text dates, and how it was decided. */
export interface DateOrderChoice {
  readonly order: "DMY" | "MDY" | "YMD";
  /** given: the configuration's `dateOrder`; detected: a date such as 31/03 settles it; assumed: no date settles it, so the headers' language decides. */
  readonly how: "given" | "detected" | "assumed";
  /** Some date is written as text with numbers only, so the order matters. */
  readonly matters: boolean;
}

const NUMERIC_DATE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

export function dateOrderOf(
  config: SegmentationConfig,
  rows: readonly (readonly CellValue[])[],
  columns: Partial<Record<Field, number>>,
  headers: readonly string[],
): DateOrderChoice {
  const samples: CellValue[] = [];
  for (const field of ["dueDate", "invoiceDate", "paidDate", "promiseDate", "customerSince"] as const) {
    const col = columns[field];
    if (col !== undefined) for (const row of rows) samples.push(row[col]);
  }
  const matters = samples.some((s) => typeof s === "string" && NUMERIC_DATE.test(s));
  if (config.dateOrder !== "auto") return { order: config.dateOrder, how: "given", matters };
  const detected = detectDateOrder(samples);
  if (detected) return { order: detected, how: "detected", matters };
  // Undecidable from the data (every day ≤ 12): Spanish and Portuguese sheets write day first.
  return { order: headers.some((h) => DMY_HEADER_WORDS.test(h)) ? "DMY" : "MDY", how: "assumed", matters };
}
