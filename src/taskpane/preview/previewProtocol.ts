import type { PreviewData, PreviewRequest, PreviewResult } from "./previewTypes";

/** Messages from the pane to the preview worker. */
export type ToWorker =
  { readonly type: "load"; readonly data: PreviewData } | { readonly type: "run"; readonly id: number; readonly request: PreviewRequest };

/** The worker's answer to one run. */
export interface FromWorker {
  readonly id: number;
  readonly result: PreviewResult;
}
