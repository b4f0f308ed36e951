/** The configuration's messages in English. */
import type { ConfigParams, FoundValue } from "../config/problems";
import type { CodeTexts } from "./coded";
import { conditionEn, expressionEn } from "./expressionEn";
import { renderCoded } from "./coded";
import type { ConfigLocale } from "./configTypes";
import { sayFound, type FoundWords } from "./configWords";
import { describeIssue } from "../issues";

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  object: "an object { … }",
  array: "a list [ … ]",
  nonoptional: "a value",
};

const typeWord = (expected: string): string => TYPE_WORDS[expected] ?? expected;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const FOUND: FoundWords = { null: "null", list: "a list", object: "an object", text: (t) => `text ${t}`, number: (t) => `the number ${t}` };
const foundWord = (found: FoundValue): string => sayFound(found, FOUND);

const SYNTAX: Readonly<Record<string, string>> = {
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
};

const texts: CodeTexts<ConfigParams> = {
  newerVersion: ({ version, supported }) =>
    `this configuration was made by a newer version of the add-in (configuration version ${version}; this add-in reads up to version ${supported}). Update the add-in to use it.`,
  required: ({ expected }) => `is required (${typeWord(expected)})`,
  wrongType: ({ expected, found }) => `expected ${typeWord(expected)}, found ${foundWord(found)}`,
  oneOf: ({ values }) => `must be one of ${values.join(", ")}`,
  unknownKind: ({ found, kinds }) => `unknown kind ${found}; expected one of ${kinds.join(", ")}`,
  unknownKeys: ({ keys, known }) => `unknown field name ${keys.join(", ")}; known fields: ${known.join(", ")}`,
  noForm: () => "is neither an expression (text) nor a condition object",
  isoDate: () => "must be a date written YYYY-MM-DD",
  invalidValue: () => "is not a valid value",
  tooFewItems: ({ bound }) => `needs at least ${plural(bound, "item")}`,
  tooManyItems: ({ bound }) => `allows at most ${plural(bound, "item")}`,
  notEmpty: () => "must not be empty",
  tooShort: ({ bound }) => `needs at least ${bound} characters`,
  tooLong: ({ bound }) => `allows at most ${bound} characters`,
  moreThan: ({ bound }) => `must be more than ${bound}`,
  atLeast: ({ bound }) => `must be at least ${bound}`,
  lessThan: ({ bound }) => `must be less than ${bound}`,
  atMost: ({ bound }) => `must be at most ${bound}`,
  badExpression: ({ error, position, text }) => `${renderCoded(expressionEn, error)} at character ${position + 1} of "${text}"`,
  inExpression: ({ condition, problem }) => `in "${condition}": ${renderCoded(conditionEn, problem)}`,
  condition: ({ problem }) => renderCoded(conditionEn, problem),
  edgesStart: () => "the first aging edge must be 0 (the Current bucket)",
  edgesAscend: ({ previous }) => `each aging edge must be greater than the one before it (${previous})`,
  weights: ({ sum }) => `the score card weights add up to ${Number(sum.toFixed(6))}; they must add up to 1`,
  emptyRange: () => "min must be below max",
  overlap: ({ other }) => `overlaps ranges[${other}]; a raw value must fall in one range only`,
  segmentPriority: ({ segment, other, priority }) =>
    `segment "${segment}" is also used by ${other} with priority ${priority}; rules that share a segment must share its priority`,
  segmentLookalike: ({ segment, other, where }) =>
    `segment ${JSON.stringify(segment)} differs from ${JSON.stringify(other)} (${where}) only in capitals or spaces at its ends; the summary counts text without regard to case, so use one spelling for one segment`,
  unreachable: ({ before }) => `can never apply: model.rules[${before}] before it applies to every row`,
  missingZeroBand: ({ key }) => `needs a band with ${key} 0, so that every row gets a band`,
  duplicateBand: ({ key, value, other }) => `${key} ${value} is also used by bands[${other}]`,
  cutsAscend: () => "cuts must be in ascending order, without repeats",
  matrixRows: ({ expected, found }) => `needs ${plural(expected, "row")}, one per risk level (risk cuts + 1); found ${found}`,
  matrixColumns: ({ expected, found }) => `needs ${plural(expected, "outcome")}, one per value level (value cuts + 1); found ${found}`,
  empty: () => "the configuration is empty",
  unknownPreset: ({ name, known }) => `names no preset ${name} to complete the configuration from; presets: ${known.join(", ")}`,
  tooDeep: ({ limit }) => `nests deeper than ${limit} levels of { } and [ ]; a configuration never needs that many`,
  conditionTooDeep: ({ limit }) =>
    `the condition nests all / any / not deeper than ${limit} levels; write it with fewer levels (an expression such as "A and (B or C)" is often simpler)`,
  issue: ({ issue }) => describeIssue(issue, "en"),
  syntax: ({ error }) => SYNTAX[error] ?? "syntax error",
};

export const configEn: ConfigLocale = {
  texts,
  // English says the path as the file writes it.
  place: (path) => path || "(top level)",
  at: (line, column) => `line ${line}${column !== undefined ? `:${column}` : ""}, `,
};
