/**
 * Every message code of every union has a text in English, Spanish and
 * Portuguese; the Spanish and Portuguese texts are not the English one, and
 * every text names the file, sheet, cell and column it is about.
 */
import type { ConfigMessage, ConfigParams } from "../../../src/engine/config";
import { describeConfigMessage, describeConfigProblem } from "../../../src/engine/config";
import type { ConditionParams, ExpressionParams } from "../../../src/engine/expression";
import { describeConditionProblem, describeExpressionError } from "../../../src/engine/expression";
import { describeIssue, type EngineIssue } from "../../../src/engine/issues";
import { LANGUAGES } from "../../../src/engine/language";
import type { Coded } from "../../../src/engine/messages/coded";
import { describeProblem, type FunctionProblem } from "../../../src/functions/logic/problems";
import {
  describeRunError,
  describeSummaryNote,
  describeUsageError,
  describeWorkbookError,
  type SummaryNote,
  type UsageError,
  type WorkbookError,
} from "../../../src/workbook/errors";

/** One sample of each kind of a union, keyed by kind: a kind without a sample is a compile error. */
type Samples<U extends { readonly kind: string }> = { readonly [K in U["kind"]]: Extract<U, { kind: K }> };
/** One sample of each code's parameters. */
type ParamSamples<P> = { readonly [K in keyof P]: P[K] };

const SHEET = "Cartera Norte";
const FILE = "cobranza-marzo.xlsx";

const issues: Samples<EngineIssue> = {
  noData: { kind: "noData", sheet: SHEET },
  noHeader: {
    kind: "noHeader",
    sheet: SHEET,
    scannedRows: 30,
    firstRow: 3,
    nearest: { row: 5, named: [{ header: "Cliente", field: "customer" }] },
  },
  missingColumn: {
    kind: "missingColumn",
    sheet: SHEET,
    field: "dueDate",
    tried: ["Due date", "Vencimiento"],
    rejected: { header: "Vence", letter: "F", why: "words", cell: "F7", text: "pronto" },
    looksLikeAgingSummary: true,
  },
  ambiguousColumns: {
    kind: "ambiguousColumns",
    sheet: SHEET,
    field: "balance",
    columns: [
      { header: "Saldo", letter: "D" },
      { header: "Saldo USD", letter: "E" },
    ],
  },
  fieldNotInLayout: { kind: "fieldNotInLayout", sheet: SHEET, field: "InvoiceDate", layout: "agingSummary" },
  mappedColumnNotFound: { kind: "mappedColumnNotFound", sheet: SHEET, field: "balance", header: "Saldo pendiente" },
  badCell: { kind: "badCell", sheet: SHEET, cell: "D12", column: "Saldo", text: "diez", expected: "amount" },
  errorValue: { kind: "errorValue", sheet: SHEET, cell: "D13", column: "Saldo", error: "#REF!" },
  amountOutOfRange: { kind: "amountOutOfRange", sheet: SHEET, cell: "D14", column: "Saldo", text: "1e300", limit: 1e15 },
  unknownPreset: { kind: "unknownPreset", name: "cobranzas", known: ["collections", "aging"] },
  invalidConfig: {
    kind: "invalidConfig",
    source: "segmentacion.json",
    problems: [{ path: "model.rules[1].when", line: 4, column: 9, code: "isoDate", params: {} }],
  },
  unknownField: { kind: "unknownField", sheet: SHEET, field: "Zona", where: { kind: "rule", number: 2, segment: "Vencida" } },
  badExpression: {
    kind: "badExpression",
    where: { kind: "pointsRule", number: 1, name: "Atraso" },
    text: "Balance >",
    error: { position: 9, code: "expectedValueAfter", params: { after: ">" } },
  },
  badCondition: {
    kind: "badCondition",
    where: { kind: "scoreFactor", number: 3 },
    compare: { field: "Balance", op: ">" },
    problem: { code: "notA", params: { value: "mucho", date: false } },
  },
  badAsOf: { kind: "badAsOf", text: "31/02/2026" },
  backtestNeedsColumn: { kind: "backtestNeedsColumn", sheet: SHEET, field: "paidDate" },
  snapshotAfterHistory: {
    kind: "snapshotAfterHistory",
    sheet: SHEET,
    date: "2026-03-31",
    days: 60,
    historyEnd: "2026-04-15",
    latestDate: "2026-02-14",
  },
  tooManySnapshots: { kind: "tooManySnapshots", count: 400, limit: 120 },
  noSnapshotDates: { kind: "noSnapshotDates", from: "2026-05-01", to: "2026-01-01" },
  sqlUnsupported: { kind: "sqlUnsupported", table: "cartera_norte", feature: "outputColumn", column: "Segment" },
  badValue: { kind: "badValue", table: "cartera_norte", column: "Saldo", text: "abc", expected: "amount" },
  valueOutOfRange: { kind: "valueOutOfRange", table: "cartera_norte", column: "Saldo", text: "9e99", limit: 1e15 },
};

const workbookErrors: Samples<WorkbookError> = {
  fileNotFound: { kind: "fileNotFound", file: FILE },
  unreadableFile: { kind: "unreadableFile", file: FILE, detail: "EACCES" },
  unsupportedFile: { kind: "unsupportedFile", file: FILE },
  unclosedQuote: { kind: "unclosedQuote", file: FILE, line: 7 },
  quoteRunsOn: { kind: "quoteRunsOn", file: FILE, line: 7, endLine: 12 },
  sheetNotFound: { kind: "sheetNotFound", sheet: SHEET, sheets: ["Hoja1", "Resumen"] },
  emptySheet: { kind: "emptySheet", sheet: SHEET },
  sheetTooLarge: { kind: "sheetTooLarge", sheet: SHEET, cells: 30_000_000, limit: 20_000_000 },
  multipleAreas: { kind: "multipleAreas", sheet: SHEET, areas: ["A1:B4", "D1:D9"] },
  noRoomForColumns: { kind: "noRoomForColumns", sheet: SHEET, firstColumn: "XFB", columns: 6 },
  columnsOccupied: { kind: "columnsOccupied", sheet: SHEET, cells: ["K2", "K3"] },
  protectedSheet: { kind: "protectedSheet", sheet: SHEET },
  cellEditMode: { kind: "cellEditMode", sheet: SHEET },
  sheetDeleted: { kind: "sheetDeleted", sheet: SHEET },
  payloadTooLarge: { kind: "payloadTooLarge", sheet: SHEET },
  cancelled: { kind: "cancelled" },
  settingsFailed: { kind: "settingsFailed", detail: "AccessDenied" },
  officeError: { kind: "officeError", sheet: SHEET, code: "GeneralException", detail: "GeneralException" },
  outputNotWritable: { kind: "outputNotWritable", file: FILE, detail: "ENOSPC" },
  outputIsLink: { kind: "outputIsLink", file: FILE, linkTarget: "/tmp/otro.xlsx" },
  outputNotAFile: { kind: "outputNotAFile", file: FILE },
  outputReadOnly: { kind: "outputReadOnly", file: FILE },
  notAWorkbook: { kind: "notAWorkbook", file: FILE, nature: "ods" },
  encryptedWorkbook: { kind: "encryptedWorkbook", file: FILE },
  damagedWorkbook: { kind: "damagedWorkbook", file: FILE, defect: "truncated", part: "xl/worksheets/sheet1.xml" },
  partTooLarge: { kind: "partTooLarge", file: FILE, part: "xl/worksheets/sheet1.xml", limit: 2 * 1048576 * 1024 },
  pastExcelGrid: { kind: "pastExcelGrid", file: FILE, sheet: SHEET, row: 2_000_000, column: 3 },
};

const summaryNotes: Samples<SummaryNote> = {
  pivotUnsupported: { kind: "pivotUnsupported" },
  pivotFailed: { kind: "pivotFailed", code: "InvalidOperation", detail: "The requested operation is invalid." },
};

const usageErrors: Samples<UsageError> = {
  unknownOption: { kind: "unknownOption", option: "--idioma" },
  missingValue: { kind: "missingValue", option: "--sheet" },
  badValue: { kind: "badValue", option: "--level", value: "cliente", allowed: ["invoice", "customer"] },
  missingInput: { kind: "missingInput", command: "backtest" },
  requiredOption: { kind: "requiredOption", command: "backtest", options: ["--dates", "--from and --to"] },
  extraArgument: { kind: "extraArgument", argument: "otra.xlsx" },
  repeatedOption: { kind: "repeatedOption", option: "--out" },
  conflictingOptions: { kind: "conflictingOptions", first: "--preset", second: "--config" },
  outputIsInput: { kind: "outputIsInput", file: FILE },
  summaryNotJson: { kind: "summaryNotJson", file: "resumen.txt" },
  sameOutput: { kind: "sameOutput", file: "salida.json" },
  missingOption: { kind: "missingOption", command: "sql", option: "--table", alternatives: ["--like"] },
};

const functionProblems: Samples<FunctionProblem> = {
  engine: { kind: "engine", issue: issues.badCell },
  config: { kind: "config", error: { kind: "settingsFailed", detail: "AccessDenied" } },
  headersShape: { kind: "headersShape", rows: 2, columns: 5 },
  widthMismatch: { kind: "widthMismatch", headers: 5, row: 4 },
  headersNotRecognised: { kind: "headersNotRecognised", headers: ["Zona", "Ruta"] },
  errorInput: { kind: "errorInput", argument: "balance", error: "#DIV/0!", cell: "C9" },
  badDate: { kind: "badDate", argument: "asOf", text: "ayer" },
  ambiguousDate: { kind: "ambiguousDate", argument: "asOf", text: "03/04/2026" },
  badNumber: { kind: "badNumber", argument: "avgDaysLate", text: "tarde" },
  badEdges: { kind: "badEdges", text: "0,60,30", detail: "notAscending" },
};

const expressionParams: ParamSamples<ExpressionParams> = {
  empty: {},
  unclosedString: {},
  unclosedBracket: {},
  emptyBracket: {},
  unexpectedCharacter: { ch: "#" },
  badNumber: { text: "10días" },
  badDate: { text: "2026-02-30" },
  unknownOperator: { op: "=>" },
  expectedValueAfter: { after: ">" },
  expectedConditionAfter: { after: "not" },
  expectedField: { found: "(" },
  keywordAsField: { word: "and" },
  spacedField: { words: "Zona Norte" },
  unquotedText: { word: "Norte" },
  thousandsSeparator: {},
  expectedWord: { word: "with", after: "starts" },
  expectedAfterIs: { is: "is" },
  expectedOperatorAfter: { field: "Zona" },
  betweenNeedsAnd: {},
  expectedList: { after: "in" },
  expectedListValue: {},
  unclosedList: {},
  unclosedParenthesis: {},
  unmatchedParenthesis: {},
  unexpectedText: { text: "Norte" },
  tooDeep: { limit: 64 },
};

const conditionParams: ParamSamples<ConditionParams> = {
  needsNoValue: { op: "isBlank" },
  needsOrderedValue: { op: ">" },
  needsScalar: { op: "=" },
  needsText: { op: "contains" },
  needsList: { op: "in" },
  needsRange: {},
  reversedRange: { low: "5000", high: "1000" },
  emptyGroup: { kind: "any" },
};

const configParams: ParamSamples<ConfigParams> = {
  newerVersion: { version: "9", supported: 2 },
  required: { expected: "string" },
  wrongType: { expected: "number", found: { kind: "text", text: '"mucho"' } },
  oneOf: { values: ['"Phone"', '"Letter"'] },
  unknownKind: { found: '"tabla"', kinds: ['"rules"', '"points"'] },
  unknownKeys: { keys: ['"zona"'], known: ["customer", "balance"] },
  noForm: {},
  isoDate: {},
  invalidValue: {},
  tooFewItems: { bound: 1 },
  tooManyItems: { bound: 12 },
  notEmpty: {},
  tooShort: { bound: 2 },
  tooLong: { bound: 31 },
  moreThan: { bound: 0 },
  atLeast: { bound: 1 },
  lessThan: { bound: 100 },
  atMost: { bound: 99 },
  badExpression: { error: { code: "expectedValueAfter", params: { after: ">" } }, position: 9, text: "Balance >" },
  inExpression: { condition: "Balance between 9 and 1", problem: { code: "reversedRange", params: { low: "9", high: "1" } } },
  condition: { problem: { code: "needsList", params: { op: "in" } } },
  edgesStart: {},
  edgesAscend: { previous: 30 },
  weights: { sum: 0.9 },
  emptyRange: {},
  overlap: { other: 1 },
  segmentPriority: { segment: "Vencida", other: "model.rules[0]", priority: 2 },
  segmentLookalike: { segment: "Vencida", other: "VENCIDA", where: "model.rules[0]" },
  unreachable: { before: 1 },
  missingZeroBand: { key: "minScore" },
  duplicateBand: { key: "minScore", value: 40, other: 1 },
  cutsAscend: {},
  matrixRows: { expected: 3, found: 2 },
  matrixColumns: { expected: 3, found: 2 },
  empty: {},
  unknownPreset: { name: '"cobranzas"', known: ["collections", "aging"] },
  tooDeep: { limit: 100 },
  conditionTooDeep: { limit: 32 },
  syntax: { error: "CommaExpected" },
  issue: { issue: issues.unknownPreset },
};

const coded = <P>(params: ParamSamples<P>): [string, Coded<P>][] =>
  Object.entries(params).map(([code, p]) => [code, { code, params: p } as Coded<P>]);

/** What a text must quote: the file, sheet, cell and column names among a sample's values. */
function namesIn(sample: object): string[] {
  const names: string[] = [];
  const record = sample as Record<string, unknown>;
  for (const key of ["file", "sheet", "cell", "column", "header", "option", "argument"]) {
    const value = record[key];
    if (typeof value === "string") names.push(value);
  }
  return names;
}

type Family = readonly [name: string, cases: readonly (readonly [string, object, (language: (typeof LANGUAGES)[number]) => string])[]];

const families: readonly Family[] = [
  ["engine issues", Object.entries(issues).map(([k, i]) => [k, i, (l) => describeIssue(i, l)] as const)],
  ["workbook errors", Object.entries(workbookErrors).map(([k, e]) => [k, e, (l) => describeWorkbookError(e, l)] as const)],
  ["summary notes", Object.entries(summaryNotes).map(([k, n]) => [k, n, (l) => describeSummaryNote(n, l)] as const)],
  ["usage errors", Object.entries(usageErrors).map(([k, e]) => [k, e, (l) => describeUsageError(e, l)] as const)],
  ["function problems", Object.entries(functionProblems).map(([k, p]) => [k, p, (l) => describeProblem(p, l)] as const)],
  ["expression errors", coded(expressionParams).map(([k, m]) => [k, m.params, (l) => describeExpressionError(m, l)] as const)],
  ["condition problems", coded(conditionParams).map(([k, m]) => [k, m.params, (l) => describeConditionProblem(m, l)] as const)],
  [
    "configuration problems",
    coded(configParams).map(([k, m]) => [k, m.params, (l) => describeConfigMessage(m as ConfigMessage, l)] as const),
  ],
];

/** Texts that are the same in every language (a code's name, a number): none today. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>();

describe.each(families)("%s", (_family, cases) => {
  test.each(cases)("%s has a text in en, es and pt, each naming what it is about", (code, sample, render) => {
    const english = render("en");
    for (const language of LANGUAGES) {
      const text = render(language);
      expect(text.trim()).not.toBe("");
      for (const name of namesIn(sample)) expect(text).toContain(name);
      if (language !== "en" && !SAME_IN_EVERY_LANGUAGE.has(code)) expect(text).not.toBe(english);
    }
  });
});

describe("renderings checked by hand", () => {
  test("a bad cell, in a collector's Spanish and Brazilian Portuguese", () => {
    expect(describeIssue(issues.badCell, "es")).toBe("Hoja «Cartera Norte», celda D12 (columna «Saldo»): «diez» no es un importe.");
    expect(describeIssue(issues.badCell, "pt")).toBe('Planilha "Cartera Norte", célula D12 (coluna "Saldo"): "diez" não é um valor.');
  });

  test("a missing due-date column names the field in the reader's words", () => {
    const missing: EngineIssue = {
      kind: "missingColumn",
      sheet: "Cartera",
      field: "dueDate",
      tried: ["Vencimiento", "Fecha de vencimiento"],
    };
    expect(describeIssue(missing, "es")).toBe(
      'Hoja «Cartera»: no hay columna de fecha de vencimiento. Se probaron encabezados como: Vencimiento, Fecha de vencimiento. Cambie el nombre de la columna o asígnela en la configuración ("mapping", o --map dueDate=<encabezado>).',
    );
    expect(describeIssue({ ...missing, sheet: "Carteira" }, "pt")).toBe(
      'Planilha "Carteira": não há coluna de data de vencimento. Foram tentados cabeçalhos como: Vencimiento, Fecha de vencimiento. Renomeie a coluna ou mapeie-a na configuração ("mapping", ou --map dueDate=<cabeçalho>).',
    );
  });

  test("a configuration problem is placed as the pane says it: Rule 2, not model.rules[1]", () => {
    const problem = { path: "model.rules[1].when", line: 4, column: 9, code: "isoDate", params: {} } as const;
    expect(describeConfigProblem(problem)).toBe("line 4:9, model.rules[1].when: must be a date written YYYY-MM-DD");
    expect(describeConfigProblem(problem, "es")).toBe("línea 4:9, Regla 2, condición: debe ser una fecha escrita AAAA-MM-DD");
    expect(describeConfigProblem(problem, "pt")).toBe("linha 4:9, Regra 2, condição: deve ser uma data escrita AAAA-MM-DD");
    expect(describeConfigMessage({ code: "unreachable", params: { before: 0 } }, "es")).toBe(
      "nunca se aplica: la Regla 1, antes que ella, se aplica a todas las filas",
    );
  });

  test("an expression error says where, in the reader's language", () => {
    expect(describeIssue(issues.badExpression, "es")).toBe(
      "Regla de puntos 1 («Atraso»): falta un valor después de «>» en el carácter 10 de «Balance >».",
    );
    expect(describeIssue(issues.badExpression, "pt")).toBe(
      'Regra de pontos 1 ("Atraso"): falta um valor depois de ">" no caractere 10 de "Balance >".',
    );
  });

  test("face errors keep the file's name and say nothing was written", () => {
    expect(describeRunError({ kind: "cancelled" }, "es")).toBe("Cancelado. No se escribió nada.");
    expect(describeWorkbookError(workbookErrors.protectedSheet, "pt")).toBe(
      'A planilha "Cartera Norte" está protegida. Desproteja-a (Revisão › Desproteger Planilha) e execute de novo; nada foi alterado.',
    );
    expect(describeUsageError(usageErrors.repeatedOption, "es")).toBe("La opción --out se indicó más de una vez.");
  });

  test("English stays as it was", () => {
    expect(describeIssue(issues.badCell)).toBe('Sheet "Cartera Norte", cell D12 (column "Saldo"): "diez" is not an amount.');
    expect(describeIssue(issues.unknownField)).toBe(
      'Rule 2 ("Vencida"): "Zona" is neither a built-in field nor a column of sheet "Cartera Norte".',
    );
    expect(describeIssue(issues.badCondition)).toBe('Score card factor 3: Balance >: "mucho" is not a number');
  });
});
