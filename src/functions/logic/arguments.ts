import { BLANK, DEFAULT_EDGES, fail, INVALID, ok, parseDateCell, type Result } from "../../engine";
import type { DateOrder } from "../../engine/parse";
import { asMatrix, cellOf, excelErrorOf, inputText, isOmitted } from "./inputs";
import type { FunctionProblem } from "./problems";

/** "auto": a numbers-only text date is read day-first or month-first, whichever is unambiguous. */
export type DateArgumentOrder = DateOrder | "auto";

/**
 * A date argument or cell as a day serial (of the 1900 system); null when it
 * is blank, 0 included (Excel desktop's empty cell).
 *
 * Numbers are Excel serials (what a date cell holds), in the 1904 system when
 * `date1904`, and are moved to the 1900 one. Text is read like the
 * engine reads a date column: ISO, month names, `31/03/2026`… With `order`
 * "auto", a text date that reads differently day-first and month-first
 * (`04/03/2026`) is refused rather than guessed.
 *
 * @example readDate(46112, "dueDate") //=> { ok: true, value: 46112 }
 * @example readDate("31/03/2026", "dueDate") //=> { ok: true, value: 46112 }
 * @example readDate("04/03/2026", "dueDate").ok //=> false (ambiguous)
 */
export function readDate(
  value: unknown,
  argument: string,
  order: DateArgumentOrder = "auto",
  date1904 = false,
): Result<number | null, FunctionProblem> {
  const error = excelErrorOf(value);
  if (error !== undefined) return fail({ kind: "errorInput", argument, error });
  // An empty cell: Excel desktop passes it as 0, and serial 0 is no date.
  if (value === 0) return ok(null);
  const cell = cellOf(value);
  if (typeof cell === "boolean") return fail({ kind: "badDate", argument, text: inputText(value) });
  if (order !== "auto" || typeof cell !== "string")
    return serialOrProblem(parseDateCell(cell, order === "auto" ? "YMD" : order, date1904), argument, value);
  const dayFirst = parseDateCell(cell, "DMY", date1904);
  const monthFirst = parseDateCell(cell, "MDY", date1904);
  if (dayFirst === monthFirst || monthFirst === INVALID) return serialOrProblem(dayFirst, argument, value);
  if (dayFirst === INVALID) return serialOrProblem(monthFirst, argument, value);
  return fail({ kind: "ambiguousDate", argument, text: cell.trim() });
}

function serialOrProblem(
  parsed: number | typeof BLANK | typeof INVALID,
  argument: string,
  value: unknown,
): Result<number | null, FunctionProblem> {
  if (parsed === BLANK) return ok(null);
  if (parsed === INVALID) return fail({ kind: "badDate", argument, text: inputText(value) });
  return ok(parsed);
}

/**
 * A number argument or cell; null when it is blank. Numeric text ("17.5") is accepted.
 *
 * @example readNumber("17.5", "avgDaysLate") //=> { ok: true, value: 17.5 }
 */
export function readNumber(value: unknown, argument: string): Result<number | null, FunctionProblem> {
  const error = excelErrorOf(value);
  if (error !== undefined) return fail({ kind: "errorInput", argument, error });
  const cell = cellOf(value);
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === "number") return ok(cell);
  if (typeof cell === "string") {
    const text = cell.trim();
    if (text === "") return ok(null);
    const n = Number(text);
    if (Number.isFinite(n)) return ok(n);
  }
  return fail({ kind: "badNumber", argument, text: inputText(value) });
}

/** The most edges a configuration accepts (see the config schema). */
const MAX_EDGES = 12;

/**
 * Aging bucket edges from a range or array constant, read left to right and top
 * to bottom, blanks skipped; the default edges when omitted. The rules are the
 * configuration's: whole days, first 0, ascending, at most 12.
 *
 * @example readEdges([[0, 15, 45]]) //=> { ok: true, value: [0, 15, 45] }
 * @example readEdges(undefined)     //=> { ok: true, value: [0, 30, 60, 90] }
 */
export function readEdges(value: unknown): Result<readonly number[], FunctionProblem> {
  if (isOmitted(value)) return ok(DEFAULT_EDGES);
  const edges: number[] = [];
  const text = inputText(value);
  for (const row of asMatrix(value)) {
    for (const cell of row) {
      const n = readNumber(cell, "edges");
      if (!n.ok) return n.error.kind === "errorInput" ? n : fail({ kind: "badEdges", text, detail: "notWhole" });
      // A blank, or a 0 after the first edge: Excel desktop passes the empty cells of an edges range as 0.
      if (n.value === null || (n.value === 0 && edges.length > 0)) continue;
      if (!Number.isInteger(n.value) || n.value < 0) return fail({ kind: "badEdges", text, detail: "notWhole" });
      edges.push(n.value);
    }
  }
  if (edges.length > MAX_EDGES) return fail({ kind: "badEdges", text, detail: "tooMany" });
  if (edges[0] !== 0) return fail({ kind: "badEdges", text, detail: "firstNotZero" });
  for (let k = 1; k < edges.length; k++) if (edges[k] <= edges[k - 1]) return fail({ kind: "badEdges", text, detail: "notAscending" });
  return ok(edges);
}
