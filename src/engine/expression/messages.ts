/**
 * Every message the expression language gives, as codes with parameters: parse
 * errors (`ExpressionError`) and the problems `checkCondition` finds. Their
 * texts, per language, are in src/engine/messages/expression{En,Es,Pt}.ts.
 */
import type { Coded } from "../messages/coded";

/** The parse errors and what each one's text needs. */
export interface ExpressionParams {
  readonly empty: Record<string, never>;
  readonly unclosedString: Record<string, never>;
  readonly unclosedBracket: Record<string, never>;
  readonly emptyBracket: Record<string, never>;
  readonly unexpectedCharacter: { readonly ch: string };
  readonly badNumber: { readonly text: string };
  readonly badDate: { readonly text: string };
  readonly unknownOperator: { readonly op: string };
  readonly expectedValueAfter: { readonly after: string };
  readonly expectedConditionAfter: { readonly after: string };
  readonly expectedField: { readonly found: string };
  readonly keywordAsField: { readonly word: string };
  readonly spacedField: { readonly words: string };
  readonly unquotedText: { readonly word: string };
  readonly thousandsSeparator: Record<string, never>;
  readonly expectedWord: { readonly word: string; readonly after: string };
  readonly expectedAfterIs: { readonly is: string };
  readonly expectedOperatorAfter: { readonly field: string };
  readonly betweenNeedsAnd: Record<string, never>;
  readonly expectedList: { readonly after: string };
  readonly expectedListValue: Record<string, never>;
  readonly unclosedList: Record<string, never>;
  readonly unclosedParenthesis: Record<string, never>;
  readonly unmatchedParenthesis: Record<string, never>;
  readonly unexpectedText: { readonly text: string };
  readonly tooDeep: { readonly limit: number };
}

export type ExpressionCode = keyof ExpressionParams;
export type ExpressionMessage = Coded<ExpressionParams>;

/** A parse error: where (0-based character offset), its code and parameters. */
export type ExpressionError = { readonly position: number } & ExpressionMessage;

const none = {} as Record<string, never>;
const coded =
  <K extends ExpressionCode>(code: K) =>
  (params: ExpressionParams[K]): ExpressionMessage =>
    ({ code, params }) as ExpressionMessage;

/** Builders of the parse errors' codes: `M.badDate("2026-02-30")` → `{ code: "badDate", params: { text } }`. */
export const EXPRESSION_MESSAGES = {
  empty: () => coded("empty")(none),
  unclosedString: () => coded("unclosedString")(none),
  unclosedBracket: () => coded("unclosedBracket")(none),
  emptyBracket: () => coded("emptyBracket")(none),
  unexpectedCharacter: (ch: string) => coded("unexpectedCharacter")({ ch }),
  badNumber: (text: string) => coded("badNumber")({ text }),
  badDate: (text: string) => coded("badDate")({ text }),
  unknownOperator: (op: string) => coded("unknownOperator")({ op }),
  expectedValueAfter: (after: string) => coded("expectedValueAfter")({ after }),
  expectedConditionAfter: (after: string) => coded("expectedConditionAfter")({ after }),
  expectedField: (found: string) => coded("expectedField")({ found }),
  keywordAsField: (word: string) => coded("keywordAsField")({ word }),
  spacedField: (words: string) => coded("spacedField")({ words }),
  unquotedText: (word: string) => coded("unquotedText")({ word }),
  thousandsSeparator: () => coded("thousandsSeparator")(none),
  expectedWord: (word: string, after: string) => coded("expectedWord")({ word, after }),
  expectedAfterIs: (is: string) => coded("expectedAfterIs")({ is }),
  expectedOperatorAfter: (field: string) => coded("expectedOperatorAfter")({ field }),
  betweenNeedsAnd: () => coded("betweenNeedsAnd")(none),
  expectedList: (after: string) => coded("expectedList")({ after }),
  expectedListValue: () => coded("expectedListValue")(none),
  unclosedList: () => coded("unclosedList")(none),
  unclosedParenthesis: () => coded("unclosedParenthesis")(none),
  unmatchedParenthesis: () => coded("unmatchedParenthesis")(none),
  unexpectedText: (text: string) => coded("unexpectedText")({ text }),
  tooDeep: (limit: number) => coded("tooDeep")({ limit }),
} as const;

/** The value checks on a parsed condition (`checkCondition`) and what each one's text needs. */
export interface ConditionParams {
  readonly needsNoValue: { readonly op: string };
  readonly needsOrderedValue: { readonly op: string };
  readonly needsScalar: { readonly op: string };
  readonly needsText: { readonly op: string };
  readonly needsList: { readonly op: string };
  readonly needsRange: Record<string, never>;
  readonly reversedRange: { readonly low: string; readonly high: string };
  readonly emptyGroup: { readonly kind: string };
}

export type ConditionCode = keyof ConditionParams;
export type ConditionMessage = Coded<ConditionParams>;

const condition =
  <K extends ConditionCode>(code: K) =>
  (params: ConditionParams[K]): ConditionMessage =>
    ({ code, params }) as ConditionMessage;

/** Builders of the value checks' codes. */
export const CONDITION_MESSAGES = {
  needsNoValue: (op: string) => condition("needsNoValue")({ op }),
  needsOrderedValue: (op: string) => condition("needsOrderedValue")({ op }),
  needsScalar: (op: string) => condition("needsScalar")({ op }),
  needsText: (op: string) => condition("needsText")({ op }),
  needsList: (op: string) => condition("needsList")({ op }),
  needsRange: () => condition("needsRange")(none),
  reversedRange: (low: string, high: string) => condition("reversedRange")({ low, high }),
  emptyGroup: (kind: string) => condition("emptyGroup")({ kind }),
} as const;
