/** The words a run writes, per language (see types.ts): one module per language, this file picks one. */
import type { Language } from "../language";
import { en } from "./en";
import { es } from "./es";
import { pt } from "./pt";
import type { RunTexts } from "./types";

export type { RunTexts, PresetSegment, StrategyKey, OutputHeaderTexts } from "./types";

const BY_LANGUAGE: Readonly<Record<Language, RunTexts>> = { en, es, pt };

/**
 * The words of a language.
 *
 * @example textsFor("es").outputHeaders[0] //=> "Segmento"
 */
export function textsFor(language: Language): RunTexts {
  return BY_LANGUAGE[language];
}

/** Every language's words, for what must be recognised in any of them (a re-run's own columns). */
export const ALL_TEXTS: readonly RunTexts[] = [en, es, pt];
