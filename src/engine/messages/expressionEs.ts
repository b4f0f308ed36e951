/** Los mensajes del lenguaje de condiciones, en español. */
import type { ConditionParams, ExpressionParams } from "../expression/messages";
import type { CodeTexts } from "./coded";

const q = (text: string): string => `«${text}»`;

export const expressionEs: CodeTexts<ExpressionParams> = {
  empty: () => "falta una condición, como Balance > 10000",
  unclosedString: () => "comillas sin cerrar: un texto termina con las mismas comillas con que empieza",
  unclosedBracket: () => "corchete «[» sin cerrar: un nombre de campo entre corchetes termina con «]»",
  emptyBracket: () => "nombre de campo vacío entre corchetes",
  unexpectedCharacter: ({ ch }) => `carácter inesperado ${q(ch)}`,
  badNumber: ({ text }) => `${q(text)} no es un número (escriba 10000, 2.5k, 1.5m o 50%)`,
  badDate: ({ text }) => `${q(text)} no es una fecha (escriba AAAA-MM-DD, como 2026-01-31)`,
  unknownOperator: ({ op }) => `operador desconocido ${q(op)} (use = <> > >= < <=)`,
  expectedValueAfter: ({ after }) => `falta un valor después de ${q(after)}`,
  expectedConditionAfter: ({ after }) => `falta una condición después de ${q(after)}`,
  expectedField: ({ found }) => `se esperaba un nombre de campo y se encontró ${q(found)}`,
  keywordAsField: ({ word }) => `${q(word)} es una palabra clave; escriba [${word}] para un campo con ese nombre`,
  spacedField: ({ words }) => `un nombre de campo con espacios va entre corchetes: [${words}]`,
  unquotedText: ({ word }) => `los textos van entre comillas dobles: "${word}"`,
  thousandsSeparator: () => "«,» inesperada; escriba los números sin separador de miles, como 10000 o 10k",
  expectedWord: ({ word, after }) => `falta ${q(word)} después de ${q(after)}`,
  expectedAfterIs: ({ is }) => `después de ${q(is)} va vacío, no vacío, verdadero o falso`,
  expectedOperatorAfter: ({ field }) => `falta un operador como = > < en después de ${q(field)}`,
  betweenNeedsAnd: () => "«entre» necesita «y» entre sus dos valores, como en Balance entre 1000 y 5000",
  expectedList: ({ after }) => `falta una lista entre paréntesis después de ${q(after)}, como ("61-90", "90+")`,
  expectedListValue: () => "falta un valor en la lista",
  unclosedList: () => "falta «,» o «)» en la lista",
  unclosedParenthesis: () => "paréntesis «(» sin cerrar",
  unmatchedParenthesis: () => "paréntesis «)» sin su «(»",
  unexpectedText: ({ text }) => `texto inesperado ${q(text)}`,
  tooDeep: ({ limit }) => `los paréntesis y los «no» se anidan aquí más de ${limit} niveles; escriba la condición con menos niveles`,
};

export const conditionEs: CodeTexts<ConditionParams> = {
  needsNoValue: ({ op }) => `«${op}» no lleva valor`,
  needsOrderedValue: ({ op }) => `«${op}» necesita un número o una fecha escrita AAAA-MM-DD`,
  needsScalar: ({ op }) => `«${op}» necesita un solo valor; para probar varios valores use «en»`,
  needsText: ({ op }) => `«${op}» necesita un texto o un número`,
  needsList: ({ op }) => `«${op}» necesita una lista de valores no vacía`,
  needsRange: () => "«entre» necesita dos valores, el menor y el mayor, ambos números o ambos fechas, p. ej. [1000, 5000]",
  reversedRange: ({ low, high }) => `«entre» necesita primero el valor menor: ${low} es mayor que ${high}`,
  emptyGroup: ({ kind }) => `«${kind}» necesita al menos una condición`,
};
