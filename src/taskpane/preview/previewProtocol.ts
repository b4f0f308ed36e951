import type { CheckRequest, CheckResult } from "../checkRules/checkTypes";
import type { PreviewData, PreviewRequest, PreviewResult } from "./previewTypes";

/** Messages from the pane to the preview worker. */
export type ToWorker =
  | { readonly type: "load"; readonly data: PreviewData }
  | { readonly type: "run"; readonly id: number; readonly request: PreviewRequest }
  | { readonly type: "check"; readonly id: number; readonly request: CheckRequest };

/** The worker's answer to one run, or to one check. */
export type FromWorker = { readonly id: number; readonly result: PreviewResult } | { readonly id: number; readonly check: CheckResult };
