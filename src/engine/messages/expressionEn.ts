/** The expression language's messages in English. */
import type { ConditionParams, ExpressionParams } from "../expression/messages";
import type { CodeTexts } from "./coded";

const q = (text: string): string => `"${text}"`;

export const expressionEn: CodeTexts<ExpressionParams> = {
  empty: () => "expected a condition, such as Balance > 10000",
  unclosedString: () => "unclosed quote: text values end with the same quote they start with",
  unclosedBracket: () => 'unclosed bracket "[": a field name in brackets ends with "]"',
  emptyBracket: () => "empty field name in brackets",
  unexpectedCharacter: ({ ch }) => `unexpected character ${q(ch)}`,
  badNumber: ({ text }) => `${q(text)} is not a number (write 10000, 2.5k, 1.5m or 50%)`,
  badDate: ({ text }) => `${q(text)} is not a date (write YYYY-MM-DD, such as 2026-01-31)`,
  unknownOperator: ({ op }) => `unknown operator ${q(op)} (use = <> > >= < <=)`,
  expectedValueAfter: ({ after }) => `expected a value after ${q(after)}`,
  expectedConditionAfter: ({ after }) => `expected a condition after ${q(after)}`,
  expectedField: ({ found }) => `expected a field name, found ${q(found)}`,
  keywordAsField: ({ word }) => `${q(word)} is a keyword; write [${word}] for a field with that name`,
  spacedField: ({ words }) => `a field name with spaces goes in brackets: [${words}]`,
  unquotedText: ({ word }) => `text values go in double quotes: "${word}"`,
  thousandsSeparator: () => 'unexpected ","; write numbers without thousands separators, such as 10000 or 10k',
  expectedWord: ({ word, after }) => `expected ${q(word)} after ${q(after)}`,
  expectedAfterIs: ({ is }) => `expected blank, not blank, true or false after ${q(is)}`,
  expectedOperatorAfter: ({ field }) => `expected an operator such as = > < in after ${q(field)}`,
  betweenNeedsAnd: () => '"between" needs "and" between its two values, as in Balance between 1000 and 5000',
  expectedList: ({ after }) => `expected a list in parentheses after ${q(after)}, such as ("61-90", "90+")`,
  expectedListValue: () => "expected a value in the list",
  unclosedList: () => 'expected "," or ")" in the list',
  unclosedParenthesis: () => 'unclosed parenthesis "("',
  unmatchedParenthesis: () => 'unmatched parenthesis ")"',
  unexpectedText: ({ text }) => `unexpected text ${q(text)}`,
  tooDeep: ({ limit }) => `parentheses and "not" nest deeper than ${limit} levels here; write the condition with fewer levels`,
};

export const conditionEn: CodeTexts<ConditionParams> = {
  needsNoValue: ({ op }) => `"${op}" takes no value`,
  needsOrderedValue: ({ op }) => `"${op}" needs a number or a date written YYYY-MM-DD`,
  needsScalar: ({ op }) => `"${op}" needs one value; to test several values use "in"`,
  needsText: ({ op }) => `"${op}" needs a text or a number`,
  needsList: ({ op }) => `"${op}" needs a non-empty list of values`,
  needsRange: () => '"between" needs two values, low and high, both numbers or both dates, e.g. [1000, 5000]',
  reversedRange: ({ low, high }) => `"between" needs the low value first: ${low} is above ${high}`,
  emptyGroup: ({ kind }) => `"${kind}" needs at least one condition`,
};
