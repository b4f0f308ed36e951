/** Los mensajes de la configuración, en español. */
import type { ConfigParams, FoundValue } from "../config/problems";
import type { CodeTexts } from "./coded";
import { renderCoded } from "./coded";
import { sayPlace, type PlaceWords } from "./configPlace";
import type { ConfigLocale } from "./configTypes";
import { countOf, decimalComma, sayFound, type FoundWords } from "./configWords";
import { describeIssue } from "../issues";
import { conditionEs, expressionEs } from "./expressionEs";

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "un número",
  int: "un número entero",
  string: "un texto",
  boolean: "true o false",
  object: "un objeto { … }",
  array: "una lista [ … ]",
  nonoptional: "un valor",
};

const typeWord = (expected: string): string => TYPE_WORDS[expected] ?? expected;
const plural = countOf;
const decimal = decimalComma;

const FOUND: FoundWords = {
  null: "null",
  list: "una lista",
  object: "un objeto",
  text: (t) => `el texto ${t}`,
  number: (t) => `el número ${t}`,
};
const foundWord = (found: FoundValue): string => sayFound(found, FOUND);

const WORDS: PlaceWords = {
  topLevel: "(configuración)",
  rule: (n) => `Regla ${n}`,
  otherwise: "Todas las demás filas",
  band: (n) => `Tramo ${n} del modelo`,
  matrixRow: (r) => `Fila ${r} de la matriz`,
  matrixCell: (r, c) => `Celda ${r}, ${c} de la matriz`,
  edge: (n) => `Límite ${n} de los tramos de antigüedad`,
  edges: "Límites de los tramos de antigüedad",
  factor: (n) => `Factor ${n} de la tarjeta de puntaje`,
  parts: {
    when: "condición",
    segment: "segmento",
    priority: "prioridad",
    name: "nombre",
    points: "puntos",
    "strategy.channel": "canal",
    "strategy.action": "acción",
    "strategy.tone": "tono",
    "strategy.message": "mensaje",
    minPercent: "porcentaje mínimo",
    minScore: "puntaje mínimo",
    weight: "peso",
    field: "campo",
    asOf: "Fecha de corte",
    level: "Nivel",
    preset: "Modelo predefinido",
    language: "Idioma",
    version: "Versión",
    mapping: "Mapeo de columnas",
    scoreCard: "Tarjeta de puntaje",
    "model.kind": "Tipo de modelo",
  },
};
const place = (path: string): string => sayPlace(path, WORDS);

const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: "carácter inesperado",
  InvalidNumberFormat: "número no válido",
  PropertyNameExpected: "falta un nombre de propiedad entre comillas dobles",
  ValueExpected: "falta un valor",
  ColonExpected: "falta «:»",
  CommaExpected: "falta «,»",
  CloseBraceExpected: "falta «}»",
  CloseBracketExpected: "falta «]»",
  EndOfFileExpected: "hay texto después del final de la configuración",
  InvalidCommentToken: "comentario no válido",
  UnexpectedEndOfComment: "comentario sin cerrar con «*/»",
  UnexpectedEndOfString: 'texto sin cerrar con «"»',
  UnexpectedEndOfNumber: "número incompleto",
  InvalidUnicode: "secuencia \\u no válida",
  InvalidEscapeCharacter: "secuencia de escape no válida después de \\",
  InvalidCharacter: "carácter de control dentro de un texto",
};

const texts: CodeTexts<ConfigParams> = {
  newerVersion: ({ version, supported }) =>
    `esta configuración se hizo con una versión más nueva del complemento (versión de configuración ${version}; este complemento lee hasta la versión ${supported}). Actualice el complemento para usarla.`,
  required: ({ expected }) => `es obligatorio (${typeWord(expected)})`,
  wrongType: ({ expected, found }) => `se esperaba ${typeWord(expected)} y se encontró ${foundWord(found)}`,
  oneOf: ({ values }) => `debe ser uno de ${values.join(", ")}`,
  unknownKind: ({ found, kinds }) => `tipo desconocido ${found}; se esperaba uno de ${kinds.join(", ")}`,
  unknownKeys: ({ keys, known }) => `nombre de campo desconocido ${keys.join(", ")}; campos conocidos: ${known.join(", ")}`,
  noForm: () => "no es ni una expresión (texto) ni un objeto de condición",
  isoDate: () => "debe ser una fecha escrita AAAA-MM-DD",
  invalidValue: () => "no es un valor válido",
  tooFewItems: ({ bound }) => `necesita al menos ${plural(bound, "elemento", "elementos")}`,
  tooManyItems: ({ bound }) => `admite como máximo ${plural(bound, "elemento", "elementos")}`,
  notEmpty: () => "no puede estar vacío",
  tooShort: ({ bound }) => `necesita al menos ${plural(bound, "carácter", "caracteres")}`,
  tooLong: ({ bound }) => `admite como máximo ${plural(bound, "carácter", "caracteres")}`,
  moreThan: ({ bound }) => `debe ser mayor que ${bound}`,
  atLeast: ({ bound }) => `debe ser como mínimo ${bound}`,
  lessThan: ({ bound }) => `debe ser menor que ${bound}`,
  atMost: ({ bound }) => `debe ser como máximo ${bound}`,
  badExpression: ({ error, position, text }) => `${renderCoded(expressionEs, error)} en el carácter ${position + 1} de «${text}»`,
  inExpression: ({ condition, problem }) => `en «${condition}»: ${renderCoded(conditionEs, problem)}`,
  condition: ({ problem }) => renderCoded(conditionEs, problem),
  edgesStart: () => "el primer límite de antigüedad debe ser 0 (el tramo vigente)",
  edgesAscend: ({ previous }) => `cada límite de antigüedad debe ser mayor que el anterior (${previous})`,
  weights: ({ sum }) => `los pesos de la tarjeta de puntaje suman ${decimal(sum)}; deben sumar 1`,
  emptyRange: () => "min debe ser menor que max",
  overlap: ({ other }) => `se superpone con ranges[${other}]; un valor debe caer en un solo rango`,
  segmentPriority: ({ segment, other, priority }) =>
    `el segmento «${segment}» también lo usa ${place(other)} con prioridad ${priority ?? "ninguna"}; las reglas que comparten un segmento deben compartir su prioridad`,
  segmentLookalike: ({ segment, other, where }) =>
    `el segmento «${segment}» se distingue de «${other}» (${place(where)}) solo en mayúsculas o en espacios en sus extremos; el resumen cuenta el texto sin distinguir mayúsculas, así que use una sola forma para cada segmento`,
  unreachable: ({ before }) => `nunca se aplica: la ${place(`model.rules[${before}]`)}, antes que ella, se aplica a todas las filas`,
  missingZeroBand: ({ key }) => `necesita un tramo con ${key} 0, para que toda fila reciba un tramo`,
  duplicateBand: ({ key, value, other }) => `${key} ${value} ya lo usa bands[${other}]`,
  cutsAscend: () => "los cortes deben ir en orden ascendente, sin repetirse",
  matrixRows: ({ expected, found }) =>
    `necesita ${plural(expected, "fila", "filas")}, una por nivel de riesgo (cortes de riesgo + 1); tiene ${found}`,
  matrixColumns: ({ expected, found }) =>
    `necesita ${plural(expected, "resultado", "resultados")}, uno por nivel de valor (cortes de valor + 1); tiene ${found}`,
  empty: () => "la configuración está vacía",
  unknownPreset: ({ name, known }) =>
    `no hay ningún modelo predefinido ${name} con que completar la configuración; modelos: ${known.join(", ")}`,
  tooDeep: ({ limit }) => `se anida más de ${limit} niveles de { } y [ ]; una configuración nunca necesita tantos`,
  conditionTooDeep: ({ limit }) =>
    `la condición anida all / any / not más de ${limit} niveles; escríbala con menos niveles (una expresión como "A y (B o C)" suele ser más simple)`,
  issue: ({ issue }) => describeIssue(issue, "es"),
  syntax: ({ error }) => SYNTAX[error] ?? "error de sintaxis",
};

export const configEs: ConfigLocale = {
  texts,
  place,
  at: (line, column) => `línea ${line}${column !== undefined ? `:${column}` : ""}, `,
};
