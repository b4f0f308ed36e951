import { fail, ok } from "../../engine/result";
import type { Grid } from "../../engine/cell";
import type { SheetValue } from "../../files/xlsx/cellValues";
import type { XlsxPort } from "../../xlsx/xlsxPort";
import { regionKeeper, type SheetRegion } from "../../workbook/port";
import { segmentWorkbook } from "../../workbook/segmentWorkbook";
import { computePreview } from "../preview/computePreview";
import { computeCheck } from "../checkRules/computeCheck";
import { openWorkbook } from "./openWorkbook";
import type { FromHost, HostAnswer, ToHost } from "./workbookProtocol";
import { XLSX_MIME } from "./download";
import { HEADER_SCAN } from "../../engine/columns/headerRow";
import { SAMPLE_ROWS } from "../../engine/sheetHeader";

/** Rows of a read region sent to the page, for the column mapping: the rows searched for the header, and the engine's sample rows under it. */
const HEAD_ROWS = HEADER_SCAN + 1 + SAMPLE_ROWS;
/** Least time between two progress messages: each one re-renders the pane, on the page's thread. */
const PROGRESS_EVERY_MS = 150;

/**
 * The workbook side of the browser page, run in a Web Worker: it opens the
 * file (its bytes stay here, compressed), reads the sheet, computes previews,
 * runs the segmentation and writes the download, telling the page its
 * progress. The page holds only the region's first rows and the finished file.
 *
 * @example
 * const handle = createWorkbookHost((message) => postMessage(message));
 * onmessage = (event) => void handle(event.data);
 */
export function createWorkbookHost(post: (message: FromHost) => void): (message: ToHost) => Promise<void> {
  let port: XlsxPort | undefined;
  let region: SheetRegion | undefined;
  let abort: AbortController | undefined;
  const noFile = { kind: "emptySheet", sheet: "" } as const;

  /** Progress of request `id`, sent at most every PROGRESS_EVERY_MS (and always at a phase's start and end). */
  const progressOf = (id: number) => {
    let last = 0;
    let phase = "";
    return (progress: Extract<FromHost, { progress: unknown }>["progress"]): void => {
      const now = Date.now();
      if (progress.phase === phase && now - last < PROGRESS_EVERY_MS && progress.done !== progress.total) return;
      phase = progress.phase;
      last = now;
      post({ id, progress });
    };
  };

  const answer = async (id: number, message: ToHost["request"]): Promise<HostAnswer> => {
    const progress = progressOf(id);
    switch (message.type) {
      case "open": {
        progress({ phase: "opening", done: 0, total: message.file.size });
        const opened = await openWorkbook(message.file as File);
        region = undefined;
        port = opened.ok ? opened.value.port : undefined;
        progress({ phase: "opening", done: message.file.size, total: message.file.size });
        return {
          type: "opened",
          result: opened.ok ? ok({ fileName: opened.value.fileName, downloadName: opened.value.downloadName }) : opened,
        };
      }
      case "listSheets":
        return { type: "sheets", result: port ? await port.listSheets() : fail(noFile) };
      case "readRegion": {
        if (!port) return { type: "region", result: fail(noFile) };
        const keeper = regionKeeper();
        const read = await port.readRegionBlocks({ sheet: message.sheet }, () => keeper.take, progress);
        if (!read.ok) return { type: "region", result: read };
        region = keeper.region(read.value);
        const width = region.values.reduce((w, row) => Math.max(w, row.length), 0);
        return { type: "region", result: ok({ place: read.value, width, head: region.values.slice(0, HEAD_ROWS) as SheetValue[][] }) };
      }
      case "check":
        return {
          type: "checked",
          result: region
            ? computeCheck(
                {
                  values: region.values as Grid,
                  sheet: region.sheet,
                  date1904: region.date1904,
                  origin: { top: region.top, left: region.left },
                },
                message.request,
              )
            : { ok: false, message: "" },
        };
      case "writePlanSheet":
        return { type: "planSheet", result: port ? await port.writePlanSheet(message.write) : fail(noFile) };
      case "preview":
        return {
          type: "preview",
          result: region
            ? computePreview(
                {
                  values: region.values as Grid,
                  sheet: region.sheet,
                  date1904: region.date1904,
                  origin: { top: region.top, left: region.left },
                },
                message.request,
              )
            : { ok: false, message: "" },
        };
      case "apply": {
        if (!port) return { type: "applied", result: fail(noFile) };
        abort = new AbortController();
        const run = await segmentWorkbook(port, {
          ...message.request,
          signal: abort.signal,
          onProgress: progress,
        });
        abort = undefined;
        if (!run.ok) return { type: "applied", result: run };
        const { segmentation: _kept, ...report } = run.value;
        return { type: "applied", result: ok(report) };
      }
      case "cancel":
        abort?.abort();
        return { type: "cancelled" };
      case "loadSetting":
        return { type: "setting", result: port ? await port.loadSetting(message.key) : fail(noFile) };
      case "saveSetting":
        return { type: "setting", result: port ? await port.saveSetting(message.key, message.value) : fail(noFile) };
      case "save": {
        if (!port) return { type: "saved", result: fail(noFile) };
        const chunks: Uint8Array[] = [];
        let written = 0;
        const saved = await port.save(
          {
            write: (bytes) => {
              chunks.push(bytes);
              written += bytes.length;
              progress({ phase: "downloading", done: written, total: 0 });
            },
          },
          progress,
        );
        // A Blob of the pieces: the browser keeps it out of the script heap, and the pieces can go.
        return { type: "saved", result: saved.ok ? ok(new Blob(chunks as BlobPart[], { type: XLSX_MIME })) : saved };
      }
    }
  };

  return async ({ id, request }) => {
    post({ id, answer: await answer(id, request) });
  };
}
