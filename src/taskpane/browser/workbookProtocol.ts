import type { Result } from "../../engine/result";
import type { RunError, WorkbookError } from "../../workbook/errors";
import type { PlanSheetReport, PlanSheetWrite, Progress, RegionPlace, SheetList } from "../../workbook/port";
import type { RunReport, RunRequest } from "../../workbook/segmentWorkbook";
import type { PreviewRequest, PreviewResult } from "../preview/previewTypes";
import type { CheckRequest, CheckResult } from "../checkRules/checkTypes";
import type { SheetValue } from "../../files/xlsx/cellValues";

/** What the page asks of the workbook worker; each request has an id its answer carries. */
export type HostRequest =
  | { readonly type: "open"; readonly file: Blob & { readonly name: string } }
  | { readonly type: "listSheets" }
  | { readonly type: "readRegion"; readonly sheet?: string }
  | { readonly type: "preview"; readonly request: PreviewRequest }
  | { readonly type: "check"; readonly request: CheckRequest }
  | { readonly type: "writePlanSheet"; readonly write: PlanSheetWrite }
  | { readonly type: "apply"; readonly request: Omit<RunRequest, "onProgress" | "signal"> }
  | { readonly type: "cancel" }
  | { readonly type: "loadSetting"; readonly key: string }
  | { readonly type: "saveSetting"; readonly key: string; readonly value: unknown }
  | { readonly type: "save" };

/** A read region as the page gets it: where it stands, its size, and its first rows (the rest stays in the worker). */
export interface RegionHead {
  readonly place: RegionPlace;
  readonly width: number;
  readonly head: SheetValue[][];
}

/** A run's report without the segmentation itself, which stays in the worker. */
export type ReportSummary = Omit<RunReport, "segmentation">;

export type HostAnswer =
  | { readonly type: "opened"; readonly result: Result<{ readonly fileName: string; readonly downloadName: string }, WorkbookError> }
  | { readonly type: "sheets"; readonly result: Result<SheetList, WorkbookError> }
  | { readonly type: "region"; readonly result: Result<RegionHead, WorkbookError> }
  | { readonly type: "preview"; readonly result: PreviewResult }
  | { readonly type: "checked"; readonly result: CheckResult }
  | { readonly type: "planSheet"; readonly result: Result<PlanSheetReport, WorkbookError> }
  | { readonly type: "applied"; readonly result: Result<ReportSummary, RunError> }
  | { readonly type: "setting"; readonly result: Result<unknown, WorkbookError> }
  | { readonly type: "saved"; readonly result: Result<Blob, WorkbookError> }
  | { readonly type: "cancelled" };

/** Messages from the worker: an answer to request `id`, or progress of the work under way. */
export type FromHost =
  | { readonly id: number; readonly answer: HostAnswer }
  | {
      readonly id: number;
      readonly progress: Progress | { readonly phase: "opening" | "downloading"; readonly done: number; readonly total: number };
    };

export interface ToHost {
  readonly id: number;
  readonly request: HostRequest;
}
