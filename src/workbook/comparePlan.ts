/**
 * The Compare sheet, laid out once for every face (see sheetPlan.ts): the
 * moves matrix (invoices, then open balance: A's segments down, B's across),
 * whose priority rose or fell, both backtests side by side when snapshot
 * dates were given (with one lift chart of both), the invoices whose
 * priority changes, largest open balance first, and what it all means.
 */
import type { BacktestResult } from "../engine/backtest/backtest";
import type { Comparison, Move } from "../engine/backtest/compare";
import type { PriorityChanges } from "../engine/backtest/priorityChanges";
import type { BacktestTexts } from "../engine/messages/backtestTypes";
import { liftTable, notesLines, outcomeTable, totals } from "./backtestPlan";
import { PLAN_FORMATS as F, PlanBuilder, type PlanValue, type SheetPlan } from "./sheetPlan";

export interface CompareSheetInput {
  readonly comparison: Comparison;
  readonly names: { readonly first: string; readonly second: string };
  readonly sheet: string;
  readonly changes: PriorityChanges;
  /** A changed invoice's row as the user finds it (the sheet row, the csv line). */
  readonly rowNumber: (sourceRow: number) => number;
  readonly backtests?: { readonly first: BacktestResult; readonly second: BacktestResult };
  readonly texts: BacktestTexts;
}

/** Invoices listed whose priority changes, at most (the largest open balances). */
export const CHANGES_SHOWN = 500;

const WIDTHS = [34, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18];

/**
 * The Compare sheet's plan.
 *
 * @example
 * comparePlan({ comparison, names: { first: "Aging", second: "Collections" }, sheet: "AR", changes, rowNumber: (r) => r + 1, texts }).rows[0].cells
 * //=> ["Compare: Aging (A) and Collections (B)"]
 */
export function comparePlan(input: CompareSheetInput): SheetPlan {
  const { comparison, texts, names } = input;
  const t = texts.compare;
  const b = new PlanBuilder();
  b.line(t.title(names.first, names.second), "title");
  b.line(t.headline(input.sheet, comparison.asOf));
  b.blank();
  b.line(t.movesInvoices, "heading");
  movesMatrix(b, comparison.moves, texts, (m) => m.invoices, F.count);
  b.blank();
  b.line(t.movesBalance, "heading");
  movesMatrix(b, comparison.moves, texts, (m) => m.balance, F.money);
  b.blank();
  b.line(t.priorityHeading, "heading");
  const p = comparison.priority;
  b.table(
    ["", t.invoices, t.openBalance],
    [
      [t.rose, p.rose.invoices, p.rose.balance],
      [t.fell, p.fell.invoices, p.fell.balance],
      [t.same, p.same.invoices, p.same.balance],
    ],
    [undefined, F.count, F.money],
  );
  if (input.backtests) sideBySide(b, input.backtests, input.names, texts);
  b.blank();
  changesTable(b, input);
  b.blank();
  notesLines(b, texts.notesHeading, t.notes);
  return b.plan(WIDTHS);
}

/** A's segments down, B's across, one figure per pair, totals right and below. */
function movesMatrix(b: PlanBuilder, moves: readonly Move[], texts: BacktestTexts, figure: (m: Move) => number, format: string): void {
  const from = [...new Set(moves.map((m) => m.from))];
  const to = [...new Set(moves.map((m) => m.to))];
  const cell = new Map(moves.map((m) => [`${m.from}\u0000${m.to}`, figure(m)]));
  const formats = [undefined, ...to.map(() => format), format];
  const body = from.map((f) => {
    const values = to.map((x) => cell.get(`${f}\u0000${x}`) ?? null);
    return [f, ...values, values.reduce<number>((s, v) => s + (v ?? 0), 0)];
  });
  const columnTotals = to.map((x) => moves.filter((m) => m.to === x).reduce((s, m) => s + figure(m), 0));
  b.table([texts.compare.corner, ...to, texts.total], body, formats, [
    texts.total,
    ...columnTotals,
    columnTotals.reduce((s, v) => s + v, 0),
  ]);
}

/** Both backtests: the ranking figures for A and B, one lift table and chart, each side's pooled table. */
function sideBySide(
  b: PlanBuilder,
  backtests: { readonly first: BacktestResult; readonly second: BacktestResult },
  names: { readonly first: string; readonly second: string },
  texts: BacktestTexts,
): void {
  const { first, second } = backtests;
  const t = texts.compare;
  const n = first.snapshots.length;
  b.blank();
  b.line(t.sideBySide(n, first.snapshots[0]?.asOf ?? "", first.snapshots[n - 1]?.asOf ?? "", first.horizonDays), "heading");
  const rate = (r: BacktestResult) => totals(r.overall.segments).collectionRate;
  b.row(["", "A", "B"], undefined, "header");
  b.row([texts.auc, first.overall.auc, second.overall.auc], [undefined, F.decimal, F.decimal]);
  b.row([texts.unneededCalls, first.overall.personCalls.share, second.overall.personCalls.share], [undefined, F.percent, F.percent]);
  b.row([texts.paidWithin(first.horizonDays), rate(first), rate(second)], [undefined, F.percent, F.percent]);
  b.row(["A", texts.aucWords(first.overall.auc)]);
  b.row(["B", texts.aucWords(second.overall.auc)]);
  b.blank();
  b.line(texts.liftHeading, "heading");
  const body: PlanValue[][] = first.overall.lift.map((p, k) => {
    const q = second.overall.lift[k];
    return [texts.liftStep(p.openShare), p.neededShare, q?.neededShare ?? null, p.openShare, p.lift, q?.lift ?? null];
  });
  liftTable(
    b,
    [texts.lift.worked, t.found("A"), t.found("B"), texts.lift.random, t.liftOf("A"), t.liftOf("B")],
    body,
    [undefined, F.share, F.share, F.share, F.ratio, F.ratio],
    texts,
    3,
  );
  b.blank();
  b.line(t.pooledOf("A", names.first), "heading");
  outcomeTable(b, first.overall.segments, texts, first.horizonDays);
  b.blank();
  b.line(t.pooledOf("B", names.second), "heading");
  outcomeTable(b, second.overall.segments, texts, second.horizonDays);
}

/** The invoices whose priority changes, largest open balance first. */
function changesTable(b: PlanBuilder, input: CompareSheetInput): void {
  const t = input.texts.compare;
  const { rows, total } = input.changes;
  b.line(t.changesHeading(rows.length, total), "heading");
  if (rows.length === 0) {
    b.line(t.noChanges);
    return;
  }
  const c = t.changeColumns;
  const none = input.texts.noPriority;
  b.table(
    [c.row, c.customer, c.openBalance, c.daysPastDue, c.firstSegment, c.firstPriority, c.secondSegment, c.secondPriority, c.change],
    rows.map((r) => [
      input.rowNumber(r.sourceRow),
      r.customer,
      r.openBalance,
      r.daysPastDue,
      r.first.segment,
      r.first.priority ?? none,
      r.second.segment,
      r.second.priority ?? none,
      r.change === "rose" ? t.rose : t.fell,
    ]),
    [F.integer, undefined, F.money, F.integer, undefined, F.integer, undefined, F.integer],
  );
}
