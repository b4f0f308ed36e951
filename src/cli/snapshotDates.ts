import { DEFAULT_HORIZON_DAYS } from "../engine/backtest/backtest";
import { datesEvery, MAX_SNAPSHOTS, type SnapshotStep } from "../engine/backtest/dates";
import { isValidYmd, serialFromIso } from "../engine/parse";
import { fail, ok, type Result } from "../engine/result";
import type { RunError, UsageError } from "../workbook/errors";

/** The options that choose snapshot dates and the horizon, as given. */
export interface ScheduleOptions {
  readonly dates?: string;
  readonly from?: string;
  readonly to?: string;
  readonly every?: string;
  readonly horizon?: string;
}

export interface Schedule {
  /** Day serials, in the order given. */
  readonly dates: readonly number[];
  readonly horizonDays: number;
}

/** A mistake in the options (a usage error) or in what they ask for (an engine issue). */
export type ScheduleProblem = { readonly usage: UsageError } | { readonly run: RunError };

/** The longest horizon and step accepted: ten years. */
const MAX_DAYS = 3650;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayOf(text: string, option: string): Result<number, ScheduleProblem> {
  const m = ISO.exec(text.trim());
  if (m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) return ok(serialFromIso(text.trim())!);
  return fail({ usage: { kind: "badValue", option, value: text, allowed: ["a date written YYYY-MM-DD"] } });
}

function daysOf(text: string, option: string, allowed: string): Result<number, ScheduleProblem> {
  const days = /^\d+$/.test(text) ? Number(text) : NaN;
  if (days >= 1 && days <= MAX_DAYS) return ok(days);
  return fail({ usage: { kind: "badValue", option, value: text, allowed: [allowed] } });
}

function stepOf(text: string): Result<SnapshotStep, ScheduleProblem> {
  const word = text.trim().toLowerCase();
  if (word === "month") return ok({ kind: "months", months: 1 });
  if (word === "quarter") return ok({ kind: "months", months: 3 });
  const days = /^(\d+)d$/.exec(word);
  const count = days ? daysOf(days[1], "--every", "") : undefined;
  if (count?.ok) return ok({ kind: "days", days: count.value });
  return fail({
    usage: {
      kind: "badValue",
      option: "--every",
      value: text,
      allowed: ["month", "quarter", `a number of days such as 14d (1d to ${MAX_DAYS}d)`],
    },
  });
}

/**
 * The snapshot dates and horizon of `--dates D1,D2,…` or `--from D --to D
 * [--every month|quarter|Nd]` (every month by default), and `--horizon DAYS`
 * (30 by default). `command` names the sub-command in messages; `required`
 * says whether dates must be given (a backtest) or may be absent (a compare).
 *
 * @example
 * scheduleOf({ from: "2013-01-31", to: "2013-03-31" }, "backtest", true)
 * //=> { ok: true, value: { dates: [41305, 41333, 41364], horizonDays: 30 } }
 */
export function scheduleOf(options: ScheduleOptions, command: string, required: boolean): Result<Schedule | undefined, ScheduleProblem> {
  const horizon =
    options.horizon === undefined
      ? ok(DEFAULT_HORIZON_DAYS)
      : daysOf(options.horizon, "--horizon", `a whole number of days from 1 to ${MAX_DAYS}`);
  if (!horizon.ok) return horizon;
  if (options.dates !== undefined) {
    for (const other of ["from", "to", "every"] as const) {
      if (options[other] !== undefined) return fail({ usage: { kind: "conflictingOptions", first: "--dates", second: `--${other}` } });
    }
    const dates: number[] = [];
    for (const text of options.dates.split(",").filter((t) => t.trim() !== "")) {
      const date = dayOf(text, "--dates");
      if (!date.ok) return date;
      dates.push(date.value);
    }
    if (dates.length > MAX_SNAPSHOTS)
      return fail({ run: { kind: "engine", issue: { kind: "tooManySnapshots", count: dates.length, limit: MAX_SNAPSHOTS } } });
    return ok({ dates, horizonDays: horizon.value });
  }
  if (options.from === undefined && options.to === undefined && options.every === undefined) {
    if (!required && options.horizon === undefined) return ok(undefined);
    return fail({ usage: { kind: "requiredOption", command, options: ["--dates D1,D2,…", "--from D --to D [--every month|quarter|Nd]"] } });
  }
  if (options.from === undefined || options.to === undefined) {
    return fail({
      usage: { kind: "requiredOption", command, options: [options.from === undefined ? "--from D with --to" : "--to D with --from"] },
    });
  }
  const from = dayOf(options.from, "--from");
  if (!from.ok) return from;
  const to = dayOf(options.to, "--to");
  if (!to.ok) return to;
  const step = stepOf(options.every ?? "month");
  if (!step.ok) return step;
  const dates = datesEvery(from.value, to.value, step.value, 100_000);
  if (dates.length === 0) return fail({ run: { kind: "engine", issue: { kind: "noSnapshotDates", from: options.from, to: options.to } } });
  if (dates.length > MAX_SNAPSHOTS) {
    return fail({ run: { kind: "engine", issue: { kind: "tooManySnapshots", count: dates.length, limit: MAX_SNAPSHOTS } } });
  }
  return ok({ dates, horizonDays: horizon.value });
}
