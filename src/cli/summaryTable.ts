import type { Language } from "../engine/language";
import { textsFor } from "../engine/messages";
import { KPI_LINES, type KpiKind } from "../engine/summary/kpiLines";
import type { Summary } from "../engine/summary/types";
import { alignedTable } from "./textTable";

/**
 * The summary printed on stdout after a run: one line per segment (priority,
 * count, open balance, share of total), a total line, then the KPIs. Columns
 * are aligned; labels, numbers and the date are in the run's language.
 *
 * @example
 * formatSummary(summary)
 * //=> "Segment          Priority  Rows  Open balance   Share\n…"
 */
export function formatSummary(summary: Summary, language: Language = "en"): string {
  const texts = textsFor(language);
  const t = texts.summary;
  const f = texts.formats;
  const rows: string[][] = [[t.segment, t.priority, t.rows, t.openBalance, t.share]];
  for (const s of summary.segments) {
    rows.push([
      s.segment,
      s.priority === null ? t.noPriority : String(s.priority),
      f.count(s.count),
      f.money(s.balance),
      f.percent(s.share),
    ]);
  }
  rows.push([t.total, "", f.count(summary.total.count), f.money(summary.total.balance), f.percent(summary.total.balance === 0 ? 0 : 1)]);
  const table = alignedTable(rows, true);

  const k = summary.kpis;
  const format: Record<KpiKind, (n: number) => string> = { money: f.money, percent: f.percent, count: f.count, days: f.days };
  const kpis: [string, string][] = [
    ...KPI_LINES.map((l): [string, string] => [t.kpis[l.key], format[l.kind](k[l.key])]),
    [t.asOf, f.date(summary.asOf)],
  ];
  const labelWidth = Math.max(...kpis.map(([label]) => label.length));
  const valueWidth = Math.max(...kpis.map(([, value]) => value.length));
  const kpiLines = kpis.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`);

  const currencyLines =
    summary.currencies.length > 1
      ? [
          "",
          texts.cli.openARByCurrency,
          ...summary.currencies.map(
            (c) =>
              `${c.currency.padEnd(labelWidth)}  ${f.money(c.totalAR).padStart(valueWidth)}  ${texts.cli.overdue(f.money(c.overdueAR))}`,
          ),
        ]
      : [];
  return [...table, "", ...kpiLines, ...currencyLines].join("\n") + "\n";
}
