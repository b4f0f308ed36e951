import { ConfigSchema, type SegmentationConfig } from "../config/schema";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import { DEFAULT_PRESET, PRESETS, PRESET_NAMES, isPresetName } from "./catalog";
import { DEFAULT_EDGES } from "./presets";

export { STRATEGIES, strategyText } from "./strategies";
export { DEFAULT_SCORE_CARD } from "./scoreCard";
export { DEFAULT_EDGES };
export { DEFAULT_PRESET, PRESETS, PRESET_NAMES, isPresetName, type PresetInfo, type PresetName } from "./catalog";

/**
 * The validated configuration of a preset, optionally with other aging edges.
 *
 * @example
 * presetConfig("aging").ok //=> true
 * presetConfig("nope")     //=> { ok: false, error: { kind: "unknownPreset", … } }
 */
export function presetConfig(name: string, edges?: readonly number[]): Result<SegmentationConfig, EngineIssue> {
  if (!isPresetName(name)) return fail({ kind: "unknownPreset", name, known: PRESET_NAMES });
  return ok(ConfigSchema.parse(PRESETS[name].build(edges ?? DEFAULT_EDGES)));
}

/**
 * The default preset's configuration: what a run uses when no configuration is
 * named and none is saved in the workbook.
 *
 * @example defaultConfig().preset //=> "collections"
 */
export function defaultConfig(): SegmentationConfig {
  return ConfigSchema.parse(PRESETS[DEFAULT_PRESET].build(DEFAULT_EDGES));
}
