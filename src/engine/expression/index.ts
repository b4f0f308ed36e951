/** The rule expression language: text ⇄ `Condition`. Every public name of the folder is here. */
export { parseExpression } from "./parse";
export { formatCondition, formatField, formatScalar } from "./format";
export { conditionFieldsOf } from "./fieldsOf";
export { checkCondition, compareValueProblem, isAlways } from "./check";
export type { ConditionProblem } from "./check";
export { describeExpressionError, describeConditionProblem } from "./describe";
export type { ExpressionError, ExpressionMessage, ExpressionParams, ConditionMessage, ConditionParams } from "./messages";
export { KEYWORDS, keywordOf, isPlainName } from "./keywords";
export type { Keyword } from "./keywords";
