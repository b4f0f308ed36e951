/** What the configuration's texts share across languages: a value found in the file, said in a language's words. */
import type { FoundValue } from "../config/problems";

/** A language's words for the kinds of value a file can hold where another was expected. */
export interface FoundWords {
  readonly null: string;
  readonly list: string;
  readonly object: string;
  text(json: string): string;
  number(text: string): string;
}

/**
 * A found value in the given words.
 *
 * @example sayFound({ kind: "number", text: "5" }, { …, number: (t) => `el número ${t}` }) //=> "el número 5"
 */
export function sayFound(found: FoundValue, words: FoundWords): string {
  switch (found.kind) {
    case "null":
    case "list":
    case "object":
      return words[found.kind];
    case "text":
      return words.text(found.text);
    case "number":
      return words.number(found.text);
    default:
      return found.text;
  }
}

/** "1 elemento", "2 elementos". */
export const countOf = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A sum written with a decimal comma, to six places at most: 0,9. */
export const decimalComma = (n: number): string => String(Number(n.toFixed(6))).replace(".", ",");
