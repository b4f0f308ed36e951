import { lastMonthEnds } from "../../engine/backtest/dates";
import { compareSegmentations } from "../../engine/backtest/compare";
import { priorityChanges } from "../../engine/backtest/priorityChanges";
import { describeIssue } from "../../engine/issues";
import { textsFor } from "../../engine/messages";
import { isoFromSerial, serialFromIso } from "../../engine/parse";
import { createSessionReader } from "../../engine/session";
import { CHANGES_SHOWN } from "../../workbook/comparePlan";
import type { PreviewData } from "../preview/previewTypes";
import type { CheckRequest, CheckResult } from "./checkTypes";

/** Snapshot dates when none are asked for: the last six month-ends whose outcome the ledger holds. */
export const DEFAULT_SNAPSHOTS = 6;
/** The week "calls not needed" looks at: no snapshot may come closer than that to the history's end. */
const CALL_WEEK = 7;

/**
 * Backtests the rules over the rows the pane read (and, with `other`, the
 * other rules too, on the same dates, and where each invoice moves): what the
 * "Check the rules" section shows. Runs in the preview's worker.
 *
 * @example
 * computeCheck(data, { config, horizonDays: 30, today: "2026-11-22" })
 * //=> { ok: true, dates: ["2026-04-30", …, "2026-09-30"], backtest: { overall: { auc: 0.71, … } }, … }
 */
export function computeCheck(data: PreviewData, request: CheckRequest): CheckResult {
  const options = {
    sheet: data.sheet,
    today: request.today,
    date1904: data.date1904,
    origin: data.origin,
    displayLanguage: request.displayLanguage,
  };
  const reader = createSessionReader(
    { ...options, config: request.config, alsoFor: request.other ? [request.other] : [] },
    data.values.length,
  );
  reader.pushRows(data.values);
  const session = reader.finish();
  if (!session.ok) return { ok: false, message: describeIssue(session.error) };
  const s = session.value;
  let serials: number[];
  if (request.dates && request.dates.length > 0) {
    serials = [];
    for (const text of request.dates) {
      const serial = serialFromIso(text);
      if (serial === undefined)
        return { ok: false, message: textsFor(s.inItsLanguage(request.config).language).backtest.pane.badDate(text) };
      serials.push(serial);
    }
  } else serials = lastMonthEnds(s.read.ledger, DEFAULT_SNAPSHOTS, Math.max(request.horizonDays, CALL_WEEK));
  const dates = serials.map(isoFromSerial);
  const backtest = s.backtest(request.config, serials, request.horizonDays);
  if (!backtest.ok) return { ok: false, message: describeIssue(backtest.error) };
  const { language } = s.inItsLanguage(request.config);
  const base = { ok: true as const, dates, language, sheet: data.sheet, backtest: backtest.value };
  if (!request.other) return base;
  const theirs = s.backtest(request.other, serials, request.horizonDays);
  if (!theirs.ok) return { ok: false, message: describeIssue(theirs.error) };
  const both = s.segmentBoth(request.config, request.other);
  if (!both.ok) return { ok: false, message: describeIssue(both.error) };
  const changes = priorityChanges(both.value.first, both.value.second, CHANGES_SHOWN);
  return {
    ...base,
    other: {
      backtest: theirs.value,
      comparison: compareSegmentations(both.value.first, both.value.second),
      changes: { ...changes, rows: changes.rows.map((r) => ({ ...r, sourceRow: data.origin.top + r.sourceRow + 1 })) },
    },
  };
}
