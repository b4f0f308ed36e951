import type { Node, ParseError } from "jsonc-parser";
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";
import { checkCondition, formatCondition, isAlways, parseExpression } from "../expression";
import type { ConfigProblem, EngineIssue } from "../issues";
import type { Result } from "../result";
import { assertNever, fail, ok } from "../result";
import { FIELDS } from "../fields";
import { configVersionOf, migrateConfig, v1PathOf } from "./migrate";
import type { Condition, MatrixModel, Outcome, RulesModel, ScoreFactor, SegmentationConfig, When } from "./schema";
import { CONFIG_VERSION, ConfigSchema } from "./schema";

type Path = readonly (string | number)[];

/** A problem before it is given a line: `at` is a character offset inside the string value at `path`. */
interface Located {
  readonly path: Path;
  readonly message: string;
  readonly at?: number;
}

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The configuration's own message texts (expression texts live in expression/messages.ts). */
const MESSAGES = {
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
  unreachable: (before: number) => `can never apply: model.rules[${before}] before it applies to every row`,
  missingZeroBand: (key: string) => `needs a band with ${key} 0, so that every row gets a band`,
  duplicateBand: (key: string, value: number, other: number) => `${key} ${value} is also used by bands[${other}]`,
  cutsAscend: () => "cuts must be in ascending order, without repeats",
  matrixRows: (expected: number, found: number) => `needs ${plural(expected, "row")}, one per risk level (risk cuts + 1); found ${found}`,
  matrixColumns: (expected: number, found: number) =>
    `needs ${plural(expected, "outcome")}, one per value level (value cuts + 1); found ${found}`,
  empty: () => "the configuration is empty",
} as const;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  object: "an object { … }",
  array: "a list [ … ]",
  nonoptional: "a value",
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `text ${JSON.stringify(value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value === "number" ? "the number" : ""} ${String(value)}`.trim();
}

function valueAt(input: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined),
    input,
  );
}

type ZodIssue = z.core.$ZodIssue;

function sizeMessage(issue: Extract<ZodIssue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  if (issue.origin === "array") return small ? `needs at least ${plural(bound, "item")}` : `allows at most ${plural(bound, "item")}`;
  if (issue.origin === "string")
    return small && bound === 1 ? "must not be empty" : small ? `needs at least ${bound} characters` : `allows at most ${bound} characters`;
  if (small) return issue.inclusive === false ? `must be more than ${bound}` : `must be at least ${bound}`;
  return issue.inclusive === false ? `must be less than ${bound}` : `must be at most ${bound}`;
}

/** Zod's issues in a person's words; a union is explained by the branch whose shape the value had. */
function zodProblems(issues: readonly ZodIssue[], input: unknown, prefix: Path): Located[] {
  return issues.flatMap((issue): Located[] => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const value = valueAt(input, path);
    switch (issue.code) {
      case "invalid_type":
        return [
          {
            path,
            message:
              value === undefined
                ? MESSAGES.required(TYPE_WORDS[issue.expected] ?? issue.expected)
                : MESSAGES.wrongType(TYPE_WORDS[issue.expected] ?? issue.expected, describeValue(value)),
          },
        ];
      case "invalid_value":
        return [{ path, message: MESSAGES.oneOf(issue.values) }];
      case "too_small":
      case "too_big":
        return [{ path, message: sizeMessage(issue) }];
      case "unrecognized_keys":
        return [{ path: issue.keys.length === 1 ? [...path, issue.keys[0]] : path, message: MESSAGES.unknownKeys(issue.keys) }];
      case "invalid_union": {
        if ("discriminator" in issue && issue.discriminator)
          return [{ path, message: MESSAGES.unknownKind(value, (issue as { options?: unknown[] }).options ?? []) }];
        const shaped = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"));
        if (shaped.length === 1) return zodProblems(shaped[0], input, path);
        return [{ path, message: MESSAGES.noForm() }];
      }
      default:
        return [{ path, message: issue.message }];
    }
  });
}

function whenProblems(when: When, path: Path): Located[] {
  if (typeof when !== "string") return checkCondition(when).map((p) => ({ path: [...path, ...p.path], message: p.message }));
  const parsed = parseExpression(when);
  if (!parsed.ok)
    return [{ path, message: MESSAGES.badExpression(parsed.error.detail, parsed.error.position, when), at: parsed.error.position }];
  return checkCondition(parsed.value).map((p) => ({ path, message: MESSAGES.inExpression(formatCondition(p.condition), p.message) }));
}

function conditionOf(when: When): Condition | undefined {
  if (typeof when !== "string") return when;
  const parsed = parseExpression(when);
  return parsed.ok ? parsed.value : undefined;
}

function edgeProblems(edges: readonly number[]): Located[] {
  const problems: Located[] = edges[0] === 0 ? [] : [{ path: ["agingEdges", 0], message: MESSAGES.edgesStart() }];
  edges.forEach((edge, i) => {
    if (i > 0 && edge <= edges[i - 1]) problems.push({ path: ["agingEdges", i], message: MESSAGES.edgesAscend(edges[i - 1]) });
  });
  return problems;
}

function rangeProblems(factor: ScoreFactor, path: Path): Located[] {
  const problems: Located[] = [];
  const numeric = factor.ranges.map((range, index) => ({ range, index })).filter(({ range }) => range.equals === undefined);
  for (const { range, index } of numeric) {
    if (range.min !== undefined && range.max !== undefined && range.min >= range.max)
      problems.push({ path: [...path, index], message: MESSAGES.emptyRange() });
  }
  // Sorted by lower bound, ranges are disjoint exactly when each ends (max, exclusive) at or before the next begins.
  const sorted = [...numeric].sort((a, b) => (a.range.min ?? -Infinity) - (b.range.min ?? -Infinity));
  sorted.forEach(({ range, index }, i) => {
    const previous = sorted[i - 1];
    if (previous && (previous.range.max ?? Infinity) > (range.min ?? -Infinity))
      problems.push({ path: [...path, index], message: MESSAGES.overlap(previous.index) });
  });
  const seen = new Map<unknown, number>();
  factor.ranges.forEach((range, index) => {
    if (range.equals === undefined) return;
    const other = seen.get(range.equals);
    if (other !== undefined) problems.push({ path: [...path, index, "equals"], message: MESSAGES.overlap(other) });
    else seen.set(range.equals, index);
  });
  return problems;
}

function scoreCardProblems(card: readonly ScoreFactor[]): Located[] {
  const sum = card.reduce((total, factor) => total + factor.weight, 0);
  const problems: Located[] = Math.abs(sum - 1) > 0.001 ? [{ path: ["scoreCard"], message: MESSAGES.weights(sum) }] : [];
  return problems.concat(card.flatMap((factor, i) => rangeProblems(factor, ["scoreCard", i, "ranges"])));
}

/**
 * Segment names are unique within a rules model, except that several rules
 * may lead to one segment when they give it the same priority (a segment has
 * one priority, so the summary and the Priority column agree).
 */
function rulesProblems(model: RulesModel): Located[] {
  const problems = model.rules.flatMap((rule, i) => whenProblems(rule.when, ["model", "rules", i, "when"]));
  const owners = new Map<string, { where: string; priority: number | null }>();
  const outcomes: [Outcome, Path, string][] = model.rules.map((rule, i) => [rule, ["model", "rules", i, "segment"], `model.rules[${i}]`]);
  outcomes.push([model.otherwise, ["model", "otherwise", "segment"], "model.otherwise"]);
  for (const [outcome, path, where] of outcomes) {
    const owner = owners.get(outcome.segment);
    if (owner === undefined) owners.set(outcome.segment, { where, priority: outcome.priority });
    else if (owner.priority !== outcome.priority)
      problems.push({ path, message: MESSAGES.segmentPriority(outcome.segment, owner.where, owner.priority) });
  }
  const catchAll = model.rules.findIndex((rule) => {
    const condition = conditionOf(rule.when);
    return condition !== undefined && isAlways(condition);
  });
  if (catchAll >= 0) {
    for (let i = catchAll + 1; i < model.rules.length; i += 1)
      problems.push({ path: ["model", "rules", i], message: MESSAGES.unreachable(catchAll) });
  }
  return problems;
}

function bandProblems(bands: readonly number[], key: string): Located[] {
  const problems: Located[] = bands.includes(0) ? [] : [{ path: ["model", "bands"], message: MESSAGES.missingZeroBand(key) }];
  bands.forEach((value, i) => {
    const first = bands.indexOf(value);
    if (first < i) problems.push({ path: ["model", "bands", i, key], message: MESSAGES.duplicateBand(key, value, first) });
  });
  return problems;
}

const ascending = (cuts: readonly number[]): boolean => cuts.every((cut, i) => i === 0 || cut > cuts[i - 1]);

function matrixProblems(model: MatrixModel): Located[] {
  const problems: Located[] = [];
  if (!ascending(model.risk.cuts)) problems.push({ path: ["model", "risk", "cuts"], message: MESSAGES.cutsAscend() });
  if (!ascending(model.value.cuts)) problems.push({ path: ["model", "value", "cuts"], message: MESSAGES.cutsAscend() });
  const rows = model.risk.cuts.length + 1;
  const columns = model.value.cuts.length + 1;
  if (model.cells.length !== rows) problems.push({ path: ["model", "cells"], message: MESSAGES.matrixRows(rows, model.cells.length) });
  model.cells.forEach((row, r) => {
    if (row.length !== columns) problems.push({ path: ["model", "cells", r], message: MESSAGES.matrixColumns(columns, row.length) });
  });
  return problems;
}

function modelProblems(model: SegmentationConfig["model"]): Located[] {
  switch (model.kind) {
    case "rules":
      return rulesProblems(model);
    case "points":
      return model.rules
        .flatMap((rule, i) => whenProblems(rule.when, ["model", "rules", i, "when"]))
        .concat(
          bandProblems(
            model.bands.map((band) => band.minPercent),
            "minPercent",
          ),
        );
    case "score":
      return bandProblems(
        model.bands.map((band) => band.minScore),
        "minScore",
      );
    case "matrix":
      return matrixProblems(model);
    default:
      return assertNever(model);
  }
}

type Checked = { readonly ok: true; readonly config: SegmentationConfig } | { readonly ok: false; readonly problems: readonly Located[] };

/** Migrates, then checks the schema, then the rules the schema cannot express. */
function checkConfig(input: unknown): Checked {
  const version = configVersionOf(input);
  if (typeof version === "number" && version > CONFIG_VERSION)
    return { ok: false, problems: [{ path: ["version"], message: MESSAGES.newerVersion(version) }] };
  const migrated = migrateConfig(input);
  const parsed = ConfigSchema.safeParse(migrated);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error.issues, migrated, []) };
  const config = parsed.data;
  const problems = [
    ...edgeProblems(config.agingEdges),
    ...(config.scoreCard ? scoreCardProblems(config.scoreCard) : []),
    ...modelProblems(config.model),
  ];
  return problems.length === 0 ? { ok: true, config } : { ok: false, problems };
}

/** `model.rules[2].when` from ["model", "rules", 2, "when"]. */
export function formatConfigPath(path: Path): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

const invalid = (source: string, problems: readonly ConfigProblem[]): EngineIssue => ({ kind: "invalidConfig", source, problems });

/**
 * Validates a configuration object (any version; older ones are migrated
 * first) and fills its defaults. `when` texts stay texts; they are checked to
 * parse and to give every operator the value it needs. Field names are not
 * checked here: any sheet column may be tested, so the engine checks them
 * against the sheet.
 *
 * @example
 * validateConfig({ version: 2, model: { kind: "score", bands: [] } }, "workbook settings")
 * //=> { ok: false, error: { kind: "invalidConfig", source: "workbook settings",
 * //     problems: [{ path: "model.bands", message: "needs at least 1 item" }] } }
 */
export function validateConfig(input: unknown, source: string): Result<SegmentationConfig, EngineIssue> {
  const checked = checkConfig(input);
  if (checked.ok) return ok(checked.config);
  return fail(
    invalid(
      source,
      checked.problems.map((p) => ({ path: formatConfigPath(p.path), message: p.message })),
    ),
  );
}

type ParseErrorName = ReturnType<typeof printParseErrorCode>;
const SYNTAX_MESSAGES: Readonly<Record<ParseErrorName, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "not a valid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "unexpected text after the end of the configuration",
  InvalidCommentToken: "invalid comment",
  UnexpectedEndOfComment: 'comment not closed with "*/"',
  UnexpectedEndOfString: 'text not closed with "',
  UnexpectedEndOfNumber: "number cut short",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape after \\",
  InvalidCharacter: "control character inside text",
  "<unknown ParseErrorCode>": "syntax error",
};

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The node at a path, or at its nearest existing ancestor (a missing property points at its object). */
function nearestNode(root: Node, path: Path): Node {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    if (node) return node;
  }
  return root;
}

function offsetOf(text: string, root: Node, problem: Located, v1: boolean): number {
  const node = nearestNode(root, v1 ? v1PathOf(problem.path) : problem.path);
  // Point inside an expression only when the JSON string has no escapes, so character n of the value is character n of the text.
  const verbatim = node.type === "string" && text.slice(node.offset + 1, node.offset + node.length - 1) === node.value;
  return problem.at !== undefined && verbatim ? node.offset + 1 + problem.at : node.offset;
}

/**
 * Reads a configuration file's text: JSON with comments and trailing commas.
 * Syntax errors, schema errors and semantic problems come back with the
 * 1-based line and column of the offending value.
 *
 * @example
 * parseConfigText('{ "version": 2, "model": { "kind": "score", "bands": [] } }', "segmentation.json")
 * //=> { ok: false, error: { kind: "invalidConfig", source: "segmentation.json",
 * //     problems: [{ path: "model.bands", line: 1, column: 53, message: "needs at least 1 item" }] } }
 */
export function parseConfigText(text: string, source: string): Result<SegmentationConfig, EngineIssue> {
  // A byte-order mark becomes a space, so offsets still match the text.
  const clean = text.replace(/^\uFEFF/, " ");
  if (clean.trim() === "") return fail(invalid(source, [{ path: "", line: 1, column: 1, message: MESSAGES.empty() }]));
  const errors: ParseError[] = [];
  const root = parseTree(clean, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) {
    return fail(
      invalid(
        source,
        errors.map((e) => ({ path: "", ...lineColumn(clean, e.offset), message: SYNTAX_MESSAGES[printParseErrorCode(e.error)] })),
      ),
    );
  }
  const input: unknown = getNodeValue(root);
  const checked = checkConfig(input);
  if (checked.ok) return ok(checked.config);
  const v1 = configVersionOf(input) === 1;
  return fail(
    invalid(
      source,
      checked.problems.map((p) => ({
        path: formatConfigPath(v1 ? v1PathOf(p.path) : p.path),
        ...lineColumn(clean, offsetOf(clean, root, p, v1)),
        message: p.message,
      })),
    ),
  );
}
