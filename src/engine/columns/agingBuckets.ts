/**
 * The bucket columns of an aging summary report (one row per customer, the
 * buckets as columns): QuickBooks `Current, 1 - 30, …, 91 and over`, Xero
 * `Current, < 1 Month, 1 Month, …, Older`, Sage `Over 90 days`, NetSuite
 * `> 90`, Business Central `Not Due, 0-30 days`, Odoo `Not due … Older` or
 * `0-30, 30-60, …, +120`, Zoho `1-15 Days`, and Spanish and Portuguese ones
 * (Corriente, No vencido, Vigente, A vencer, 1 a 30, Más de 90, Acima de 90).
 */
import type { CellValue } from "../cell";
import { foldText } from "../parse/normalize";
import { textOf } from "../parse/text";

/** One bucket column, with the days past due its amounts are at least. */
export interface BucketColumn {
  readonly column: number;
  readonly header: string;
  /** Lower edge in days past due: 0 for current (not yet due). */
  readonly lowerEdge: number;
}

type Read =
  | { readonly kind: "current" }
  | { readonly kind: "range"; readonly from: number; readonly to: number }
  | { readonly kind: "over"; readonly from: number }
  | { readonly kind: "older" }
  | { readonly kind: "lessThanMonth" }
  | { readonly kind: "months"; readonly months: number };

const CURRENT = new Set([
  "current",
  "not due",
  "not yet due",
  "not overdue",
  "within terms",
  "corriente",
  "al corriente",
  "no vencido",
  "no vencida",
  "sin vencer",
  "vigente",
  "por vencer",
  "a vencer",
  "em dia",
  "nao vencido",
  "nao vencida",
  "em aberto nao vencido",
  "al dia",
  "sem atraso",
  "a tiempo",
  "no vencidas",
  "nao vencidos",
]);
const DAY_WORDS = new Set(["days", "day", "dias", "dia", "past", "due", "overdue", "vencidos", "vencido", "atrasados", "d"]);
const OVER_BEFORE = new Set([
  "over",
  "after",
  "despues de",
  "apos",
  "more than",
  "mas de",
  "mais de",
  "acima de",
  "above",
  "greater than",
  "older than",
  "superior a",
  "mayor a",
]);
const OVER_AFTER = new Set(["and over", "or more", "y mas", "o mas", "ou mais", "e acima", "and older", "en adelante"]);
const MONTH_WORDS = new Set(["month", "months", "mes", "meses", "mois"]);

/** The words of a header without the words that only say "days" or "past due". */
function meaningWords(text: string): string[] {
  return foldText(
    text
      .replace(/>\s*=?/g, " over ")
      .replace(/\+\s*(?=\d)/g, " over ")
      .replace(/(\d)\s*\+/g, "$1 plus ")
      .replace(/</g, " less than "),
  )
    .split(" ")
    .filter((w) => w !== "" && !DAY_WORDS.has(w));
}

/**
 * What one bucket header says, or undefined when it is not one.
 *
 * @example readBucket("31 - 60") //=> { kind: "range", from: 31, to: 60 }
 * @example readBucket("91 and over") //=> { kind: "over", from: 91 }
 * @example readBucket("> 90") //=> { kind: "over", from: 91 }
 */
export function readBucket(header: string): Read | undefined {
  const folded = foldText(header);
  if (folded === "") return undefined;
  if (CURRENT.has(folded) || CURRENT.has(meaningWords(header).join(" "))) return { kind: "current" };
  if (folded === "older" || folded === "older than that" || folded === "mas antiguo" || folded === "mais antigo") return { kind: "older" };
  const words = meaningWords(header);
  const text = words.join(" ");
  const numbers = words.filter((w) => /^\d{1,4}$/.test(w)).map(Number);
  const rest = words.filter((w) => !/^\d{1,4}$/.test(w));
  const restText = rest.join(" ");
  if (rest.some((w) => MONTH_WORDS.has(w))) {
    if (/^less than 1 (month|mes|months)$/.test(text)) return { kind: "lessThanMonth" };
    if (numbers.length === 1 && rest.length === 1) return { kind: "months", months: numbers[0] };
    return undefined;
  }
  // Sage 50's "Period 1", "Period 2" …: months since the invoice.
  if (numbers.length === 1 && (restText === "period" || restText === "periodo")) return { kind: "months", months: numbers[0] };
  if (numbers.length === 2 && (restText === "" || restText === "a" || restText === "to" || restText === "ate" || restText === "hasta")) {
    return numbers[0] <= numbers[1] ? { kind: "range", from: numbers[0], to: numbers[1] } : undefined;
  }
  if (numbers.length === 1) {
    // Sage's "< 30 days", "< 60 days": up to the number, from where the bucket before ends.
    if (restText === "less than" || restText === "menos de" || restText === "ate") return { kind: "range", from: 0, to: numbers[0] - 1 };
    if (OVER_BEFORE.has(restText)) return { kind: "over", from: numbers[0] + 1 };
    if (OVER_AFTER.has(restText)) return { kind: "over", from: numbers[0] };
    if (restText === "plus") return { kind: "over", from: numbers[0] + 1 };
  }
  return undefined;
}

const DAYS_PER_MONTH = 30;

/**
 * The bucket columns of a header row, left to right, with their lower edges:
 * current (not due) 0; a range its first day, moved past the bucket before it
 * when the ranges share their ends (`0-30, 30-60` is 1-30, 31-60) or when a
 * range starts at 0 beside a current column; "over 90", "> 90" and "after 90
 * days" 91, "91 and over" 91; "< 1 Month" 1, "N Months" (and Sage's "Period
 * N") N × 30, the lower edge of N months; "Older" one past the bucket before it. Fewer than two bucket columns (or no past-due one): none.
 *
 * @example bucketColumns(["Customer", "Current", "1 - 30", "31 - 60", "61 - 90", "91 and over", "Total"]).map((b) => b.lowerEdge)
 * //=> [0, 1, 31, 61, 91]
 */
export function bucketColumns(headerRow: readonly CellValue[]): readonly BucketColumn[] {
  const found: BucketColumn[] = [];
  let previousUpper = -1;
  let sawCurrent = false;
  headerRow.forEach((cell, column) => {
    const header = textOf(cell);
    const read = typeof cell === "string" ? readBucket(header) : undefined;
    if (!read) return;
    let lowerEdge: number;
    let upper: number;
    switch (read.kind) {
      case "current":
        lowerEdge = 0;
        upper = 0;
        sawCurrent = true;
        break;
      case "range":
        lowerEdge = read.from <= previousUpper || (read.from === 0 && sawCurrent) ? Math.max(previousUpper, 0) + 1 : read.from;
        upper = read.to;
        break;
      case "over":
        lowerEdge = Math.max(read.from, previousUpper + 1);
        upper = Infinity;
        break;
      case "lessThanMonth":
        lowerEdge = 1;
        upper = DAYS_PER_MONTH - 1;
        break;
      case "months":
        lowerEdge = read.months * DAYS_PER_MONTH;
        upper = (read.months + 1) * DAYS_PER_MONTH - 1;
        break;
      case "older":
        if (previousUpper < 0) return;
        lowerEdge = previousUpper + 1;
        upper = Infinity;
        break;
    }
    found.push({ column, header, lowerEdge });
    previousUpper = upper;
  });
  return found.length >= 2 && found.some((b) => b.lowerEdge > 0) ? found : [];
}
