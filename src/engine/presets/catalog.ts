import type { ConfigInput } from "../config/schema";
import type { RunTexts } from "../messages/types";
import { agingPreset, behaviourPreset, collectionsPreset, newAndProblemPreset, riskValuePreset } from "./presets";

export interface PresetInfo {
  /** One sentence, for the pane's picker and the README. */
  readonly description: string;
  /** The preset's configuration with these aging edges, its names and strategies in these words (English by default). */
  readonly build: (edges?: readonly number[], texts?: RunTexts) => ConfigInput;
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

/** The preset every face uses when nothing else is named or saved: the one place this is decided. */
export const DEFAULT_PRESET: PresetName = "collections";

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}
