import { BLANK, INVALID } from "../cell";
import type { CellValue, Parsed } from "../cell";
import { isNoValueText, spreadsheetError } from "./cellWords";
import { foldText } from "./normalize";

/** Words for "yes" in English, Spanish and Portuguese, folded (see foldText). */
const TRUE_WORDS = [
  "true",
  "yes",
  "y",
  "si",
  "s",
  "sim",
  "x",
  "1",
  "verdadero",
  "verdadeiro",
  "disputed",
  "dispute",
  "in dispute",
  "en disputa",
  "em disputa",
  "disputa",
  "contestado",
];
/** Words for "no", folded. */
const FALSE_WORDS = ["false", "no", "n", "nao", "0", "falso", "not disputed", "sin disputa", "sem disputa"];
/** Marks that fold to nothing, so they are looked up before folding. */
const TRUE_MARKS = ["✓", "✔", "☑", "✅"];
const FALSE_MARKS = ["✗", "✘"];

export const WORDS: ReadonlyMap<string, boolean> = new Map([
  ...TRUE_WORDS.map((w) => [w, true] as const),
  ...FALSE_WORDS.map((w) => [w, false] as const),
]);
export const MARKS: ReadonlyMap<string, boolean> = new Map([
  ...TRUE_MARKS.map((w) => [w, true] as const),
  ...FALSE_MARKS.map((w) => [w, false] as const),
]);

// A flag column holds a handful of distinct texts, so each is folded once.
const MAX_CACHED = 1024;
const cache = new Map<string, Parsed<boolean>>();

function flagFromText(text: string): Parsed<boolean> {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const trimmed = text.trim();
  let parsed: Parsed<boolean>;
  // "No value" words (a dash, n/a, none) and error values (#N/A from a failed lookup) say nothing either way.
  if (trimmed === "" || isNoValueText(trimmed) || spreadsheetError(trimmed) !== undefined) parsed = BLANK;
  else {
    const mark = MARKS.get(trimmed);
    parsed = mark ?? WORDS.get(foldText(trimmed)) ?? INVALID;
  }
  if (cache.size < MAX_CACHED) cache.set(text, parsed);
  return parsed;
}

/**
 * Reads a yes/no cell such as "Disputed". True: `true`, 1, yes / y / sí / si / s /
 * sim, x, ✓, verdadero / verdadeiro, disputed / en disputa / em disputa. False:
 * `false`, 0, no / n / não / nao, falso, ✗. Case, accents and surrounding
 * spaces do not matter. Blank cells, "no value" words (`n/a`, `none`, `null`,
 * a dash…) and error values (`#N/A`) are BLANK; other numbers and text are INVALID.
 *
 * @example parseFlagCell(" Sí ") //=> true
 * @example parseFlagCell("Não") //=> false
 * @example parseFlagCell("n/a") //=> BLANK
 * @example parseFlagCell("maybe") //=> INVALID
 */
export function parseFlagCell(value: CellValue): Parsed<boolean> {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return flagFromText(value);
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : INVALID;
  if (value === null || value === undefined) return BLANK;
  return INVALID;
}
