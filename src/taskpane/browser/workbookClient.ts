import { fail, ok, type Result } from "../../engine/result";
import type { Segmentation } from "../../engine/segmentation";
import type { RunError, WorkbookError } from "../../workbook/errors";
import type { Progress, SheetRegion, WorkbookPort } from "../../workbook/port";
import type { RunReport, RunRequest } from "../../workbook/segmentWorkbook";
import type { PreviewRunner } from "../preview/previewTypes";
import { createWorkerRunner, type WorkerLike } from "../preview/workerRunner";
import { createWorkbookHost } from "./workbookHost";
import type { FromHost, HostAnswer, HostRequest, ToHost } from "./workbookProtocol";

/** A way to talk to the workbook host: a Web Worker, or the host on this thread. */
export interface HostChannel {
  post(message: ToHost): void;
  listen(take: (message: FromHost) => void): void;
  close(): void;
}

/** Progress of the page's own steps, besides a run's phases. */
export type PageProgress = Progress | { readonly phase: "opening" | "downloading"; readonly done: number; readonly total: number };

/**
 * The browser page's workbook, held by the host (a Web Worker): the port the
 * pane reads and saves settings through, a preview runner, and the run and
 * download the host performs. The pane's port gives the region's place and
 * first rows; the rows themselves stay with the host, which segments them.
 */
export interface RemoteWorkbook {
  readonly port: WorkbookPort;
  createRunner(): PreviewRunner;
  open(
    file: File,
    onProgress?: (progress: PageProgress) => void,
  ): Promise<Result<{ readonly fileName: string; readonly downloadName: string }, WorkbookError>>;
  run(request: RunRequest): Promise<Result<RunReport, RunError>>;
  download(onProgress?: (progress: PageProgress) => void): Promise<Result<Blob, WorkbookError>>;
  close(): void;
}

/** Calls the page never makes on its port: the host runs the segmentation itself (see `run`). */
class HostOnlyError extends Error {
  constructor(method: string) {
    super(`${method} runs in the workbook host, not on the page: use RemoteWorkbook.run`);
    this.name = "HostOnlyError";
  }
}

/** A run report whose segmentation stayed in the host: the pane reads the figures, never the rows. */
const SEGMENTATION_IN_HOST = new Proxy({} as Segmentation, {
  get: () => {
    throw new HostOnlyError("segmentation");
  },
});

/**
 * The page's side of the workbook host.
 *
 * @example
 * const workbook = connectWorkbook(workerChannel(new Worker(…)));
 * await workbook.open(file);
 * render(<Pane port={workbook.port} createRunner={workbook.createRunner} run={workbook.run} … />);
 */
export function connectWorkbook(channel: HostChannel): RemoteWorkbook {
  let next = 1;
  const waiting = new Map<number, { resolve: (answer: HostAnswer) => void; progress?: (progress: PageProgress) => void }>();
  channel.listen((message) => {
    const call = waiting.get(message.id);
    if (!call) return;
    if ("progress" in message) call.progress?.(message.progress);
    else {
      waiting.delete(message.id);
      call.resolve(message.answer);
    }
  });
  const ask = <T extends HostAnswer["type"]>(
    request: HostRequest,
    progress?: (progress: PageProgress) => void,
  ): Promise<Extract<HostAnswer, { type: T }>> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (answer: HostAnswer) => void, progress });
      channel.post({ id, request });
    });

  const port: WorkbookPort = {
    face: "xlsx",
    listSheets: async () => (await ask<"sheets">({ type: "listSheets" })).result,
    async readRegion(request, progress) {
      const read = (await ask<"region">({ type: "readRegion", sheet: request.sheet }, progress as (p: PageProgress) => void)).result;
      if (!read.ok) return read;
      const { place, head } = read.value;
      // The region's length and first rows; the others are holes, held by the host.
      const values: SheetRegion["values"][number][] = new Array(place.rowCount);
      head.forEach((row, i) => (values[i] = row));
      const { rowCount: _rows, ...where } = place;
      return ok({ ...where, values });
    },
    readRegionBlocks: () => Promise.reject(new HostOnlyError("readRegionBlocks")),
    findOccupied: () => Promise.reject(new HostOnlyError("findOccupied")),
    writeColumns: () => Promise.reject(new HostOnlyError("writeColumns")),
    writeSummary: () => Promise.reject(new HostOnlyError("writeSummary")),
    // The Backtest sheet goes into the workbook the host holds; the next download has it.
    writePlanSheet: async (write) => (await ask<"planSheet">({ type: "writePlanSheet", write })).result,
    loadSetting: async (key) => (await ask<"setting">({ type: "loadSetting", key })).result,
    saveSetting: async (key, value) => {
      const saved = (await ask<"setting">({ type: "saveSetting", key, value })).result;
      return saved.ok ? ok(undefined) : saved;
    },
  };

  return {
    port,
    createRunner() {
      const worker: WorkerLike = {
        onmessage: null,
        postMessage(message) {
          if (message.type === "check") {
            void ask<"checked">({ type: "check", request: message.request }).then(({ result }) =>
              worker.onmessage?.({ data: { id: message.id, check: result } } as MessageEvent),
            );
            return;
          }
          if (message.type !== "run") return;
          void ask<"preview">({ type: "preview", request: message.request }).then(({ result }) =>
            worker.onmessage?.({ data: { id: message.id, result } } as MessageEvent),
          );
        },
        terminate: () => undefined,
      };
      return createWorkerRunner(worker);
    },
    open: async (file, onProgress) => (await ask<"opened">({ type: "open", file }, onProgress)).result,
    async run({ onProgress, signal, ...request }) {
      signal?.addEventListener("abort", () => void ask({ type: "cancel" }));
      const applied = (await ask<"applied">({ type: "apply", request }, onProgress as (p: PageProgress) => void)).result;
      return applied.ok ? ok({ ...applied.value, segmentation: SEGMENTATION_IN_HOST }) : fail(applied.error);
    },
    download: async (onProgress) => (await ask<"saved">({ type: "save" }, onProgress)).result,
    close: () => channel.close(),
  };
}

/** The host on this thread (tests, or a page where Workers are unavailable). */
export function inThreadChannel(): HostChannel {
  let take: ((message: FromHost) => void) | undefined;
  // Answers go out on a later task, as a Worker's would.
  const handle = createWorkbookHost((message) => setTimeout(() => take?.(message), 0));
  return {
    post: (message) => void handle(message),
    listen: (listener) => {
      take = listener;
    },
    close: () => {
      take = undefined;
    },
  };
}

/** A channel over a Web Worker running `workbook.worker.ts`. */
export function workerChannel(worker: Worker): HostChannel {
  return {
    post: (message) => worker.postMessage(message),
    listen: (take) => {
      worker.onmessage = (event: MessageEvent<FromHost>) => take(event.data);
    },
    close: () => worker.terminate(),
  };
}
