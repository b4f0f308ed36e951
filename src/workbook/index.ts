/** The workbook layer: the port every adapter implements and the one orchestration every face calls. */
export type * from "./port";
export { PIVOT_HEADERS } from "./port";
export {
  describeRunError,
  describeSummaryNote,
  describeWorkbookError,
  type RunError,
  type SummaryNote,
  type WorkbookError,
} from "./errors";
export {
  segmentWorkbook,
  refreshSummary,
  readAndSegment,
  SUMMARY_SHEET,
  PIVOT_DATA_SHEET,
  type RunRequest,
  type RunReport,
  type SummaryRequest,
} from "./segmentWorkbook";
export { loadConfig, saveConfig, CONFIG_SETTING_KEY } from "./configStore";
