/** The text of a configuration problem, in a language. */
import type { ConfigProblem } from "../issues";
import type { Language } from "../language";
import { renderCoded, type ByLanguage } from "../messages/coded";
import { configEn } from "../messages/configEn";
import { configEs } from "../messages/configEs";
import { configPt } from "../messages/configPt";
import type { ConfigLocale } from "../messages/configTypes";
import type { ConfigMessage } from "./problems";

export const CONFIG_LOCALES: ByLanguage<ConfigLocale> = { en: configEn, es: configEs, pt: configPt };

/**
 * What is wrong, without where (the pane shows it beside the part it is about).
 *
 * @example describeConfigMessage({ code: "tooFewItems", params: { bound: 1 } }) //=> "needs at least 1 item"
 */
export function describeConfigMessage(message: ConfigMessage, language: Language = "en"): string {
  return renderCoded(CONFIG_LOCALES[language].texts, message);
}

/**
 * A problem with where it is: its line in the file, and its place (the JSON
 * path in English; "Regla 2, condición" in Spanish).
 *
 * @example describeConfigProblem({ path: "model.bands", line: 1, column: 53, code: "tooFewItems", params: { bound: 1 } })
 * //=> "line 1:53, model.bands: needs at least 1 item"
 */
export function describeConfigProblem(problem: ConfigProblem, language: Language = "en"): string {
  const locale = CONFIG_LOCALES[language];
  const at = problem.line !== undefined ? locale.at(problem.line, problem.column) : "";
  return `${at}${locale.place(problem.path)}: ${renderCoded(locale.texts, problem)}`;
}

/** Where a problem is, in a language ("Regla 2, condición"; the JSON path in English). */
export function describeConfigPlace(path: string, language: Language = "en"): string {
  return CONFIG_LOCALES[language].place(path);
}
