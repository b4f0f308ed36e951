import { assertNever, todayIso, type RowOutcome } from "../../engine";
import { agingBucket, daysPastDue, grade, type OutCell, type OutMatrix } from "./agingFunctions";
import type { ConfigSource } from "./configSource";
import { errorFor, type ErrorFactory } from "./problems";
import { segmentRows, type RowResult } from "./segmentRows";

/** The outcome column a row function returns. */
export type OutcomeColumn = "segment" | "priority" | "strategy" | "score" | "reason";

export interface FunctionLogicOptions<E> {
  /** The configuration the row functions segment with. */
  readonly config: ConfigSource;
  /**
   * Whether the workbook counts serial dates from 1904 (in Excel: read once and
   * cached, see configCache.ts). Absent: the 1900 system.
   */
  readonly date1904?: () => Promise<boolean>;
  /** Builds the host's error value; in Excel, a `CustomFunctions.Error`. */
  readonly errors: ErrorFactory<E>;
  /** Today as YYYY-MM-DD in the user's time zone; `todayIso()` unless a test fixes it. */
  readonly today?: () => string;
  /** Office's display language (a tag such as "es-MX"), when known: the results' language when neither the configuration nor the headers decide it. */
  readonly displayLanguage?: () => string | undefined;
}

/** A row function: (row, headers, [asOf], [address of row]) → one column, one cell per input row. */
export type RowFunction<E> = (row: unknown, headers: unknown, asOf?: unknown, rowAddress?: string) => Promise<OutMatrix<E>>;

export interface FunctionLogic<E> {
  readonly segment: RowFunction<E>;
  readonly priority: RowFunction<E>;
  readonly strategy: RowFunction<E>;
  readonly score: RowFunction<E>;
  readonly reason: RowFunction<E>;
  daysPastDue(dueDate: unknown, asOf?: unknown): Promise<OutMatrix<E>>;
  agingBucket(dueDate: unknown, asOf?: unknown, edges?: unknown): Promise<OutMatrix<E>>;
  grade(avgDaysLate: unknown): OutMatrix<E>;
}

/**
 * Every custom function's behaviour, free of Office: plain values in, plain
 * values (or the injected error values) out. `src/functions/functions.ts` only
 * wires these to Excel.
 *
 * @example
 * const fx = createFunctionLogic({ config: fixedConfigSource(config), errors: (code, message) => ({ code, message }) });
 * await fx.segment([["ACME", 1200, 46000]], [["Customer", "Amount", "Due date"]])
 * //=> [["Final notice / legal"]]
 */
export function createFunctionLogic<E>(options: FunctionLogicOptions<E>): FunctionLogic<E> {
  const { config, errors } = options;
  const today = options.today ?? (() => todayIso());
  const date1904 = options.date1904 ?? (async () => false);

  const rowFunction =
    (column: OutcomeColumn): RowFunction<E> =>
    async (row, headers, asOf, rowAddress) => {
      const [loaded, in1904] = await Promise.all([config.get(), date1904()]);
      if (!loaded.ok) return [[errorFor(loaded.error, errors)]];
      const displayLanguage = options.displayLanguage?.();
      const results = segmentRows({ row, headers, asOf, rowAddress, date1904: in1904, displayLanguage }, loaded.value, today());
      if (!results.ok) return [[errorFor(results.error, errors)]];
      return results.value.map((result) => [cellOf(result, column, errors)]);
    };

  return {
    segment: rowFunction("segment"),
    priority: rowFunction("priority"),
    strategy: rowFunction("strategy"),
    score: rowFunction("score"),
    reason: rowFunction("reason"),
    daysPastDue: async (dueDate, asOf) => daysPastDue(dueDate, asOf, today(), errors, await date1904()),
    agingBucket: async (dueDate, asOf, edges) => agingBucket(dueDate, asOf, edges, today(), errors, await date1904()),
    grade: (avgDaysLate) => grade(avgDaysLate, errors),
  };
}

function cellOf<E>(result: RowResult, column: OutcomeColumn, errors: ErrorFactory<E>): OutCell<E> {
  switch (result.kind) {
    case "outcome":
      return valueOf(result.outcome, column);
    case "blank":
      return "";
    case "problem":
      return errorFor(result.problem, errors);
    default:
      return assertNever(result);
  }
}

/** The cell value of one outcome column; a missing priority (paid) or score is an empty cell. */
export function valueOf(outcome: RowOutcome, column: OutcomeColumn): string | number {
  switch (column) {
    case "segment":
      return outcome.segment;
    case "priority":
      return outcome.priority ?? "";
    case "strategy":
      return outcome.strategy;
    case "score":
      return outcome.score === null || Number.isNaN(outcome.score) ? "" : outcome.score;
    case "reason":
      return outcome.reason;
    default:
      return assertNever(column);
  }
}
