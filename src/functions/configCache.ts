import { createOfficePort } from "../excel/officeWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { loadConfig } from "../workbook/configStore";
import { cachedConfigSource } from "./logic/configSource";

let port: WorkbookPort | undefined;

/**
 * The configuration the custom functions segment with: the one saved in the
 * workbook (`loadConfig`), or the `collections` preset when none is saved,
 * read once and kept in memory. Custom functions only read it.
 */
export const functionConfigSource = cachedConfigSource(() => loadConfig((port ??= createOfficePort())));

/**
 * Tells the custom functions that the saved configuration changed: the next
 * call reads it again. The task pane calls this after saving, then asks Excel
 * for a full recalculation so existing formulas pick the change up:
 *
 * @example
 * await saveConfig(port, config);
 * invalidateFunctionConfig();
 * await Excel.run(async (context) => {
 *   context.workbook.application.calculate(Excel.CalculationType.full);
 *   await context.sync();
 * });
 */
export function invalidateFunctionConfig(): void {
  functionConfigSource.invalidate();
}
