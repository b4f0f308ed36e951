/**
 * The date a report is "as of", read from its title lines: "As of December 21,
 * 2025" (QuickBooks), "As at 31 March 2026" (Xero), "Aged as of …", "al
 * 30/06/2013", "Posición al …", "Saldos al …", "em 31/03/2026", "Posição em …".
 */
import type { CellValue, Grid } from "../cell";
import { serialFromDateText, type DateOrder } from "../parse/dateText";
import { foldText } from "../parse/normalize";

export interface TitleDate {
  /** Day serial of the date. */
  readonly serial: number;
  /** Index of the row (among the rows looked at) and of the column holding it. */
  readonly row: number;
  readonly column: number;
  /** The title cell's text, as written. */
  readonly text: string;
}

/** Words after which a title gives its date, folded, with the day/month order a numbers-only date there is written in. */
const MARKERS: readonly (readonly [string, DateOrder])[] = [
  ["aged as of", "MDY"],
  ["aged as at", "DMY"],
  ["as of", "MDY"],
  ["as at", "DMY"],
  ["ageing as at", "DMY"],
  ["aging as of", "MDY"],
  ["report date", "MDY"],
  ["start date", "MDY"],
  ["key date", "MDY"],
  ["fecha de informe", "DMY"],
  ["fecha del informe", "DMY"],
  ["data do relatorio", "DMY"],
  ["posicion al", "DMY"],
  ["saldos al", "DMY"],
  ["saldo al", "DMY"],
  ["corte al", "DMY"],
  ["fecha de corte", "DMY"],
  ["antiguedad al", "DMY"],
  ["vencimientos al", "DMY"],
  ["a la fecha", "DMY"],
  ["al", "DMY"],
  ["posicao em", "DMY"],
  ["posicao de", "DMY"],
  ["saldos em", "DMY"],
  ["data base", "DMY"],
  ["data de corte", "DMY"],
  ["em", "DMY"],
  ["ate", "DMY"],
];

/** Titles are short; a long text is a note or a data cell, not a title. */
const MAX_TITLE = 120;

/**
 * The report date a title line names, among the rows above the header: the
 * first text cell holding a marker ("as of", "al", "em" …) followed by a date.
 * Month names in English, Spanish and Portuguese are read; a numbers-only
 * date follows the marker's convention ("as of" month first, "as at", "al",
 * "em" day first) unless it can only be read one way.
 *
 * @example findTitleDate([["Acme Inc"], ["A/R Aging Summary"], ["As of December 21, 2025"]])?.serial //=> 46012
 */
export function findTitleDate(rows: Grid): TitleDate | undefined {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const found = dateInTitle(row[c]);
      if (found !== undefined) return { serial: found, row: r, column: c, text: String(row[c]).trim() };
    }
  }
  return undefined;
}

function dateInTitle(cell: CellValue): number | undefined {
  if (typeof cell !== "string" || cell.length > MAX_TITLE) return undefined;
  const folded = ` ${foldText(cell)} `;
  for (const [marker, order] of MARKERS) {
    const at = folded.indexOf(` ${marker} `);
    if (at < 0) continue;
    const rest = restOfTitle(cell, marker);
    if (rest === undefined) continue;
    // "As of December 21, 2025 Accrual Basis": the longest run of words after the marker that reads as a date.
    const words = rest.split(" ");
    for (let n = Math.min(words.length, 6); n >= 1; n--) {
      const text = words.slice(0, n).join(" ");
      const serial = serialFromDateText(text, order) || serialFromDateText(text, order === "MDY" ? "DMY" : "MDY");
      if (serial > 0) return serial;
    }
  }
  return undefined;
}

/** The text after the marker in the title as written (accents and punctuation kept for the date reader). */
function restOfTitle(cell: string, marker: string): string | undefined {
  const words = marker.split(" ");
  // Walk the title's words as written, matching the marker's folded words one after another.
  const parts = cell.trim().split(/\s+/);
  for (let i = 0; i + words.length <= parts.length; i++) {
    if (words.every((w, k) => foldText(parts[i + k]) === w)) {
      const rest = parts
        .slice(i + words.length)
        .join(" ")
        .replace(/[()[\]]/g, " ")
        .trim();
      return rest === "" ? undefined : rest;
    }
  }
  return undefined;
}
