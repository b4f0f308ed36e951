/**
 * What the ribbon commands tell the user, in English, Spanish or Portuguese:
 * the run's language after a run, Office's display language before one.
 * Failures use describeRunError (src/workbook/errors.ts).
 */
import type { Language } from "../engine/language";
import { describeSummaryNote } from "../workbook/errors";
import type { SummaryReport } from "../workbook/port";

interface CommandTexts {
  readonly alreadyRunning: string;
  readonly pivot: string;
  readonly table: string;
  sheetHas(sheet: string, what: string): string;
  segmented(rows: string, sheet: string, column: string): string;
  readonly refreshed: string;
  unexpected(detail: string): string;
  readonly locale: string;
}

const TEXTS: Readonly<Record<Language, CommandTexts>> = {
  en: {
    alreadyRunning: "The add-in is already working on this workbook; this click was ignored. Wait for the result below.",
    pivot: "a PivotTable and a chart",
    table: "a summary table",
    sheetHas: (sheet, what) => `Sheet "${sheet}" has ${what}.`,
    segmented: (rows, sheet, column) => `Segmented ${rows} rows on sheet "${sheet}" (columns from ${column}).`,
    refreshed: "Summary refreshed.",
    unexpected: (detail) => `Something went wrong inside the add-in: ${detail}. Nothing more was written; please report this.`,
    locale: "en-US",
  },
  es: {
    alreadyRunning: "El complemento ya está trabajando en este libro; este clic se ignoró. Espere el resultado abajo.",
    pivot: "una tabla dinámica y un gráfico",
    table: "una tabla de resumen",
    sheetHas: (sheet, what) => `La hoja «${sheet}» tiene ${what}.`,
    segmented: (rows, sheet, column) => `Se segmentaron ${rows} filas de la hoja «${sheet}» (columnas desde ${column}).`,
    refreshed: "Resumen actualizado.",
    unexpected: (detail) => `Algo falló dentro del complemento: ${detail}. No se escribió nada más; por favor, infórmelo.`,
    locale: "es-ES",
  },
  pt: {
    alreadyRunning: "O suplemento já está trabalhando nesta pasta de trabalho; este clique foi ignorado. Aguarde o resultado abaixo.",
    pivot: "uma tabela dinâmica e um gráfico",
    table: "uma tabela de resumo",
    sheetHas: (sheet, what) => `A planilha "${sheet}" tem ${what}.`,
    segmented: (rows, sheet, column) => `${rows} linhas da planilha "${sheet}" segmentadas (colunas a partir de ${column}).`,
    refreshed: "Resumo atualizado.",
    unexpected: (detail) => `Algo deu errado dentro do suplemento: ${detail}. Nada mais foi gravado; por favor, informe o problema.`,
    locale: "pt-BR",
  },
};

/** The answer to a click that arrives while another command works. */
export function alreadyRunning(language: Language = "en"): string {
  return TEXTS[language].alreadyRunning;
}

/** The English answer, kept for callers that have no language. */
export const ALREADY_RUNNING = TEXTS.en.alreadyRunning;

function summaryLine(report: SummaryReport | undefined, sheet: string, language: Language): string {
  if (!report) return "";
  const t = TEXTS[language];
  const what = report.kind === "pivot" ? t.pivot : t.table;
  return ` ${t.sheetHas(report.sheet ?? sheet, what)}${report.note ? ` ${describeSummaryNote(report.note)}` : ""}`;
}

/**
 * What a ribbon run did.
 *
 * @example segmentedMessage(1234, "Ledger", "Q", undefined, "Segment Summary") //=> 'Segmented 1,234 rows on sheet "Ledger" (columns from Q).'
 */
export function segmentedMessage(
  rows: number,
  sheet: string,
  outputColumn: string,
  report: SummaryReport | undefined,
  summarySheet: string,
  language: Language = "en",
): string {
  const t = TEXTS[language];
  return `${t.segmented(rows.toLocaleString(t.locale), sheet, outputColumn)}${summaryLine(report, summarySheet, language)}`;
}

export function refreshedMessage(report: SummaryReport, summarySheet: string, language: Language = "en"): string {
  return `${TEXTS[language].refreshed}${summaryLine(report, summarySheet, language)}`;
}

export function unexpectedMessage(error: unknown, language: Language = "en"): string {
  const detail = error instanceof Error ? error.message : String(error);
  return TEXTS[language].unexpected(detail);
}
