import type { Level, SegmentationConfig } from "../engine/config/schema";
import type { Field } from "../engine/fields";
import { DEFAULT_PRESET } from "../engine/presets";
import { fail, ok, type Result } from "../engine/result";
import { defaultConfig, requestedConfig, withOverrides } from "./config";
import type { CommandProblem } from "./commandRun";

/** A configuration a sub-command runs, and how to name it to a person. */
export interface Policy {
  /** Undefined: the workbook's saved configuration, else the default preset. */
  readonly config: SegmentationConfig | undefined;
  readonly name: string;
}

export interface PolicyOverrides {
  readonly level?: Level;
  readonly asOf?: string;
  readonly mapping: Readonly<Partial<Record<Field, string>>>;
}

/**
 * The configuration `--preset NAME` or `--config FILE` names (not both), with
 * --level, --as-of and --map applied; neither gives the saved or default one.
 *
 * @example await policyOf({ preset: "aging" }, "--preset", "--config", { mapping: {} }) //=> { ok: true, value: { name: 'the "aging" preset', … } }
 */
export async function policyOf(
  given: { readonly preset?: string; readonly config?: string },
  presetOption: string,
  configOption: string,
  overrides: PolicyOverrides,
): Promise<Result<Policy, CommandProblem>> {
  if (given.preset !== undefined && given.config !== undefined) {
    return fail({ usage: { kind: "conflictingOptions", first: presetOption, second: configOption } });
  }
  const requested = await requestedConfig(given);
  if (!requested.ok) return fail({ run: requested.error });
  const name = given.preset !== undefined ? `the "${given.preset}" preset` : given.config !== undefined ? `"${given.config}"` : "";
  return ok({ config: requested.value && withOverrides(requested.value, overrides), name });
}

/** The configuration a policy runs, given the saved one of the workbook (if any), and its name for a person. */
export function resolvePolicy(
  policy: Policy,
  saved: SegmentationConfig | undefined,
  overrides: PolicyOverrides,
): { config: SegmentationConfig; name: string } {
  if (policy.config) return { config: policy.config, name: policy.name };
  if (saved) return { config: withOverrides(saved, overrides), name: "the configuration saved in the workbook" };
  return { config: withOverrides(defaultConfig(), overrides), name: `the "${DEFAULT_PRESET}" preset (the default)` };
}
