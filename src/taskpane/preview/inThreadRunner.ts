import { computeCheck } from "../checkRules/computeCheck";
import { computePreview } from "./computePreview";
import type { PreviewData, PreviewRequest, PreviewResult, PreviewRunner } from "./previewTypes";

/**
 * Runs previews on the pane's own thread, after yielding once so a burst of
 * edits can render first. Used in tests and where Web Workers are missing.
 */
export function createInThreadRunner(): PreviewRunner {
  let data: PreviewData | undefined;
  return {
    load(next) {
      data = next;
    },
    run(request: PreviewRequest): Promise<PreviewResult | undefined> {
      return new Promise((resolve) => {
        setTimeout(() => resolve(data ? computePreview(data, request) : { ok: false, message: "" }), 0);
      });
    },
    check(request) {
      return new Promise((resolve) => {
        setTimeout(() => resolve(data ? computeCheck(data, request) : { ok: false, message: "" }), 0);
      });
    },
    dispose() {
      data = undefined;
    },
  };
}
