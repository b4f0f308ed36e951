import { DEFAULT_PRESET, PRESETS, PRESET_NAMES, isPresetName } from "../presets/catalog";
import { fail, ok, type Result } from "../result";
import { MESSAGES, type Located } from "./problems";
import { CONFIG_VERSION } from "./schema";

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const isEdges = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "number");

/**
 * A configuration that holds no model — only a `mapping`, an `asOf`, a
 * `dateOrder`, aging edges … — completed from the preset it names
 * (`"preset": "aging"`), or the default preset: its own keys win, the model
 * and the rest come from the preset. Anything else is handed back unchanged.
 *
 * @example
 * completeFromPreset({ preset: "aging", mapping: { dueDate: "Vencto" } })
 * //=> { ok: true, value: { version: 2, preset: "aging", model: { kind: "rules", … }, mapping: { dueDate: "Vencto" }, … } }
 */
export function completeFromPreset(input: unknown): Result<unknown, Located> {
  if (!isRecord(input) || input.model !== undefined || "rules" in input) return ok(input);
  const name = input.preset ?? DEFAULT_PRESET;
  if (typeof name !== "string" || !isPresetName(name)) return fail({ path: ["preset"], ...MESSAGES.unknownPreset(name, PRESET_NAMES) });
  const built = PRESETS[name].build(isEdges(input.agingEdges) ? input.agingEdges : undefined);
  return ok({ ...built, ...input, version: input.version ?? CONFIG_VERSION, preset: name, model: built.model });
}
