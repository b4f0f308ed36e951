/** As mensagens da configuração, em português. */
import type { ConfigParams, FoundValue } from "../config/problems";
import type { CodeTexts } from "./coded";
import { renderCoded } from "./coded";
import { sayPlace, type PlaceWords } from "./configPlace";
import type { ConfigLocale } from "./configTypes";
import { countOf, decimalComma, sayFound, type FoundWords } from "./configWords";
import { describeIssue } from "../issues";
import { conditionPt, expressionPt } from "./expressionPt";

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "um número",
  int: "um número inteiro",
  string: "um texto",
  boolean: "true ou false",
  object: "um objeto { … }",
  array: "uma lista [ … ]",
  nonoptional: "um valor",
};

const typeWord = (expected: string): string => TYPE_WORDS[expected] ?? expected;
const plural = countOf;
const decimal = decimalComma;

const FOUND: FoundWords = {
  null: "null",
  list: "uma lista",
  object: "um objeto",
  text: (t) => `o texto ${t}`,
  number: (t) => `o número ${t}`,
};
const foundWord = (found: FoundValue): string => sayFound(found, FOUND);

const WORDS: PlaceWords = {
  topLevel: "(configuração)",
  rule: (n) => `Regra ${n}`,
  otherwise: "Todas as demais linhas",
  band: (n) => `Faixa ${n} do modelo`,
  matrixRow: (r) => `Linha ${r} da matriz`,
  matrixCell: (r, c) => `Célula ${r}, ${c} da matriz`,
  edge: (n) => `Limite ${n} das faixas de vencimento`,
  edges: "Limites das faixas de vencimento",
  factor: (n) => `Fator ${n} do cartão de pontuação`,
  parts: {
    when: "condição",
    segment: "segmento",
    priority: "prioridade",
    name: "nome",
    points: "pontos",
    "strategy.channel": "canal",
    "strategy.action": "ação",
    "strategy.tone": "tom",
    "strategy.message": "mensagem",
    minPercent: "porcentagem mínima",
    minScore: "pontuação mínima",
    weight: "peso",
    field: "campo",
    asOf: "Data-base",
    level: "Nível",
    preset: "Modelo predefinido",
    language: "Idioma",
    version: "Versão",
    mapping: "Mapeamento de colunas",
    scoreCard: "Cartão de pontuação",
    "model.kind": "Tipo de modelo",
  },
};
const place = (path: string): string => sayPlace(path, WORDS);

const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: "caractere inesperado",
  InvalidNumberFormat: "número inválido",
  PropertyNameExpected: "falta um nome de propriedade entre aspas duplas",
  ValueExpected: "falta um valor",
  ColonExpected: 'falta ":"',
  CommaExpected: 'falta ","',
  CloseBraceExpected: 'falta "}"',
  CloseBracketExpected: 'falta "]"',
  EndOfFileExpected: "há texto depois do fim da configuração",
  InvalidCommentToken: "comentário inválido",
  UnexpectedEndOfComment: 'comentário não fechado com "*/"',
  UnexpectedEndOfString: 'texto não fechado com "',
  UnexpectedEndOfNumber: "número incompleto",
  InvalidUnicode: "sequência \\u inválida",
  InvalidEscapeCharacter: "sequência de escape inválida depois de \\",
  InvalidCharacter: "caractere de controle dentro de um texto",
};

const texts: CodeTexts<ConfigParams> = {
  newerVersion: ({ version, supported }) =>
    `esta configuração foi feita por uma versão mais nova do suplemento (versão de configuração ${version}; este suplemento lê até a versão ${supported}). Atualize o suplemento para usá-la.`,
  required: ({ expected }) => `é obrigatório (${typeWord(expected)})`,
  wrongType: ({ expected, found }) => `esperava-se ${typeWord(expected)}, e veio ${foundWord(found)}`,
  oneOf: ({ values }) => `deve ser um de ${values.join(", ")}`,
  unknownKind: ({ found, kinds }) => `tipo desconhecido ${found}; esperava-se um de ${kinds.join(", ")}`,
  unknownKeys: ({ keys, known }) => `nome de campo desconhecido ${keys.join(", ")}; campos conhecidos: ${known.join(", ")}`,
  noForm: () => "não é nem uma expressão (texto) nem um objeto de condição",
  isoDate: () => "deve ser uma data escrita AAAA-MM-DD",
  invalidValue: () => "não é um valor válido",
  tooFewItems: ({ bound }) => `precisa de pelo menos ${plural(bound, "item", "itens")}`,
  tooManyItems: ({ bound }) => `aceita no máximo ${plural(bound, "item", "itens")}`,
  notEmpty: () => "não pode estar vazio",
  tooShort: ({ bound }) => `precisa de pelo menos ${plural(bound, "caractere", "caracteres")}`,
  tooLong: ({ bound }) => `aceita no máximo ${plural(bound, "caractere", "caracteres")}`,
  moreThan: ({ bound }) => `deve ser maior que ${bound}`,
  atLeast: ({ bound }) => `deve ser no mínimo ${bound}`,
  lessThan: ({ bound }) => `deve ser menor que ${bound}`,
  atMost: ({ bound }) => `deve ser no máximo ${bound}`,
  badExpression: ({ error, position, text }) => `${renderCoded(expressionPt, error)} no caractere ${position + 1} de "${text}"`,
  inExpression: ({ condition, problem }) => `em "${condition}": ${renderCoded(conditionPt, problem)}`,
  condition: ({ problem }) => renderCoded(conditionPt, problem),
  edgesStart: () => "o primeiro limite de vencimento deve ser 0 (a faixa a vencer)",
  edgesAscend: ({ previous }) => `cada limite de vencimento deve ser maior que o anterior (${previous})`,
  weights: ({ sum }) => `os pesos do cartão de pontuação somam ${decimal(sum)}; devem somar 1`,
  emptyRange: () => "min deve ser menor que max",
  overlap: ({ other }) => `sobrepõe-se a ranges[${other}]; um valor deve cair em um só intervalo`,
  segmentPriority: ({ segment, other, priority }) =>
    `o segmento "${segment}" também é usado pela ${place(other)} com prioridade ${priority ?? "nenhuma"}; regras que compartilham um segmento devem compartilhar a sua prioridade`,
  segmentLookalike: ({ segment, other, where }) =>
    `o segmento "${segment}" difere de "${other}" (${place(where)}) só em maiúsculas ou em espaços nas pontas; o resumo conta o texto sem distinguir maiúsculas, então use uma só grafia para cada segmento`,
  unreachable: ({ before }) => `nunca se aplica: a ${place(`model.rules[${before}]`)}, antes dela, se aplica a todas as linhas`,
  missingZeroBand: ({ key }) => `precisa de uma faixa com ${key} 0, para que toda linha receba uma faixa`,
  duplicateBand: ({ key, value, other }) => `${key} ${value} já é usado por bands[${other}]`,
  cutsAscend: () => "os cortes devem estar em ordem crescente, sem repetições",
  matrixRows: ({ expected, found }) =>
    `precisa de ${plural(expected, "linha", "linhas")}, uma por nível de risco (cortes de risco + 1); tem ${found}`,
  matrixColumns: ({ expected, found }) =>
    `precisa de ${plural(expected, "resultado", "resultados")}, um por nível de valor (cortes de valor + 1); tem ${found}`,
  empty: () => "a configuração está vazia",
  unknownPreset: ({ name, known }) => `não há modelo predefinido ${name} para completar a configuração; modelos: ${known.join(", ")}`,
  tooDeep: ({ limit }) => `aninha mais de ${limit} níveis de { } e [ ]; uma configuração nunca precisa de tantos`,
  conditionTooDeep: ({ limit }) =>
    `a condição aninha all / any / not mais de ${limit} níveis; escreva-a com menos níveis (uma expressão como "A e (B ou C)" costuma ser mais simples)`,
  issue: ({ issue }) => describeIssue(issue, "pt"),
  syntax: ({ error }) => SYNTAX[error] ?? "erro de sintaxe",
};

export const configPt: ConfigLocale = {
  texts,
  place,
  at: (line, column) => `linha ${line}${column !== undefined ? `:${column}` : ""}, `,
};
