import { promises as fs } from "fs";
import { parseConfigText, type SegmentationConfig } from "../engine/config";
import { isValidYmd } from "../engine/parse";
import { DEFAULT_PRESET, defaultConfig, presetConfig, withLanguage } from "../engine/presets";
import { fail, ok, type Result } from "../engine/result";
import type { RunError } from "../workbook/errors";
import type { CliOptions } from "./args";
import { statInput, errorText } from "./files";

export { DEFAULT_PRESET, defaultConfig };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks an --as-of text: a real calendar date written YYYY-MM-DD. */
export function checkAsOf(text: string): Result<string, RunError> {
  const match = ISO.exec(text);
  if (match && isValidYmd(Number(match[1]), Number(match[2]), Number(match[3]))) return ok(text);
  return fail({ kind: "engine", issue: { kind: "badAsOf", text } });
}

/**
 * The configuration the command line asked for, before any workbook is read:
 * a --config file, a --preset, or undefined (then the workbook's saved
 * configuration, else the default preset).
 */
export async function requestedConfig(
  options: Pick<CliOptions, "config" | "preset">,
): Promise<Result<SegmentationConfig | undefined, RunError>> {
  if (options.config !== undefined) {
    const exists = await statInput(options.config);
    if (!exists.ok) return exists;
    let text: string;
    try {
      text = await fs.readFile(options.config, "utf8");
    } catch (error) {
      return fail({ kind: "unreadableFile", file: options.config, detail: errorText(error) });
    }
    const parsed = parseConfigText(text, `"${options.config}"`);
    return parsed.ok ? parsed : fail({ kind: "engine", issue: parsed.error });
  }
  if (options.preset !== undefined) {
    const preset = presetConfig(options.preset);
    return preset.ok ? preset : fail({ kind: "engine", issue: preset.error });
  }
  return ok(undefined);
}

/** Applies --level, --as-of and --map over a configuration (--map over its mapping, field by field). */
export function withOverrides(
  config: SegmentationConfig,
  options: Pick<CliOptions, "level" | "asOf" | "mapping"> & Partial<Pick<CliOptions, "language">>,
): SegmentationConfig {
  return {
    // --language puts the configuration in that language: a preset's own words translated, a user's names kept.
    ...(options.language !== undefined ? withLanguage(config, options.language) : config),
    ...(options.level !== undefined ? { level: options.level } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    mapping: { ...config.mapping, ...options.mapping },
  };
}
