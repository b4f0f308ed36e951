import { ConfigSchema, type SegmentationConfig, type ConfigInput } from "../config/schema";
import type { EngineIssue } from "../issues";
import { fail, ok, type Result } from "../result";
import { agingPreset, behaviourPreset, collectionsPreset, DEFAULT_EDGES, newAndProblemPreset, riskValuePreset } from "./presets";

export { STRATEGIES, strategyText } from "./strategies";
export { DEFAULT_SCORE_CARD } from "./scoreCard";
export { DEFAULT_EDGES };

export interface PresetInfo {
  /** One sentence, for the pane's picker and the README. */
  readonly description: string;
  readonly build: (edges?: readonly number[]) => ConfigInput;
}

export const PRESETS = {
  collections: {
    description:
      "Blended default: paid, disputes and promises first, then by days past due, payment grade, propensity score and contactability.",
    build: collectionsPreset,
  },
  aging: {
    description: "Invoice by invoice, the aging bucket is the segment: the oldest bucket is worked first.",
    build: agingPreset,
  },
  behaviour: {
    description: "Customer by customer, a payment grade A-D from the amount-weighted average days late.",
    build: behaviourPreset,
  },
  "risk-value": {
    description: "Customer by customer, a 3×3 matrix of propensity-to-pay score against open balance.",
    build: riskValuePreset,
  },
  "new-and-problem-customers": {
    description: "Customer by customer: recent payment problems, hard to contact, new customers, and propensity to pay.",
    build: newAndProblemPreset,
  },
} as const satisfies Record<string, PresetInfo>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

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
