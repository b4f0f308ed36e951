/** Where a configuration problem is, before it is given a line, and the configuration's own message texts. */
import { FIELDS } from "../fields";
import { CONFIG_VERSION } from "./schema";

export type Path = readonly (string | number)[];

/** A problem before it is given a line: `at` is a character offset inside the string value at `path`. */
export interface Located {
  readonly path: Path;
  readonly message: string;
  readonly at?: number;
}

/** `model.rules[2].when` from ["model", "rules", 2, "when"]. */
export function formatConfigPath(path: Path): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The configuration's own message texts (expression texts live in expression/messages.ts). */
export const MESSAGES = {
  newerVersion: (version: unknown) =>
    `this configuration was made by a newer version of the add-in (configuration version ${JSON.stringify(version)}; this add-in reads up to version ${CONFIG_VERSION}). Update the add-in to use it.`,
  required: (expected: string) => `is required (${expected})`,
  wrongType: (expected: string, found: string) => `expected ${expected}, found ${found}`,
  oneOf: (values: readonly unknown[]) => `must be one of ${list(values)}`,
  unknownKind: (found: unknown, kinds: readonly unknown[]) => `unknown kind ${JSON.stringify(found)}; expected one of ${list(kinds)}`,
  unknownKeys: (keys: readonly string[]) => `unknown field name ${list(keys)}; known fields: ${FIELDS.join(", ")}`,
  noForm: () => "is neither an expression (text) nor a condition object",
  badExpression: (detail: string, position: number, text: string) => `${detail} at character ${position + 1} of "${text}"`,
  inExpression: (condition: string, message: string) => `in "${condition}": ${message}`,
  edgesStart: () => "the first aging edge must be 0 (the Current bucket)",
  edgesAscend: (previous: number) => `each aging edge must be greater than the one before it (${previous})`,
  weights: (sum: number) => `the score card weights add up to ${Number(sum.toFixed(6))}; they must add up to 1`,
  emptyRange: () => "min must be below max",
  overlap: (other: number) => `overlaps ranges[${other}]; a raw value must fall in one range only`,
  segmentPriority: (segment: string, other: string, priority: number | null) =>
    `segment "${segment}" is also used by ${other} with priority ${priority}; rules that share a segment must share its priority`,
  segmentLookalike: (segment: string, other: string, where: string) =>
    `segment ${JSON.stringify(segment)} differs from ${JSON.stringify(other)} (${where}) only in capitals or spaces at its ends; the summary counts text without regard to case, so use one spelling for one segment`,
  unreachable: (before: number) => `can never apply: model.rules[${before}] before it applies to every row`,
  missingZeroBand: (key: string) => `needs a band with ${key} 0, so that every row gets a band`,
  duplicateBand: (key: string, value: number, other: number) => `${key} ${value} is also used by bands[${other}]`,
  cutsAscend: () => "cuts must be in ascending order, without repeats",
  matrixRows: (expected: number, found: number) => `needs ${plural(expected, "row")}, one per risk level (risk cuts + 1); found ${found}`,
  matrixColumns: (expected: number, found: number) =>
    `needs ${plural(expected, "outcome")}, one per value level (value cuts + 1); found ${found}`,
  empty: () => "the configuration is empty",
  unknownPreset: (name: unknown, known: readonly string[]) =>
    `names no preset ${JSON.stringify(name)} to complete the configuration from; presets: ${known.join(", ")}`,
  tooDeep: (limit: number) => `nests deeper than ${limit} levels of { } and [ ]; a configuration never needs that many`,
  conditionTooDeep: (limit: number) =>
    `the condition nests all / any / not deeper than ${limit} levels; write it with fewer levels (an expression such as "A and (B or C)" is often simpler)`,
} as const;
