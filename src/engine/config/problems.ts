/**
 * Where a configuration problem is, before it is given a line, and the codes of
 * the configuration's messages with their parameters. Their texts, per
 * language, are in src/engine/messages/config{En,Es,Pt}.ts.
 */
import type { ConditionMessage, ExpressionMessage } from "../expression/messages";
import type { EngineIssue } from "../issues";
import { FIELDS } from "../fields";
import type { Coded } from "../messages/coded";
import { CONFIG_VERSION } from "./schema";

export type Path = readonly (string | number)[];

/** A value as a message quotes it: what kind it is and, for text, numbers and true/false, how it is written. */
export type FoundValue =
  { readonly kind: "null" | "list" | "object" } | { readonly kind: "text" | "number" | "other"; readonly text: string };

/** The configuration's message codes and what each one's text needs. Values quoted from the file are JSON (`"x"`, `3`). */
export interface ConfigParams {
  readonly newerVersion: { readonly version: string; readonly supported: number };
  /** `expected` is a zod type name (number, int, string, boolean, object, array, nonoptional) or another word. */
  readonly required: { readonly expected: string };
  readonly wrongType: { readonly expected: string; readonly found: FoundValue };
  readonly oneOf: { readonly values: readonly string[] };
  readonly unknownKind: { readonly found: string; readonly kinds: readonly string[] };
  readonly unknownKeys: { readonly keys: readonly string[]; readonly known: readonly string[] };
  readonly noForm: Record<string, never>;
  readonly isoDate: Record<string, never>;
  readonly invalidValue: Record<string, never>;
  readonly tooFewItems: { readonly bound: number };
  readonly tooManyItems: { readonly bound: number };
  readonly notEmpty: Record<string, never>;
  readonly tooShort: { readonly bound: number };
  readonly tooLong: { readonly bound: number };
  readonly moreThan: { readonly bound: number };
  readonly atLeast: { readonly bound: number };
  readonly lessThan: { readonly bound: number };
  readonly atMost: { readonly bound: number };
  readonly badExpression: { readonly error: ExpressionMessage; readonly position: number; readonly text: string };
  readonly inExpression: { readonly condition: string; readonly problem: ConditionMessage };
  readonly condition: { readonly problem: ConditionMessage };
  readonly edgesStart: Record<string, never>;
  readonly edgesAscend: { readonly previous: number };
  readonly weights: { readonly sum: number };
  readonly emptyRange: Record<string, never>;
  readonly overlap: { readonly other: number };
  /** `other` and `where` are configuration paths (`model.rules[0]`), said as the pane says them in Spanish and Portuguese. */
  readonly segmentPriority: { readonly segment: string; readonly other: string; readonly priority: number | null };
  readonly segmentLookalike: { readonly segment: string; readonly other: string; readonly where: string };
  readonly unreachable: { readonly before: number };
  readonly missingZeroBand: { readonly key: string };
  readonly duplicateBand: { readonly key: string; readonly value: number; readonly other: number };
  readonly cutsAscend: Record<string, never>;
  readonly matrixRows: { readonly expected: number; readonly found: number };
  readonly matrixColumns: { readonly expected: number; readonly found: number };
  readonly empty: Record<string, never>;
  readonly unknownPreset: { readonly name: string; readonly known: readonly string[] };
  readonly tooDeep: { readonly limit: number };
  readonly conditionTooDeep: { readonly limit: number };
  /** A JSON syntax error, by jsonc-parser's name for it (InvalidSymbol, CommaExpected …). */
  readonly syntax: { readonly error: string };
  /** The configuration cannot be used for an engine issue of its own (an unknown preset …), said as `describeIssue` says it. */
  readonly issue: { readonly issue: EngineIssue };
}

export type ConfigCode = keyof ConfigParams;
export type ConfigMessage = Coded<ConfigParams>;

/** A problem before it is given a line: `at` is a character offset inside the string value at `path`. */
export type Located = { readonly path: Path; readonly at?: number } & ConfigMessage;

/** `model.rules[2].when` from ["model", "rules", 2, "when"]. */
export function formatConfigPath(path: Path): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

const json = (values: readonly unknown[]): string[] => values.map((v) => JSON.stringify(v));
const none = {} as Record<string, never>;
const coded = <K extends ConfigCode>(code: K, params: ConfigParams[K]): ConfigMessage => ({ code, params }) as ConfigMessage;

/** Builders of the configuration's message codes (expression codes are in expression/messages.ts). */
export const MESSAGES = {
  newerVersion: (version: unknown) => coded("newerVersion", { version: JSON.stringify(version), supported: CONFIG_VERSION }),
  required: (expected: string) => coded("required", { expected }),
  wrongType: (expected: string, found: FoundValue) => coded("wrongType", { expected, found }),
  oneOf: (values: readonly unknown[]) => coded("oneOf", { values: json(values) }),
  unknownKind: (found: unknown, kinds: readonly unknown[]) =>
    coded("unknownKind", { found: String(JSON.stringify(found)), kinds: json(kinds) }),
  unknownKeys: (keys: readonly string[]) => coded("unknownKeys", { keys: json(keys), known: FIELDS }),
  noForm: () => coded("noForm", none),
  badExpression: (error: ExpressionMessage, position: number, text: string) =>
    coded("badExpression", { error: { code: error.code, params: error.params } as ExpressionMessage, position, text }),
  inExpression: (condition: string, problem: ConditionMessage) =>
    coded("inExpression", { condition, problem: { code: problem.code, params: problem.params } as ConditionMessage }),
  condition: (problem: ConditionMessage) =>
    coded("condition", { problem: { code: problem.code, params: problem.params } as ConditionMessage }),
  edgesStart: () => coded("edgesStart", none),
  edgesAscend: (previous: number) => coded("edgesAscend", { previous }),
  weights: (sum: number) => coded("weights", { sum }),
  emptyRange: () => coded("emptyRange", none),
  overlap: (other: number) => coded("overlap", { other }),
  segmentPriority: (segment: string, other: string, priority: number | null) => coded("segmentPriority", { segment, other, priority }),
  segmentLookalike: (segment: string, other: string, where: string) => coded("segmentLookalike", { segment, other, where }),
  unreachable: (before: number) => coded("unreachable", { before }),
  missingZeroBand: (key: string) => coded("missingZeroBand", { key }),
  duplicateBand: (key: string, value: number, other: number) => coded("duplicateBand", { key, value, other }),
  cutsAscend: () => coded("cutsAscend", none),
  matrixRows: (expected: number, found: number) => coded("matrixRows", { expected, found }),
  matrixColumns: (expected: number, found: number) => coded("matrixColumns", { expected, found }),
  empty: () => coded("empty", none),
  unknownPreset: (name: unknown, known: readonly string[]) => coded("unknownPreset", { name: String(JSON.stringify(name)), known }),
  tooDeep: (limit: number) => coded("tooDeep", { limit }),
  conditionTooDeep: (limit: number) => coded("conditionTooDeep", { limit }),
  syntax: (error: string) => coded("syntax", { error }),
  issue: (issue: EngineIssue) => coded("issue", { issue }),
  isoDate: () => coded("isoDate", none),
  invalidValue: () => coded("invalidValue", none),
  size: (code: "tooFewItems" | "tooManyItems" | "tooShort" | "tooLong" | "moreThan" | "atLeast" | "lessThan" | "atMost", bound: number) =>
    coded(code, { bound }),
  notEmpty: () => coded("notEmpty", none),
} as const;
