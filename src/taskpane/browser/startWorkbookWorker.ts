import { connectWorkbook, inThreadChannel, workerChannel, type RemoteWorkbook } from "./workbookClient";

/**
 * The page's workbook in a Web Worker built by webpack (`new Worker(new
 * URL(…, import.meta.url))` makes it a separate bundle); on the page's own
 * thread when Workers are unavailable. Only the page entry imports this
 * module: jest runs CommonJS, where `import.meta` does not exist.
 */
export function startWorkbookWorker(): RemoteWorkbook {
  if (typeof Worker === "undefined") return connectWorkbook(inThreadChannel());
  try {
    // @ts-expect-error -- tsconfig's CommonJS target rejects import.meta; webpack (ES modules) resolves it at build time.
    return connectWorkbook(workerChannel(new Worker(new URL("./workbook.worker.ts", import.meta.url))));
  } catch {
    // A content-security policy without worker-src: the page still works, on its own thread.
    return connectWorkbook(inThreadChannel());
  }
}
