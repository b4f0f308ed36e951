/**
 * The configuration kept inside the workbook: `context.workbook.settings`
 * (ExcelApi 1.4) is saved with the file and private to this add-in, so the
 * next person who opens the workbook gets the same rules. Values are stored
 * as JSON text, so what comes back is exactly what was saved.
 */
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { Capabilities } from "./capabilities";
import { isOfficeError } from "./officeErrors";
import type { ExcelRun } from "./run";

const UNSUPPORTED = "this version of Excel does not let add-ins keep settings in the workbook (ExcelApi 1.4)";

/** The saved value, or undefined when nothing is saved under `key`. */
export async function loadSetting(run: ExcelRun, caps: Capabilities, key: string): Promise<Result<unknown, WorkbookError>> {
  if (!caps.settings) return fail({ kind: "settingsFailed", detail: UNSUPPORTED });
  try {
    const text = await run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      return item.isNullObject ? undefined : (item.value as unknown);
    });
    if (text === undefined || text === null) return ok(undefined);
    if (typeof text !== "string") return ok(text);
    try {
      return ok(JSON.parse(text) as unknown);
    } catch {
      return fail({ kind: "settingsFailed", detail: `the saved setting "${key}" is not valid JSON` });
    }
  } catch (error) {
    return fail(settingsError(error));
  }
}

export async function saveSetting(run: ExcelRun, caps: Capabilities, key: string, value: unknown): Promise<Result<void, WorkbookError>> {
  if (!caps.settings) return fail({ kind: "settingsFailed", detail: UNSUPPORTED });
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    return fail({ kind: "settingsFailed", detail: `the value cannot be stored as JSON (${String(error)})` });
  }
  try {
    await run(async (context) => {
      context.workbook.settings.add(key, text);
      await context.sync();
    });
    return ok(undefined);
  } catch (error) {
    return fail(settingsError(error));
  }
}

function settingsError(error: unknown): WorkbookError {
  if (!isOfficeError(error)) throw error;
  return { kind: "settingsFailed", detail: `${error.code}: ${error.message}` };
}
