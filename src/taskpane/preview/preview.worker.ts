/// <reference lib="webworker" />
/**
 * The preview's Web Worker: holds the sheet's rows (sent once) and segments
 * them with each configuration it is sent, so the pane stays responsive on
 * large sheets.
 */
import { computeCheck } from "../checkRules/computeCheck";
import { computePreview } from "./computePreview";
import type { FromWorker, ToWorker } from "./previewProtocol";
import type { PreviewData } from "./previewTypes";

let data: PreviewData | undefined;
const scope = self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case "load":
      data = message.data;
      break;
    case "run":
      scope.postMessage({ id: message.id, result: data ? computePreview(data, message.request) : { ok: false, message: "" } });
      break;
    case "check":
      scope.postMessage({ id: message.id, check: data ? computeCheck(data, message.request) : { ok: false, message: "" } });
      break;
  }
};
