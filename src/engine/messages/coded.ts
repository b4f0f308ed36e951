/**
 * A message as a value: a code and the parameters its text needs, rendered by
 * one table of texts per language. A table is typed over every code, so a code
 * with no text in some language is a compile error.
 */
import type { Language } from "../language";

/** One message of a family whose codes and parameters `P` lists: `{ code, params }`. */
export type Coded<P> = { [K in keyof P]: { readonly code: K; readonly params: P[K] } }[keyof P];

/** A language's texts for every code of a family. */
export type CodeTexts<P> = { readonly [K in keyof P]: (params: P[K]) => string };

/**
 * The text of a coded message in the given table.
 *
 * @example renderCoded({ empty: () => "vacío" }, { code: "empty", params: {} }) //=> "vacío"
 */
export function renderCoded<P>(texts: CodeTexts<P>, message: Coded<P>): string {
  return (texts[message.code] as (params: unknown) => string)(message.params);
}

/** A family's tables, one per language. */
export type ByLanguage<T> = Readonly<Record<Language, T>>;
