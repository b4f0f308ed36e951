import { KPI_LINES, type KpiKind } from "../engine/summary/kpiLines";
import type { Summary } from "../engine/summary/types";
import { alignedTable, count, money, percent } from "./textTable";

/**
 * The summary printed on stdout after a run: one line per segment (priority,
 * count, open balance, share of total), a total line, then the KPIs. Columns
 * are aligned, amounts have thousands separators.
 *
 * @example
 * formatSummary(summary)
 * //=> "Segment          Priority  Invoices  Open balance   Share\n…"
 */
export function formatSummary(summary: Summary): string {
  const rows: string[][] = [["Segment", "Priority", "Rows", "Open balance", "Share"]];
  for (const s of summary.segments) {
    rows.push([s.segment, s.priority === null ? "-" : String(s.priority), count(s.count), money(s.balance), percent(s.share)]);
  }
  rows.push(["Total", "", count(summary.total.count), money(summary.total.balance), percent(summary.total.balance === 0 ? 0 : 1)]);
  const table = alignedTable(rows, true);

  const k = summary.kpis;
  const format: Record<KpiKind, (n: number) => string> = { money, percent, count, days: (n) => n.toFixed(1) };
  const kpis: [string, string][] = [
    ...KPI_LINES.map((l): [string, string] => [l.label, format[l.kind](k[l.key])]),
    ["As of", summary.asOf],
  ];
  const labelWidth = Math.max(...kpis.map(([label]) => label.length));
  const valueWidth = Math.max(...kpis.map(([, value]) => value.length));
  const kpiLines = kpis.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`);

  const currencyLines =
    summary.currencies.length > 1
      ? [
          "",
          "Open AR by currency",
          ...summary.currencies.map(
            (c) => `${c.currency.padEnd(labelWidth)}  ${money(c.totalAR).padStart(valueWidth)}  (overdue ${money(c.overdueAR)})`,
          ),
        ]
      : [];
  return [...table, "", ...kpiLines, ...currencyLines].join("\n") + "\n";
}
