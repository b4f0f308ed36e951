import type { Language } from "../engine/language";
import type { SegmentationConfig } from "../engine/config/schema";
import type { EngineIssue } from "../engine/issues";
import type { Summary } from "../engine/summary/types";
import type { ReadingReport } from "../engine/reading";
import type { ProgressSink } from "../workbook/port";
import type { CliOptions } from "./args";
import type { AtomicOutputs } from "./atomicOutput";

/** Everything one run of the command line works with, checked and resolved. */
export interface RunContext {
  readonly options: CliOptions;
  readonly input: string;
  readonly output: string;
  /** Size of the input in bytes, for progress. */
  readonly inputSize: number;
  /** The configuration named on the command line (overrides applied), or undefined: the workbook's saved one, else the default. */
  readonly config: SegmentationConfig | undefined;
  readonly today: string;
  readonly outputs: AtomicOutputs;
  readonly progress?: ProgressSink;
  /** The environment's language tag (LC_ALL, LC_MESSAGES, LANG): the run's language when neither the configuration nor the headers decide it. */
  readonly displayLanguage?: string;
}

/** What a successful run reports back to `main`. */
export interface RunOutcome {
  /** The sheet (or csv file name) segmented. */
  readonly sheet: string;
  readonly rows: number;
  readonly summary: Summary;
  /** What the run read and every guess it made. */
  readonly reading: ReadingReport;
  /** Rows skipped with --skip-bad-rows, one issue each. */
  readonly skipped: readonly EngineIssue[];
  /** The language the run wrote in: the summary table and messages after the run use it too. */
  readonly language: Language;
}
