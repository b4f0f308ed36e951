/** The text of an expression error or a condition problem, in a language. */
import type { Language } from "../language";
import { renderCoded, type ByLanguage, type CodeTexts } from "../messages/coded";
import { conditionEn, expressionEn } from "../messages/expressionEn";
import { conditionEs, expressionEs } from "../messages/expressionEs";
import { conditionPt, expressionPt } from "../messages/expressionPt";
import type { ConditionMessage, ConditionParams, ExpressionMessage, ExpressionParams } from "./messages";

export const EXPRESSION_TEXTS: ByLanguage<CodeTexts<ExpressionParams>> = { en: expressionEn, es: expressionEs, pt: expressionPt };
export const CONDITION_TEXTS: ByLanguage<CodeTexts<ConditionParams>> = { en: conditionEn, es: conditionEs, pt: conditionPt };

/**
 * What is wrong with an expression (without where: the caller says where).
 *
 * @example describeExpressionError({ position: 9, code: "expectedValueAfter", params: { after: ">" } }) //=> 'expected a value after ">"'
 */
export function describeExpressionError(error: ExpressionMessage, language: Language = "en"): string {
  return renderCoded(EXPRESSION_TEXTS[language], error);
}

/**
 * What is wrong with the value an operator was given.
 *
 * @example describeConditionProblem({ code: "needsNoValue", params: { op: "isBlank" } }, "es") //=> "«isBlank» no lleva valor"
 */
export function describeConditionProblem(problem: ConditionMessage, language: Language = "en"): string {
  return renderCoded(CONDITION_TEXTS[language], problem);
}
