/**
 * The Backtest sheet, laid out once for every face (see sheetPlan.ts): how
 * well the priority ranked (AUC, calls not needed, what was paid), the pooled
 * table per segment, the lift table with its chart, each snapshot, each
 * snapshot by segment, and what the figures mean. Every word comes from the
 * run's language (`BacktestTexts`).
 */
import type { BacktestResult } from "../engine/backtest/backtest";
import type { SegmentOutcome } from "../engine/backtest/segmentTally";
import type { BacktestTexts } from "../engine/messages/backtestTypes";
import { serialFromIso } from "../engine/parse";
import { PLAN_FORMATS as F, PlanBuilder, type PlanChart, type PlanValue, type SheetPlan } from "./sheetPlan";

export interface BacktestSheetInput {
  readonly result: BacktestResult;
  /** The configuration, as the sheet names it. */
  readonly policy: string;
  /** The sheet (or file) the ledger was read from. */
  readonly sheet: string;
  readonly texts: BacktestTexts;
}

/** Rows a chart beside a lift table takes, from the table's header row. */
export const CHART_ROWS = 18;
/** The column the lift chart starts in, right of the lift table. */
const CHART_COLUMN = 6;
const CHART_COLUMNS = 8;

const WIDTHS = [34, 16, 16, 16, 16, 16, 16, 18, 18, 16, 16, 16];

/**
 * The Backtest sheet's plan.
 *
 * @example
 * backtestPlan({ result, policy: "Aging", sheet: "AR", texts: textsFor("en").backtest }).rows[0].cells //=> ["Backtest: does the priority …"]
 */
export function backtestPlan(input: BacktestSheetInput): SheetPlan {
  const { result, texts } = input;
  const b = new PlanBuilder();
  const first = result.snapshots[0]?.asOf ?? "";
  const last = result.snapshots[result.snapshots.length - 1]?.asOf ?? "";
  b.line(texts.title, "title");
  b.line(
    texts.headline({
      policy: input.policy,
      sheet: input.sheet,
      snapshots: result.snapshots.length,
      first,
      last,
      horizonDays: result.horizonDays,
      historyEnd: result.historyEnd,
    }),
  );
  b.blank();
  rankingLines(b, result, texts);
  b.blank();
  b.line(texts.pooledHeading, "heading");
  outcomeTable(b, result.overall.segments, texts, result.horizonDays);
  b.blank();
  b.line(texts.liftHeading, "heading");
  liftTable(
    b,
    [texts.lift.worked, texts.lift.found, texts.lift.random, texts.lift.lift],
    result.overall.lift.map((p) => [texts.liftStep(p.openShare), p.neededShare, p.openShare, p.lift]),
    [undefined, F.share, F.share, F.ratio],
    texts,
    2,
  );
  b.blank();
  b.line(texts.snapshotsHeading, "heading");
  snapshotTable(b, result, texts);
  b.blank();
  b.line(texts.snapshotSegmentsHeading, "heading");
  const date = texts.dateFormat;
  const c = texts.columns;
  const header = [c.snapshot, ...outcomeHeader(texts, result.horizonDays)];
  const body = result.snapshots.flatMap((s) => s.segments.map((line) => [serialOf(s.asOf), ...outcomeCells(line, texts)]));
  b.table(header, body, [date, ...OUTCOME_FORMATS]);
  b.blank();
  notesLines(b, texts.notesHeading, texts.notes(result.horizonDays, result.overall.personCalls.windowDays));
  return b.plan(WIDTHS);
}

/** AUC, calls not needed and the balance paid within the horizon: a label, a figure, the figure in words. */
export function rankingLines(b: PlanBuilder, result: BacktestResult, texts: BacktestTexts): void {
  const { auc, personCalls } = result.overall;
  const total = totals(result.overall.segments);
  b.line(texts.rankingHeading, "heading");
  b.row([texts.auc, auc, texts.aucWords(auc)], [undefined, F.decimal]);
  b.row([texts.unneededCalls, personCalls.share, texts.callWords(personCalls)], [undefined, F.percent]);
  b.row(
    [texts.paidWithin(result.horizonDays), total.collectionRate, texts.paidWords(total.collectedBalance, total.openBalance)],
    [undefined, F.percent],
  );
}

const OUTCOME_FORMATS = [undefined, F.integer, F.count, F.money, F.count, F.money, F.percent, F.count, F.money];

function outcomeHeader(texts: BacktestTexts, horizonDays: number): string[] {
  const c = texts.columns;
  return [
    c.segment,
    c.priority,
    c.openInvoices,
    c.openBalance,
    texts.paidWithin(horizonDays),
    c.paidBalance,
    c.collectionRate,
    c.neededInvoices,
    c.neededBalance,
  ];
}

function outcomeCells(
  s: Omit<SegmentOutcome, "segment" | "priority">,
  texts: BacktestTexts,
  name?: string,
  priority?: PlanValue,
): PlanValue[] {
  return [
    name ?? (s as SegmentOutcome).segment,
    priority !== undefined ? priority : ((s as SegmentOutcome).priority ?? texts.noPriority),
    s.openInvoices,
    s.openBalance,
    s.collectedInvoices,
    s.collectedBalance,
    s.collectionRate,
    s.neededInvoices,
    s.neededBalance,
  ];
}

/** The segments' figures added up, with their collection rate. */
export function totals(segments: readonly SegmentOutcome[]): Omit<SegmentOutcome, "segment" | "priority"> {
  const sum = (key: "openInvoices" | "openBalance" | "collectedInvoices" | "collectedBalance" | "neededInvoices" | "neededBalance") =>
    segments.reduce((t, s) => t + s[key], 0);
  const openBalance = sum("openBalance");
  const collectedBalance = sum("collectedBalance");
  return {
    openInvoices: sum("openInvoices"),
    openBalance,
    collectedInvoices: sum("collectedInvoices"),
    collectedBalance,
    collectionRate: openBalance > 0 ? collectedBalance / openBalance : null,
    neededInvoices: sum("neededInvoices"),
    neededBalance: sum("neededBalance"),
  };
}

/** The per-segment table of outcomes, with a total line. */
export function outcomeTable(b: PlanBuilder, segments: readonly SegmentOutcome[], texts: BacktestTexts, horizonDays: number): void {
  b.table(
    outcomeHeader(texts, horizonDays),
    segments.map((s) => outcomeCells(s, texts)),
    OUTCOME_FORMATS,
    outcomeCells(totals(segments), texts, texts.total, null),
  );
}

/**
 * A lift table (category text first, then the chart's series, then other columns) and a line chart of
 * its first `series` value columns beside it; rows are added below it until the chart's bottom, so
 * nothing is drawn over.
 */
export function liftTable(
  b: PlanBuilder,
  header: readonly string[],
  body: readonly (readonly PlanValue[])[],
  formats: readonly (string | undefined)[],
  texts: BacktestTexts,
  series: number,
): void {
  const top = b.table(header, body, formats);
  const chart: PlanChart = {
    title: texts.chart.title,
    categoryAxis: texts.chart.categoryAxis,
    valueAxis: texts.chart.valueAxis,
    valueFormat: F.share,
    firstRow: top + 1,
    count: body.length,
    categoryColumn: 0,
    seriesColumns: Array.from({ length: series }, (_, k) => k + 1),
    referenceSeries: series - 1,
    valueMax: 1,
    place: { top, left: CHART_COLUMN, bottom: top + CHART_ROWS - 1, right: CHART_COLUMN + CHART_COLUMNS - 1 },
  };
  if (body.length > 0) b.charts.push(chart);
  while (body.length > 0 && b.next < chart.place.bottom + 1) b.blank();
}

/** One line per snapshot: the totals at that date and the rows left out. */
function snapshotTable(b: PlanBuilder, result: BacktestResult, texts: BacktestTexts): void {
  const c = texts.columns;
  const header = [
    c.snapshot,
    c.openInvoices,
    c.openBalance,
    texts.paidWithin(result.horizonDays),
    c.paidBalance,
    c.collectionRate,
    c.neededInvoices,
    c.neededBalance,
    texts.leftOut.undated,
    texts.leftOut.paidOnUnknownDay,
    texts.leftOut.noAmount,
  ];
  const body = result.snapshots.map((s) => {
    const t = totals(s.segments);
    return [
      serialOf(s.asOf),
      t.openInvoices,
      t.openBalance,
      t.collectedInvoices,
      t.collectedBalance,
      t.collectionRate,
      t.neededInvoices,
      t.neededBalance,
      s.leftOut.undated,
      s.leftOut.paidOnUnknownDay,
      s.leftOut.noAmount,
    ];
  });
  b.table(header, body, [texts.dateFormat, F.count, F.money, F.count, F.money, F.percent, F.count, F.money, F.count, F.count, F.count]);
}

/** A heading and one sentence a line. */
export function notesLines(b: PlanBuilder, heading: string, notes: readonly string[]): void {
  b.line(heading, "heading");
  for (const note of notes) b.line(note);
}

/** A YYYY-MM-DD date as the day serial a date cell holds. */
export function serialOf(iso: string): number | string {
  return serialFromIso(iso) ?? iso;
}
