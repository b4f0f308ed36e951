import type { PreviewRunner } from "./previewTypes";
import { createInThreadRunner } from "./inThreadRunner";
import { createWorkerRunner } from "./workerRunner";

/**
 * A preview runner in a Web Worker built by webpack (`new Worker(new URL(…,
 * import.meta.url))` makes it a separate bundle); the pane's own thread when
 * Workers are unavailable. Only the page entry imports this module: jest runs
 * CommonJS, where `import.meta` does not exist.
 */
export function startPreviewRunner(): PreviewRunner {
  if (typeof Worker === "undefined") return createInThreadRunner();
  try {
    // @ts-expect-error -- tsconfig's CommonJS target rejects import.meta; webpack (ES modules) resolves it at build time.
    const worker = new Worker(new URL("./preview.worker.ts", import.meta.url));
    return createWorkerRunner(worker);
  } catch {
    // A content-security policy without worker-src: the pane still works, on its own thread.
    return createInThreadRunner();
  }
}
