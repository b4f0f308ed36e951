import type { CellValue, Grid } from "../cell";
import { FIELDS } from "../fields";
import type { ColumnMap, Field } from "../fields";
import { foldText } from "../parse/normalize";
import { textOf } from "../parse/text";
import { candidatesFor, forecastOf } from "./headerMatch";
import { headerWords, type HeaderWords } from "./headerWords";
import { SYNONYMS } from "./synonyms";
import { contradictionOf, type ContradictionFound } from "./valueCheck";

/** How a field's column was found. */
export interface ColumnUse {
  readonly field: Field;
  readonly column: number;
  /** "mapped": named in the configuration's mapping; "detected": by its header. */
  readonly how: "mapped" | "detected";
}

/**
 * Why a column that could be a field was left for another: the stated rule
 * that chose (see `detectColumns`).
 */
export type LeftRule = "betterName" | "original" | "localCurrency" | "accountNumber" | "documentDate" | "leftmost";

export interface ColumnLeft {
  readonly field: Field;
  readonly column: number;
  /** The column the field reads instead. */
  readonly used: number;
  readonly rule: LeftRule;
}

/** A column whose header names a field it is not taken as, and why. */
export interface ColumnIgnored {
  readonly column: number;
  readonly field: Field;
  readonly reason:
    | { readonly kind: "forecast" }
    | { readonly kind: "contradicts"; readonly found: ContradictionFound["kind"]; readonly row: number; readonly text: string };
}

/** Two columns that name a field equally well, no rule parts them, and their cells differ. */
export interface Ambiguity {
  readonly field: Field;
  readonly columns: readonly number[];
}

/** How the columns of a header row map to fields. */
export interface ColumnDetection {
  /** Field → 0-based column index. `balance` may share the `amount` column (see detectColumns). */
  readonly columns: ColumnMap;
  /** The text of each header cell (see textOf). */
  readonly headers: readonly string[];
  /** Indexes of the columns mapped to no field, left to right. */
  readonly kept: readonly number[];
  /** Explicit mappings whose header is not in the row. */
  readonly unmatchedMappings: readonly { readonly field: Field; readonly header: string }[];
  readonly used: readonly ColumnUse[];
  readonly left: readonly ColumnLeft[];
  readonly ignored: readonly ColumnIgnored[];
  readonly ambiguous: readonly Ambiguity[];
}

/** Header texts longer than this are not compared with the synonyms. */
const MAX_HEADER_LENGTH = 256;

/** Fields whose two equal candidates with different cells stop a run: they decide segments and totals. */
const DECISIVE: ReadonlySet<Field> = new Set<Field>(["balance", "amount", "dueDate", "paidDate", "daysPastDue", "invoiceDate", "status"]);
const MONEY: ReadonlySet<Field> = new Set<Field>(["balance", "amount", "creditLimit"]);
const NAME_WORDS = new Set(["name", "nombre", "nome", "razon", "social", "description"]);
const POSTING_WORDS = new Set(["posting", "contabilizacion", "lancamento", "buchungsdatum", "entry"]);

interface Candidate {
  readonly column: number;
  readonly field: Field;
  readonly score: number;
  /** Tie-breaks, each 0 (preferred) or 1, in the order of `TIE_RULES`. */
  readonly ties: readonly number[];
  readonly rank: number;
}

const TIE_RULES: readonly LeftRule[] = ["original", "localCurrency", "accountNumber", "documentDate"];

function tiesOf(field: Field, words: HeaderWords): number[] {
  return [
    words.copy > 0 ? 1 : 0,
    MONEY.has(field) && words.currency !== "local" ? 1 : 0,
    field === "customer" && words.words.some((w) => NAME_WORDS.has(w)) ? 1 : 0,
    field === "invoiceDate" && words.words.some((w) => POSTING_WORDS.has(w)) ? 1 : 0,
  ];
}

function compare(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  for (let k = 0; k < a.ties.length; k++) if (a.ties[k] !== b.ties[k]) return a.ties[k] - b.ties[k];
  return a.column - b.column || a.rank - b.rank;
}

/** The rule that put `winner` before `loser` for one field. */
function ruleBetween(winner: Candidate, loser: Candidate): LeftRule {
  if (winner.score !== loser.score) return "betterName";
  for (let k = 0; k < winner.ties.length; k++) if (winner.ties[k] !== loser.ties[k]) return TIE_RULES[k];
  return "leftmost";
}

/**
 * Maps a header row's columns to fields.
 *
 * 1. Explicit mappings come first: a field mapped to a header text takes the
 *    leftmost column whose header folds to the same text (case, accents and
 *    punctuation ignored). A mapping to a header that is not in the row is
 *    reported in `unmatchedMappings` and the field stays unmapped (a guess would
 *    hide the mistake). A mapping to "" means "this sheet has no such column".
 * 2. The other columns are matched by their header's words (see headerMatch),
 *    in any case convention. A forecast ("Payment_date_predict") is never a
 *    fact, and a column whose `samples` contradict a field (dates under
 *    "Amount", words under "Due date") is not taken as that field: both are
 *    reported in `ignored`.
 * 3. The best (column, field) pair is assigned first, until each column has at
 *    most one field and each field one column. Between two columns that name a
 *    field equally well: the original over a numbered copy ("due_date.1"), an
 *    amount in local currency over one in another, a customer's account number
 *    over its name, a document date over a posting date, then the leftmost.
 *    Each column left that way is reported in `left`; two equal columns that
 *    no rule parts and whose cells differ are `ambiguous` for a field that
 *    decides segments.
 * 4. A sheet with one money column usually calls it "Amount": when no balance
 *    column is found (and balance is not explicitly mapped) but an amount column
 *    is, that column is the balance too, so `columns.balance === columns.amount`.
 *
 * @example
 * detectColumns(["Customer", "Invoice Date", "Amount Due"], {}).columns
 * //=> { customer: 0, invoiceDate: 1, balance: 2 }
 */
export function detectColumns(
  headerRow: readonly CellValue[],
  mapping: Partial<Record<Field, string>>,
  samples: Grid = [],
): ColumnDetection {
  const headers = headerRow.map(textOf);
  // No header runs to hundreds of characters; a long cell (a note of megabytes, while scanning for the header) names nothing.
  const folded = headers.map((header) => (header.length > MAX_HEADER_LENGTH ? "" : foldText(header)));
  const columns: Partial<Record<Field, number>> = {};
  const taken = new Set<number>();
  const decided = new Set<Field>();
  const unmatchedMappings: { field: Field; header: string }[] = [];
  const used: ColumnUse[] = [];
  const ignored: ColumnIgnored[] = [];

  for (const field of FIELDS) {
    const header = mapping[field];
    if (header === undefined) continue;
    decided.add(field);
    const wanted = foldText(header);
    if (wanted === "") continue;
    const index = folded.findIndex((h, i) => h === wanted && !taken.has(i));
    if (index < 0) unmatchedMappings.push({ field, header });
    else {
      columns[field] = index;
      taken.add(index);
      used.push({ field, column: index, how: "mapped" });
    }
  }

  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    if (taken.has(column) || header.length > MAX_HEADER_LENGTH) return;
    const words = headerWords(header);
    const forecast = forecastOf(words);
    if (forecast !== undefined && !decided.has(forecast)) ignored.push({ column, field: forecast, reason: { kind: "forecast" } });
    let rank = 0;
    for (const { field, score } of candidatesFor(words)) {
      if (decided.has(field)) continue;
      const against = contradictionOf(samples, column, field);
      if (against) {
        if (rank === 0) ignored.push({ column, field, reason: { ...against, kind: "contradicts", found: against.kind } });
        continue;
      }
      candidates.push({ column, field, score, ties: tiesOf(field, words), rank: rank++ });
    }
  });
  candidates.sort(compare);
  const winner = new Map<Field, Candidate>();
  for (const candidate of candidates) {
    const { column, field } = candidate;
    if (taken.has(column) || columns[field] !== undefined) continue;
    columns[field] = column;
    taken.add(column);
    winner.set(field, candidate);
    used.push({ field, column, how: "detected" });
  }

  const left: ColumnLeft[] = [];
  const ambiguous: Ambiguity[] = [];
  for (const candidate of candidates) {
    const best = winner.get(candidate.field);
    if (!best || taken.has(candidate.column)) continue;
    const rule = ruleBetween(best, candidate);
    left.push({ field: candidate.field, column: candidate.column, used: best.column, rule });
    if (rule === "leftmost" && DECISIVE.has(candidate.field) && cellsDiffer(samples, best.column, candidate.column)) {
      const known = ambiguous.find((a) => a.field === candidate.field);
      if (known) (known.columns as number[]).push(candidate.column);
      else ambiguous.push({ field: candidate.field, columns: [best.column, candidate.column] });
    }
  }

  if (columns.balance === undefined && !decided.has("balance") && columns.amount !== undefined) {
    columns.balance = columns.amount;
  }
  const kept = headers.map((_, i) => i).filter((i) => !taken.has(i));
  return { columns, headers, kept, unmatchedMappings, used, left, ignored, ambiguous };
}

function cellsDiffer(samples: Grid, a: number, b: number): boolean {
  return samples.some((row) => textOf(row[a]) !== textOf(row[b]));
}

/**
 * The header names tried for a field, as a person writes them, for messages
 * such as "no Due date column; tried: due date, vencimiento, …".
 *
 * @example synonymsOf("currency").slice(0, 3) //=> ["currency", "curr", "ccy"]
 */
export function synonymsOf(field: Field): readonly string[] {
  return SYNONYMS[field];
}
