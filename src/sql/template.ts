/**
 * A language's sentence (src/engine/messages) with holes where the query puts
 * a value of the row. The sentence is written by the language's own function,
 * called with a marker in place of each value; the query joins the text
 * around the markers, as literals, with the SQL of each value. So the query
 * writes every word exactly as the engine does, in every language, and no
 * sentence is kept here.
 */
import type { Dialect } from "./dialect";

/** The marker of hole `k`: private-use characters no configuration writes. */
export function hole(k: number): string {
  return `\ue000${k}\ue001`;
}

const HOLES = /\ue000(\d+)\ue001/;

/** The characters of the markers: a configuration whose texts hold one is refused (see compileSql), so no text is taken for a hole. */
export const HOLE_CHARACTERS = /[\ue000\ue001]/;

/**
 * SQL text: `sentence` with hole k replaced by the SQL expression `values[k]`.
 *
 * @example fill(DUCKDB, `Score ${hole(0)} (band from 40)`, ["x"]) //=> "'Score ' || x || ' (band from 40)'"
 */
export function fill(d: Dialect, sentence: string, values: readonly string[]): string {
  const pieces = sentence.split(HOLES);
  const parts: string[] = [];
  pieces.forEach((piece, k) => {
    if (k % 2 === 1) {
      const value = values[Number(piece)];
      if (value === undefined) throw new Error(`no value for hole ${piece}`);
      parts.push(`(${value})`);
    } else if (piece !== "") parts.push(d.text(piece));
  });
  return parts.length === 0 ? "''" : parts.join(" || ");
}

/**
 * The text a language puts between the items of a list, read from its own
 * sentence written with two items (`render` writes a sentence given the list).
 *
 * @example listSeparator((items) => `x: ${items.join("; ")}`) //=> "; "
 */
export function listSeparator(render: (items: readonly string[]) => string): string {
  const text = render([hole(0), hole(1)]);
  const start = text.indexOf(hole(0));
  const end = text.indexOf(hole(1));
  if (start < 0 || end < start) throw new Error("the list's items are not written in order");
  return text.slice(start + hole(0).length, end);
}
