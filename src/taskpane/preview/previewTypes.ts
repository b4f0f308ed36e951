import type { Grid } from "../../engine/cell";
import type { SegmentationConfig } from "../../engine/config/schema";
import type { ReadingReport } from "../../engine/reading";
import type { CheckRequest, CheckResult } from "../checkRules/checkTypes";

/** The rows read once from the sheet, which every preview run segments again. */
export interface PreviewData {
  readonly values: Grid;
  readonly sheet: string;
  readonly date1904: boolean;
  readonly origin: { readonly top: number; readonly left: number };
}

export interface PreviewRequest {
  readonly config: SegmentationConfig;
  readonly today: string;
  /** The pane's display language (a tag such as "es-MX"): the run's language when neither the configuration nor the headers decide it. */
  readonly displayLanguage?: string;
}

export interface PreviewSegment {
  readonly segment: string;
  readonly priority: number | null;
  readonly count: number;
  readonly balance: number;
  /** Share of total open AR, 0..1. */
  readonly share: number;
}

export interface PreviewRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly customer: string;
  readonly segment: string;
  readonly priority: number | null;
  readonly strategy: string;
  readonly score: number | null;
  readonly reason: string;
}

/** A preview as plain data, so it can cross from a Web Worker. */
export type PreviewResult =
  | {
      readonly ok: true;
      readonly asOf: string;
      readonly rowCount: number;
      readonly excluded: number;
      readonly segments: readonly PreviewSegment[];
      readonly total: { readonly count: number; readonly balance: number };
      readonly sample: readonly PreviewRow[];
      /** What the run read and every guess it made. */
      readonly reading: ReadingReport;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Runs previews somewhere: in this thread (tests, or no Worker) or in a Web
 * Worker. `load` hands over the sheet's rows once; `run` segments them with a
 * configuration.
 */
export interface PreviewRunner {
  load(data: PreviewData): void;
  /** The preview; undefined when a newer request superseded this one before it ran. */
  run(request: PreviewRequest): Promise<PreviewResult | undefined>;
  /** "Check the rules": backtests over the same rows (see computeCheck); absent where the runner cannot. */
  check?(request: CheckRequest): Promise<CheckResult>;
  dispose(): void;
}
