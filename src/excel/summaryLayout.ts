/**
 * The cells of the summary sheet ("Segment Summary" in English) as plain blocks, in the run's language (values plus
 * number formats), computed from the engine's Summary. Pure: writeSummary.ts
 * places them.
 */
import { KPI_LINES, type KpiKind } from "../engine/summary/kpiLines";
import type { Summary } from "../engine/summary/types";
import type { ReadingReport } from "../engine/reading";
import { describeReading } from "../engine/readingText";
import type { RunTexts } from "../engine/messages";

export type SummaryCell = string | number;

export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly SummaryCell[])[];
  readonly formats: readonly (readonly string[])[];
}

const MONEY = "#,##0.00";
const PERCENT = "0.0%";
const COUNT = "0";
const DAYS = "0.0";
const GENERAL = "General";
const FORMAT_OF: Record<KpiKind, string> = { money: MONEY, percent: PERCENT, count: COUNT, days: DAYS };

function block(row: number, column: number, lines: readonly (readonly [SummaryCell, string][])[]): CellBlock {
  return {
    row,
    column,
    values: lines.map((line) => line.map(([v]) => v)),
    formats: lines.map((line) => line.map(([, f]) => f)),
  };
}

/** Title, as-of date, the KPIs, and one line per currency when there is more than one. */
export function kpiBlock(summary: Summary, row: number, column: number, texts: RunTexts): CellBlock {
  const t = texts.summary;
  const k = summary.kpis;
  const lines: [SummaryCell, string][][] = [
    [
      [t.title, GENERAL],
      ["", GENERAL],
    ],
    [
      [t.asOf, GENERAL],
      [summary.asOf, GENERAL],
    ],
    ...KPI_LINES.map((l): [SummaryCell, string][] => [
      [t.kpis[l.key], GENERAL],
      [k[l.key], FORMAT_OF[l.kind]],
    ]),
  ];
  if (summary.currencies.length > 1) {
    lines.push([
      ["", GENERAL],
      ["", GENERAL],
    ]);
    for (const c of summary.currencies) {
      lines.push([
        [t.totalARIn(c.currency), GENERAL],
        [c.totalAR, MONEY],
      ]);
      lines.push([
        [t.overdueARIn(c.currency), GENERAL],
        [c.overdueAR, MONEY],
      ]);
    }
  }
  return block(row, column, lines);
}

/** Segment and open balance, the chart's source. */
export function segmentBalanceBlock(summary: Summary, row: number, column: number, texts: RunTexts): CellBlock {
  const t = texts.summary;
  const lines: [SummaryCell, string][][] = [
    [
      [t.segment, GENERAL],
      [t.openBalance, GENERAL],
    ],
  ];
  for (const s of summary.segments)
    lines.push([
      [s.segment, GENERAL],
      [s.balance, MONEY],
    ]);
  return block(row, column, lines);
}

/** Segment × aging bucket: count, balance and share, with a total line (the summary without a PivotTable). */
export function plainSummaryBlock(summary: Summary, row: number, column: number, texts: RunTexts): CellBlock {
  const t = texts.summary;
  const header: [SummaryCell, string][] = [[t.segment, GENERAL]];
  for (const b of summary.buckets) header.push([t.bucketCount(b), GENERAL], [t.bucketBalance(b), GENERAL]);
  header.push([t.totalCount, GENERAL], [t.totalBalance, GENERAL], [t.shareOfAR, GENERAL]);
  const line = (label: string, f: Summary["total"]): [SummaryCell, string][] => [
    [label, GENERAL],
    ...f.byBucket.flatMap((x): [SummaryCell, string][] => [
      [x.count, COUNT],
      [x.balance, MONEY],
    ]),
    [f.count, COUNT],
    [f.balance, MONEY],
    [f.share, PERCENT],
  ];
  const lines = [header, ...summary.segments.map((s) => line(s.segment, s)), line(t.total, summary.total)];
  return block(row, column, lines);
}

/** Title "How the sheet was read", then one line per field and guess (see describeReading), in one column. */
export function readingBlock(reading: ReadingReport, row: number, column: number, texts: RunTexts): CellBlock {
  const lines: [SummaryCell, string][][] = [
    [[texts.summary.howRead, GENERAL]],
    ...describeReading(reading, true, texts.language).map((l): [SummaryCell, string][] => [[l.trim(), GENERAL]]),
  ];
  return block(row, column, lines);
}

export function blockRows(b: CellBlock): number {
  return b.values.length;
}
