import { validateConfig } from "../engine/config";
import type { SegmentationConfig } from "../engine/config/schema";
import { fail, ok, type Result } from "../engine/result";
import type { RunError } from "./errors";
import type { WorkbookPort } from "./port";

/** The workbook setting that holds the configuration, so it travels with the file. */
export const CONFIG_SETTING_KEY = "arseg.config";

/**
 * The configuration saved in the workbook, migrated from an older version if
 * need be and validated; undefined when none is saved.
 */
export async function loadConfig(port: WorkbookPort): Promise<Result<SegmentationConfig | undefined, RunError>> {
  const stored = await port.loadSetting(CONFIG_SETTING_KEY);
  if (!stored.ok) return fail(stored.error);
  if (stored.value === undefined || stored.value === null) return ok(undefined);
  const validated = validateConfig(stored.value, "saved in this workbook");
  return validated.ok ? ok(validated.value) : fail({ kind: "engine", issue: validated.error });
}

/** Saves a validated configuration in the workbook. */
export async function saveConfig(port: WorkbookPort, config: SegmentationConfig): Promise<Result<void, RunError>> {
  const saved = await port.saveSetting(CONFIG_SETTING_KEY, config);
  return saved.ok ? ok(undefined) : fail(saved.error);
}
