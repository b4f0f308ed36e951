/**
 * The words of the expression language, with their Spanish and Portuguese
 * aliases. Words are matched case-insensitively. A field whose name is one of
 * these words must be written in brackets (`[In]`), which `formatCondition`
 * does by itself.
 */
export const KEYWORDS = {
  and: ["and", "y", "e"],
  or: ["or", "o", "ou"],
  // "no" is Spanish for "not" where a condition starts, and the literal false where a value is expected.
  not: ["not", "no", "não", "nao"],
  always: ["always", "siempre", "sempre"],
  between: ["between", "entre"],
  in: ["in", "en", "em"],
  contains: ["contains", "contiene", "contém", "contem"],
  starts: ["starts", "begins", "empieza", "comienza", "começa", "comeca"],
  with: ["with", "con", "com"],
  is: ["is", "es", "está", "esta", "é"],
  blank: ["blank", "empty", "vacío", "vacio", "vacía", "vacia", "vazio", "vazia"],
  true: ["true", "yes", "verdadero", "verdadeiro", "sí", "si", "sim"],
  false: ["false", "falso", "falsa"],
} as const;

export type Keyword = keyof typeof KEYWORDS;

const BY_WORD: ReadonlyMap<string, Keyword> = new Map(
  (Object.keys(KEYWORDS) as Keyword[]).flatMap((keyword) => KEYWORDS[keyword].map((word) => [word, keyword] as const)),
);

/** Case- and normalization-insensitive key of a word ("NÃO" and "não" written with a combining tilde match). */
function wordKey(word: string): string {
  return word.normalize("NFC").toLowerCase();
}

/**
 * The keyword a word stands for, or undefined for an ordinary name.
 *
 * @example
 * keywordOf("Y") //=> "and"
 */
export function keywordOf(word: string): Keyword | undefined {
  return BY_WORD.get(wordKey(word));
}

/** Where a value is expected, these words are the literal false (besides the `false` keyword). */
export function isFalseWord(word: string): boolean {
  const keyword = keywordOf(word);
  return keyword === "false" || keyword === "not";
}

/** A name that needs no brackets: a letter or `_`, then letters, digits or `_`. */
export const PLAIN_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/** Whether a field name can be written without brackets. */
export function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name) && keywordOf(name) === undefined;
}
