/** The workbook layer: the port every adapter implements and the one orchestration every face calls. */
export type * from "./port";
export { describeRunError, describeWorkbookError, type RunError, type WorkbookError } from "./errors";
export {
  segmentWorkbook,
  refreshSummary,
  readAndSegment,
  SUMMARY_SHEET,
  type RunRequest,
  type RunReport,
  type SummaryRequest,
} from "./segmentWorkbook";
export { loadConfig, saveConfig, CONFIG_SETTING_KEY } from "./configStore";
