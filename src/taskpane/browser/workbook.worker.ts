/// <reference lib="webworker" />
/**
 * The browser page's workbook Worker: opens the chosen file, reads, previews,
 * segments and writes it off the page's thread (see workbookHost.ts).
 */
import { createWorkbookHost } from "./workbookHost";
import type { FromHost, ToHost } from "./workbookProtocol";

const scope = self as unknown as { onmessage: ((event: MessageEvent<ToHost>) => void) | null; postMessage(message: FromHost): void };
const handle = createWorkbookHost((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
