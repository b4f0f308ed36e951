/** As mensagens da linguagem de condições, em português. */
import type { ConditionParams, ExpressionParams } from "../expression/messages";
import type { CodeTexts } from "./coded";

const q = (text: string): string => `"${text}"`;

export const expressionPt: CodeTexts<ExpressionParams> = {
  empty: () => "falta uma condição, como Balance > 10000",
  unclosedString: () => "aspas não fechadas: um texto termina com as mesmas aspas com que começa",
  unclosedBracket: () => 'colchete "[" não fechado: um nome de campo entre colchetes termina com "]"',
  emptyBracket: () => "nome de campo vazio entre colchetes",
  unexpectedCharacter: ({ ch }) => `caractere inesperado ${q(ch)}`,
  badNumber: ({ text }) => `${q(text)} não é um número (escreva 10000, 2.5k, 1.5m ou 50%)`,
  badDate: ({ text }) => `${q(text)} não é uma data (escreva AAAA-MM-DD, como 2026-01-31)`,
  unknownOperator: ({ op }) => `operador desconhecido ${q(op)} (use = <> > >= < <=)`,
  expectedValueAfter: ({ after }) => `falta um valor depois de ${q(after)}`,
  expectedConditionAfter: ({ after }) => `falta uma condição depois de ${q(after)}`,
  expectedField: ({ found }) => `esperava-se um nome de campo, e veio ${q(found)}`,
  keywordAsField: ({ word }) => `${q(word)} é uma palavra-chave; escreva [${word}] para um campo com esse nome`,
  spacedField: ({ words }) => `um nome de campo com espaços vai entre colchetes: [${words}]`,
  unquotedText: ({ word }) => `textos vão entre aspas duplas: "${word}"`,
  thousandsSeparator: () => '"," inesperada; escreva os números sem separador de milhar, como 10000 ou 10k',
  expectedWord: ({ word, after }) => `falta ${q(word)} depois de ${q(after)}`,
  expectedAfterIs: ({ is }) => `depois de ${q(is)} vem vazio, não vazio, verdadeiro ou falso`,
  expectedOperatorAfter: ({ field }) => `falta um operador como = > < em depois de ${q(field)}`,
  betweenNeedsAnd: () => '"entre" precisa de "e" entre os seus dois valores, como em Balance entre 1000 e 5000',
  expectedList: ({ after }) => `falta uma lista entre parênteses depois de ${q(after)}, como ("61-90", "90+")`,
  expectedListValue: () => "falta um valor na lista",
  unclosedList: () => 'falta "," ou ")" na lista',
  unclosedParenthesis: () => 'parêntese "(" não fechado',
  unmatchedParenthesis: () => 'parêntese ")" sem o seu "("',
  unexpectedText: ({ text }) => `texto inesperado ${q(text)}`,
  tooDeep: ({ limit }) => `os parênteses e os "não" se aninham aqui mais de ${limit} níveis; escreva a condição com menos níveis`,
};

export const conditionPt: CodeTexts<ConditionParams> = {
  needsNoValue: ({ op }) => `"${op}" não leva valor`,
  needsOrderedValue: ({ op }) => `"${op}" precisa de um número ou de uma data escrita AAAA-MM-DD`,
  needsScalar: ({ op }) => `"${op}" precisa de um só valor; para testar vários valores use "em"`,
  needsText: ({ op }) => `"${op}" precisa de um texto ou de um número`,
  needsList: ({ op }) => `"${op}" precisa de uma lista de valores não vazia`,
  needsRange: () => '"entre" precisa de dois valores, o menor e o maior, ambos números ou ambos datas, p. ex. [1000, 5000]',
  reversedRange: ({ low, high }) => `"entre" precisa do valor menor primeiro: ${low} é maior que ${high}`,
  emptyGroup: ({ kind }) => `"${kind}" precisa de pelo menos uma condição`,
};
