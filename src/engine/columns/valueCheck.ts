/**
 * Whether a column's cells fit the field its header names: dates under
 * "Amount", words under "Due date" or a yes/no column named like an amount
 * are not taken as that field, and the run says why.
 */
import { BLANK, INVALID, isBlankCell, type CellValue, type Grid } from "../cell";
import { FIELD_INFO, type Field } from "../fields";
import { parseAmountCell } from "../parse/amounts";
import { parseDateCell } from "../parse/dates";
import { parseFlagCell } from "../parse/flags";
import { STATUS, parseStatusCell } from "../parse/status";

/** What a column's cells look like when they contradict a field. */
export type Contradiction = "dates" | "words" | "yesNo" | "numbers";

/** A contradiction, with the first cell that shows it (its row among the samples). */
export interface ContradictionFound {
  readonly kind: Contradiction;
  readonly row: number;
  readonly text: string;
}

type Look = "blank" | "number" | "date" | "yesNo" | "word";

function lookOf(cell: CellValue): Look {
  if (isBlankCell(cell)) return "blank";
  if (typeof cell === "boolean") return "yesNo";
  if (cell instanceof Date) return "date";
  if (typeof cell === "number") return "number";
  const text = String(cell);
  const flag = parseFlagCell(text);
  if (flag !== INVALID && flag !== BLANK && !/^\s*[01]\s*$/.test(text)) return "yesNo";
  const amount = parseAmountCell(text);
  if (amount !== INVALID && amount !== BLANK) return "number";
  if (parseDateCell(text, "DMY", false) !== INVALID || parseDateCell(text, "MDY", false) !== INVALID) return "date";
  return "word";
}

/** Non-blank sample cells of a column, as at most this many are looked at. */
const MAX_SAMPLES = 200;

/**
 * The way a column's sample cells contradict `field`, or undefined when they
 * fit (or too few cells say anything). A cell contradicts when an amount
 * column holds a date, word or yes/no; a date column a word or yes/no; a
 * whole-number column a date or word; a status column a number or a word it
 * does not know. At least three non-blank samples, three in four of them
 * contradicting: a column that is mostly right keeps its field (its bad cells
 * are reported as such), and a stray note never loses it.
 *
 * @example contradictionOf([["01/03/2025"], ["02/03/2025"], ["03/03/2025"]], 0, "amount")?.kind //=> "dates"
 */
export function contradictionOf(samples: Grid, column: number, field: Field): ContradictionFound | undefined {
  const type = FIELD_INFO[field].type;
  if (type === "text" || type === "flag") return undefined;
  const counts: Record<Contradiction, number> = { dates: 0, words: 0, yesNo: 0, numbers: 0 };
  const first: Partial<Record<Contradiction, ContradictionFound>> = {};
  let seen = 0;
  for (let r = 0; r < samples.length && seen < MAX_SAMPLES; r++) {
    const cell = samples[r][column];
    const look = lookOf(cell);
    if (look === "blank") continue;
    seen++;
    const against = contradicts(type, look, cell);
    if (against === undefined) continue;
    counts[against]++;
    first[against] ??= { kind: against, row: r, text: cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell) };
  }
  if (seen < MIN_SEEN) return undefined;
  const worst = (Object.keys(counts) as Contradiction[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const total = counts.dates + counts.words + counts.yesNo + counts.numbers;
  return total >= seen * SHARE ? first[worst] : undefined;
}

/** Too few cells say nothing: the cell parser reports a bad cell instead. */
const MIN_SEEN = 3;
/** The share of cells that must contradict: a column that is mostly right keeps its field, and its bad cells are reported. */
const SHARE = 0.75;

function contradicts(type: string, look: Look, cell: CellValue): Contradiction | undefined {
  switch (type) {
    case "amount":
      return look === "date" ? "dates" : look === "word" ? "words" : look === "yesNo" ? "yesNo" : undefined;
    case "date":
      if (look === "number") return plausibleDate(cell) ? undefined : "numbers";
      return look === "word" ? "words" : look === "yesNo" ? "yesNo" : undefined;
    case "integer":
      // Days and counts are whole numbers: amounts with cents under "Past Due" are money, not days.
      if (look === "number") return Number.isInteger(typeof cell === "number" ? cell : parseAmountCell(cell)) ? undefined : "numbers";
      return look === "date" ? "dates" : look === "word" ? "words" : look === "yesNo" ? "yesNo" : undefined;
    case "status": {
      const status = parseStatusCell(cell, STATUS.open);
      if (status !== INVALID) return undefined;
      return look === "number" || look === "date" ? "numbers" : "words";
    }
    default:
      return undefined;
  }
}

/** Day serials of 1950-01-01 and 2100-01-01: a ledger's dates fall between, while amounts under a date header mostly don't. */
const FIRST_PLAUSIBLE = 18264;
const LAST_PLAUSIBLE = 73051;

/** A number that reads as a ledger date: a day serial from 1950 to 2100, or YYYYMMDD. */
function plausibleDate(cell: CellValue): boolean {
  const n = typeof cell === "number" ? cell : Number(String(cell).replace(/,/g, ""));
  if (n >= 19000101 && n <= 29991231 && Number.isInteger(n)) return true;
  return n >= FIRST_PLAUSIBLE && n < LAST_PLAUSIBLE;
}
