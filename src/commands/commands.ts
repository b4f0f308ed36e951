/**
 * Ribbon ExecuteFunction handlers, in the shared runtime. The manifest's
 * actions name "segmentActiveSheet" and "refreshSummary"; "Configure" is a
 * ShowTaskpane action and needs no code.
 *
 * Results go to the task pane: the handler publishes its message to the
 * shared store (lastResult.ts) and asks Office to show the pane. Where
 * `Office.addin.showAsTaskpane` is unavailable or ignored, the message waits
 * in the pane for the next time it is opened.
 */
import { DEFAULT_PRESET, presetConfig } from "../engine/presets";
import { todayIso } from "../engine/parse";
import { createOfficePort } from "../excel/officeWorkbook";
import { loadConfig } from "../workbook/configStore";
import { refreshSummary, segmentWorkbook, SUMMARY_SHEET } from "../workbook/segmentWorkbook";
import { createCommandHandlers, type CommandHandlers } from "./handlers";
import { publishResult } from "./lastResult";

export const handlers: CommandHandlers = createCommandHandlers({
  port: () => createOfficePort(),
  today: () => todayIso(),
  loadConfig,
  defaultConfig: () => presetConfig(DEFAULT_PRESET),
  segment: segmentWorkbook,
  refresh: refreshSummary,
  summarySheet: SUMMARY_SHEET,
  publish: publishResult,
  displayLanguage: () => (typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined),
  showPane: async () => {
    if (typeof Office !== "undefined" && typeof Office.addin?.showAsTaskpane === "function") await Office.addin.showAsTaskpane();
  },
});

/**
 * Associates both handlers with their action ids, written out exactly as the
 * manifest spells them (`npm run validate` checks these literals).
 */
export function registerCommands(): void {
  Office.actions.associate("segmentActiveSheet", handlers.onSegment);
  Office.actions.associate("refreshSummary", handlers.onRefreshSummary);
}

if (typeof Office !== "undefined") {
  // Associate as soon as the script runs and again once Office is ready: a
  // click that arrives before onReady then still finds its handler
  // (office-js #5176 / #3378). Associating the same id twice replaces it.
  if (typeof Office.actions?.associate === "function") registerCommands();
  void Office.onReady(() => registerCommands());
}
