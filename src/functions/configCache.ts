import { officeCapabilities } from "../excel/capabilities";
import { readWorkbookDate1904 } from "../excel/dateSystem";
import { createOfficePort } from "../excel/officeWorkbook";
import { officeRun } from "../excel/run";
import type { WorkbookPort } from "../workbook/port";
import { loadConfig } from "../workbook/configStore";
import { cachedConfigSource } from "./logic/configSource";

let port: WorkbookPort | undefined;
let date1904: Promise<boolean> | undefined;

/**
 * The configuration the custom functions segment with: the one saved in the
 * workbook (`loadConfig`), or the `collections` preset when none is saved,
 * read once and kept in memory. Custom functions only read it.
 */
export const functionConfigSource = cachedConfigSource(() => loadConfig((port ??= createOfficePort())));

/**
 * Whether the workbook counts dates from 1904, read once (DATE(1904,1,1) is 0
 * there; dateSystem.ts) and kept. Before Office is ready, or when the read
 * fails, the answer is the 1900 system and nothing is kept, so the next call asks again.
 *
 * @example
 * await functionDate1904() //=> true in a Mac-origin 1904 workbook
 */
export function functionDate1904(): Promise<boolean> {
  const caps = officeCapabilities();
  if (!caps) return Promise.resolve(false);
  return (date1904 ??= readWorkbookDate1904(officeRun, caps).catch(() => {
    date1904 = undefined;
    return false;
  }));
}

/**
 * Tells the custom functions that the saved configuration changed: the next
 * call reads it (and the date system) again. The task pane calls this after
 * saving, then recalculates the workbook's sheets so existing formulas pick the
 * change up (src/taskpane/host/officeActions.ts).
 *
 * @example
 * await saveConfig(port, config);
 * invalidateFunctionConfig();
 */
export function invalidateFunctionConfig(): void {
  functionConfigSource.invalidate();
  date1904 = undefined;
}
