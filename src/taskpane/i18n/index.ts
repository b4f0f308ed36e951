import { createContext, useContext } from "react";
import { en, type Messages } from "./en";
import { es } from "./es";

export type { Messages };
export type Language = "en" | "es";

/**
 * The pane's language from a BCP 47 tag (Office's display language, or the
 * browser's): Spanish for any "es…" tag, English otherwise.
 * @example languageOf("es-MX") //=> "es"
 */
export function languageOf(tag: string | undefined): Language {
  return tag !== undefined && /^es\b/i.test(tag) ? "es" : "en";
}

export function messagesFor(language: Language): Messages {
  return language === "es" ? es : en;
}

/** Number and date formatting in the user's locale. */
export interface Formats {
  readonly count: (n: number) => string;
  readonly amount: (n: number) => string;
  readonly percent: (share: number) => string;
  readonly score: (n: number | null) => string;
  /** An ISO date (YYYY-MM-DD) as the locale writes it. */
  readonly date: (iso: string) => string;
}

/**
 * Intl formatters for a locale; an unknown tag falls back to the runtime's default.
 * @example formatsFor("es-ES").amount(1234.5) //=> "1234,50" (es-ES groups from 5 digits)
 */
export function formatsFor(locale: string): Formats {
  const safe = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined;
  const count = new Intl.NumberFormat(safe, { maximumFractionDigits: 0 });
  const amount = new Intl.NumberFormat(safe, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(safe, { style: "percent", maximumFractionDigits: 1 });
  const score = new Intl.NumberFormat(safe, { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(safe, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  return {
    count: (n) => count.format(n),
    amount: (n) => amount.format(n),
    percent: (share) => percent.format(share),
    score: (n) => (n === null || Number.isNaN(n) ? "" : score.format(n)),
    date: (iso) => {
      const [y, m, d] = iso.split("-").map(Number);
      return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? date.format(new Date(Date.UTC(y, m - 1, d))) : iso;
    },
  };
}

export interface I18n {
  readonly language: Language;
  readonly locale: string;
  readonly m: Messages;
  readonly f: Formats;
}

/** An I18n value for a locale tag such as "es-ES". */
export function i18nFor(locale: string): I18n {
  const language = languageOf(locale);
  return { language, locale, m: messagesFor(language), f: formatsFor(locale) };
}

export const I18nContext = createContext<I18n>(i18nFor("en-US"));

/** The pane's messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
