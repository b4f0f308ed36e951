import type { FromWorker, ToWorker } from "./previewProtocol";
import type { CheckResult } from "../checkRules/checkTypes";
import type { PreviewRequest, PreviewResult, PreviewRunner } from "./previewTypes";

/** What the runner needs of a Worker, so tests can hand in a fake one. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  terminate(): void;
}

/**
 * Runs previews in a Web Worker. At most one run is in the worker and one
 * waits: a newer request replaces the waiting one (whose promise resolves
 * with `undefined`), so fast typing never queues up stale work.
 */
export function createWorkerRunner(worker: WorkerLike): PreviewRunner {
  let nextId = 1;
  let inFlight: { id: number; resolve: (result: PreviewResult | undefined) => void } | undefined;
  let waiting: { request: PreviewRequest; resolve: (result: PreviewResult | undefined) => void } | undefined;
  // Checks are asked for by a click, not by typing: each gets its answer, in any order.
  const checks = new Map<number, (result: CheckResult) => void>();

  const send = (request: PreviewRequest, resolve: (result: PreviewResult | undefined) => void): void => {
    const id = nextId++;
    inFlight = { id, resolve };
    worker.postMessage({ type: "run", id, request });
  };

  worker.onmessage = (event) => {
    const message = event.data;
    if ("check" in message) {
      checks.get(message.id)?.(message.check);
      checks.delete(message.id);
      return;
    }
    const { id, result } = message;
    if (!inFlight || inFlight.id !== id) return;
    inFlight.resolve(result);
    inFlight = undefined;
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      send(next.request, next.resolve);
    }
  };

  return {
    load(data) {
      worker.postMessage({ type: "load", data });
    },
    run(request) {
      return new Promise<PreviewResult | undefined>((resolve) => {
        if (!inFlight) return send(request, resolve);
        waiting?.resolve(undefined);
        waiting = { request, resolve };
      });
    },
    check(request) {
      return new Promise<CheckResult>((resolve) => {
        const id = nextId++;
        checks.set(id, resolve);
        worker.postMessage({ type: "check", id, request });
      });
    },
    dispose() {
      for (const resolve of checks.values()) resolve({ ok: false, message: "" });
      checks.clear();
      waiting?.resolve(undefined);
      inFlight?.resolve(undefined);
      worker.terminate();
    },
  };
}
