/**
 * Case-, accent- and spacing-insensitive form of a text, so rules need no exact match.
 *
 * @example foldValue("  Pagada ") //=> "pagada"
 */
export function foldValue(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}
