const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text for loose comparison: lower case, accents removed, every run of
 * punctuation or spaces turned into one space, trimmed. Headers, synonyms and
 * flag words are all compared in this form.
 *
 * NFKD (rather than NFD) also turns compatibility characters into their plain
 * letters, so the ordinal "Nº" folds to "no" like "No." does.
 *
 * @example
 * foldText("  Razón Social (Bill-to) ") //=> "razon social bill to"
 * foldText("Nº Factura") //=> "no factura"
 */
export function foldText(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(COMBINING_MARKS, "").replace(NOT_LETTER_OR_DIGIT, " ").trim();
}
