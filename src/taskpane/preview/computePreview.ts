import { describeIssue } from "../../engine/issues";
import { segment } from "../../engine/segment";
import type { PreviewData, PreviewRequest, PreviewResult, PreviewRow } from "./previewTypes";

/** Rows shown in the preview's sample table. */
export const SAMPLE_ROWS = 20;

/**
 * Segments the rows read from the sheet with a configuration and keeps what
 * the preview shows: figures per segment and the first rows' outcomes.
 *
 * @example
 * computePreview({ values, sheet: "AR", date1904: false, origin: { top: 0, left: 0 } }, { config, today: "2026-11-22" })
 * //=> { ok: true, segments: [{ segment: "Overdue", count: 3, balance: 4200, … }], sample: [ … ], … }
 */
export function computePreview(data: PreviewData, request: PreviewRequest): PreviewResult {
  const result = segment(data.values, {
    config: request.config,
    sheet: data.sheet,
    today: request.today,
    date1904: data.date1904,
    origin: data.origin,
    displayLanguage: request.displayLanguage,
  });
  if (!result.ok) return { ok: false, message: describeIssue(result.error) };
  const s = result.value;
  const sample: PreviewRow[] = [];
  for (let i = 0; i < Math.min(SAMPLE_ROWS, s.rowCount); i++) {
    const o = s.outcome(i);
    const source = s.sourceRow[i];
    sample.push({
      row: data.origin.top + source + 1,
      customer: o.customer,
      segment: o.segment,
      priority: o.priority,
      strategy: o.strategy,
      score: o.score,
      reason: o.reason,
    });
  }
  return {
    ok: true,
    asOf: s.asOf,
    rowCount: s.rowCount,
    excluded: s.excluded.length,
    segments: s.summary.segments.map(({ segment: name, priority, count, balance, share }) => ({
      segment: name,
      priority,
      count,
      balance,
      share,
    })),
    total: { count: s.summary.total.count, balance: s.summary.total.balance },
    sample,
    reading: s.reading,
  };
}
