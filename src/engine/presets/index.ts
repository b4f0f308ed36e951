import { ConfigSchema, type SegmentationConfig } from "../config/schema";
import { LANGUAGES, type Language } from "../language";
import { textsFor } from "../messages";
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
 * With a language, its segment names, strategies and name are in that
 * language and the configuration says so (`language`); without one they are
 * English words that a run puts in its own language (see `inLanguage`).
 *
 * @example
 * presetConfig("aging").ok //=> true
 * presetConfig("collections", undefined, "es").value.model.rules[4].segment //=> "Aviso final / vía legal"
 * presetConfig("nope")     //=> { ok: false, error: { kind: "unknownPreset", … } }
 */
export function presetConfig(name: string, edges?: readonly number[], language?: Language): Result<SegmentationConfig, EngineIssue> {
  if (!isPresetName(name)) return fail({ kind: "unknownPreset", name, known: PRESET_NAMES });
  const built = PRESETS[name].build(edges ?? DEFAULT_EDGES, textsFor(language ?? "en"));
  return ok(ConfigSchema.parse(language ? { ...built, language } : built));
}

/**
 * A configuration bound to the language a run writes in. One that already
 * says its language is kept as it is (its names are the user's, or were
 * translated when the preset was chosen). One that does not and is a preset
 * exactly as built (no rule, name or strategy changed) gets that preset's
 * words in the language; any other keeps its names as written. Either way
 * the result says its language.
 *
 * @example inLanguage(presetConfig("aging").value, "pt").model.rules[1].segment //=> "Paga"
 */
export function inLanguage(config: SegmentationConfig, language: Language): SegmentationConfig {
  if (config.language !== undefined) return config;
  return withLanguage(config, language);
}

/**
 * A configuration put into another language on purpose (`--language`, the
 * pane's language choice): a preset exactly as built, in whatever language it
 * was built, gets its words in `language`; a configuration a user changed
 * keeps its names as written. The result says `language`.
 *
 * @example withLanguage(presetConfig("aging", undefined, "es").value, "pt").model.rules[1].segment //=> "Paga"
 */
export function withLanguage(config: SegmentationConfig, language: Language): SegmentationConfig {
  const name = config.preset;
  if (name !== undefined && isPresetName(name)) {
    const untouched = LANGUAGES.some((l) => sameWords(ConfigSchema.parse(PRESETS[name].build(config.agingEdges, textsFor(l))), config));
    if (untouched) {
      const built = ConfigSchema.parse(PRESETS[name].build(config.agingEdges, textsFor(language)));
      return { ...config, name: built.name, model: built.model, language };
    }
  }
  return { ...config, language };
}

/** The preset's model and name as built, in the configuration: nothing a user changed. */
function sameWords(preset: SegmentationConfig, config: SegmentationConfig): boolean {
  return preset.name === config.name && JSON.stringify(preset.model) === JSON.stringify(config.model);
}

/**
 * The default preset's configuration: what a run uses when no configuration is
 * named and none is saved in the workbook.
 *
 * @example defaultConfig().preset //=> "collections"
 */
export function defaultConfig(language?: Language): SegmentationConfig {
  const built = PRESETS[DEFAULT_PRESET].build(DEFAULT_EDGES, textsFor(language ?? "en"));
  return ConfigSchema.parse(language ? { ...built, language } : built);
}
