/**
 * Every text the expression language shows a person, in one place: parse
 * errors (`ExpressionError.detail`) and the problems `checkCondition` finds.
 */

/** A parse error: where (0-based character offset) and what. */
export interface ExpressionError {
  readonly position: number;
  readonly detail: string;
}

const quote = (text: string): string => `"${text}"`;

export const EXPRESSION_MESSAGES = {
  empty: () => "expected a condition, such as Balance > 10000",
  unclosedString: () => "unclosed quote: text values end with the same quote they start with",
  unclosedBracket: () => 'unclosed bracket "[": a field name in brackets ends with "]"',
  emptyBracket: () => "empty field name in brackets",
  unexpectedCharacter: (ch: string) => `unexpected character ${quote(ch)}`,
  badNumber: (text: string) => `${quote(text)} is not a number (write 10000, 2.5k, 1.5m or 50%)`,
  badDate: (text: string) => `${quote(text)} is not a date (write YYYY-MM-DD, such as 2026-01-31)`,
  unknownOperator: (op: string) => `unknown operator ${quote(op)} (use = <> > >= < <=)`,
  expectedValueAfter: (after: string) => `expected a value after ${quote(after)}`,
  expectedConditionAfter: (after: string) => `expected a condition after ${quote(after)}`,
  expectedField: (found: string) => `expected a field name, found ${quote(found)}`,
  keywordAsField: (word: string) => `${quote(word)} is a keyword; write [${word}] for a field with that name`,
  spacedField: (words: string) => `a field name with spaces goes in brackets: [${words}]`,
  unquotedText: (word: string) => `text values go in double quotes: "${word}"`,
  thousandsSeparator: () => 'unexpected ","; write numbers without thousands separators, such as 10000 or 10k',
  expectedWord: (word: string, after: string) => `expected ${quote(word)} after ${quote(after)}`,
  expectedAfterIs: (is: string) => `expected blank, not blank, true or false after ${quote(is)}`,
  expectedOperatorAfter: (field: string) => `expected an operator such as = > < in after ${quote(field)}`,
  betweenNeedsAnd: () => '"between" needs "and" between its two values, as in Balance between 1000 and 5000',
  expectedList: (after: string) => `expected a list in parentheses after ${quote(after)}, such as ("61-90", "90+")`,
  expectedListValue: () => "expected a value in the list",
  unclosedList: () => 'expected "," or ")" in the list',
  unclosedParenthesis: () => 'unclosed parenthesis "("',
  unmatchedParenthesis: () => 'unmatched parenthesis ")"',
  unexpectedText: (text: string) => `unexpected text ${quote(text)}`,
  tooDeep: (limit: number) => `parentheses and "not" nest deeper than ${limit} levels here; write the condition with fewer levels`,
} as const;

/** Texts of the value checks on a parsed condition (`checkCondition`). */
export const CONDITION_MESSAGES = {
  needsNoValue: (op: string) => `"${op}" takes no value`,
  needsOrderedValue: (op: string) => `"${op}" needs a number or a date written YYYY-MM-DD`,
  needsScalar: (op: string) => `"${op}" needs one value; to test several values use "in"`,
  needsText: (op: string) => `"${op}" needs a text or a number`,
  needsList: (op: string) => `"${op}" needs a non-empty list of values`,
  needsRange: () => '"between" needs two values, low and high, both numbers or both dates, e.g. [1000, 5000]',
  reversedRange: (low: string, high: string) => `"between" needs the low value first: ${low} is above ${high}`,
  emptyGroup: (kind: string) => `"${kind}" needs at least one condition`,
} as const;
