/**
 * Scores how well one header names each field. Pure lookups over synonyms
 * read once at load through the same `headerWords` as the headers, so
 * "customerID", "CUSTOMER_ID" and "Customer Id" meet "customer id";
 * detectColumns decides the assignment.
 */
import { FIELDS } from "../fields";
import type { Field } from "../fields";
import { headerWords, type HeaderWords } from "./headerWords";
import { EXACT_ONLY, NOT_A_FIELD, QUALIFIER_WORDS, SYNONYMS, WEAK_WORDS } from "./synonyms";

interface Synonym {
  readonly key: string;
  readonly words: readonly string[];
  readonly exactOnly: boolean;
  /** Added to a partial match's score: 50 for most synonyms, less for general words. */
  readonly bonus: number;
}

const keyOf = (text: string): string => headerWords(text).key;
const exactOnly = new Set(EXACT_ONLY.map(keyOf));
const weak = new Set(WEAK_WORDS.map(keyOf));
const qualifiers = new Set(QUALIFIER_WORDS.map(keyOf));

function readAll(synonyms: readonly string[]): readonly Synonym[] {
  const byKey = new Map<string, Synonym>();
  for (const text of synonyms) {
    const { key, words } = headerWords(text);
    if (key === "" || byKey.has(key)) continue;
    byKey.set(key, { key, words, exactOnly: exactOnly.has(key), bonus: qualifiers.has(key) ? 0 : weak.has(key) ? 25 : 50 });
  }
  return [...byKey.values()];
}

const READ: Readonly<Record<Field, readonly Synonym[]>> = Object.fromEntries(
  FIELDS.map((field) => [field, readAll(SYNONYMS[field])]),
) as Record<Field, readonly Synonym[]>;
const NOT_A_FIELD_READ = readAll(NOT_A_FIELD);

/** Score of a header equal to a synonym (in any word order): above any partial match. */
export const EXACT_SCORE = 1000;
/** Score of a header that names a currency and nothing else known: a money column, the weakest claim to the balance. */
export const MONEY_SCORE = 60;

/** True when every word of `part` is among `words` (as many times as `part` has it). */
function within(part: readonly string[], words: readonly string[]): boolean {
  if (part.length > words.length) return false;
  const left = [...words];
  for (const word of part) {
    const at = left.indexOf(word);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * How well a header's words match a list of synonyms: EXACT_SCORE when they
 * are the same words as one; when they hold all of one's words, 100 per word
 * of the synonym (longer, more specific synonyms win) plus a bonus: 50, or 25
 * for a general word such as "amount", or 0 for a qualifier such as
 * "customer"; 0 when none matches.
 */
function bestScore(header: HeaderWords, synonyms: readonly Synonym[]): number {
  let best = 0;
  for (const synonym of synonyms) {
    if (synonym.key === header.key) return EXACT_SCORE;
    if (synonym.exactOnly || !within(synonym.words, header.words)) continue;
    const score = synonym.words.length * 100 + synonym.bonus;
    if (score > best) best = score;
  }
  return best;
}

/** One field a header could name, with how well it names it. */
export interface HeaderCandidate {
  readonly field: Field;
  readonly score: number;
}

const MONEY_FIELDS: readonly Field[] = ["balance", "amount"];

/**
 * The fields a header could name, best first (ties in FIELDS order). Fields
 * that a known non-field header ("Last payment date") matches at least as well
 * are left out, and so is every field of a forecast ("Payment_date_predict").
 * A header that names a currency and no known field ("converted_usd") is a
 * money column: a weak candidate for the balance.
 *
 * @example candidatesFor(headerWords("invoice date"))[0] //=> { field: "invoiceDate", score: 1000 }
 */
export function candidatesFor(header: HeaderWords): readonly HeaderCandidate[] {
  if (header.key === "" || header.forecast) return [];
  const veto = bestScore(header, NOT_A_FIELD_READ);
  const found: HeaderCandidate[] = [];
  for (const field of FIELDS) {
    const score = bestScore(header, READ[field]);
    if (score > 0 && score > veto) found.push({ field, score });
  }
  if (header.currency !== undefined && veto === 0 && !found.some((c) => MONEY_FIELDS.includes(c.field))) {
    found.push({ field: "balance", score: MONEY_SCORE });
  }
  return found.sort((a, b) => b.score - a.score); // stable: FIELDS order breaks ties
}

/**
 * The fields a forecast header would name if it were a fact: what the run
 * says it left out ("Payment_date_predict would be the paid date").
 *
 * @example forecastOf(headerWords("Payment_date_predict")) //=> "paidDate"
 */
export function forecastOf(header: HeaderWords): Field | undefined {
  if (!header.forecast) return undefined;
  const plain = { ...header, forecast: false };
  return candidatesFor(plain)[0]?.field;
}

/** The synonym keys of a field (for tests and diagnostics). */
export function synonymKeysOf(field: Field): readonly string[] {
  return READ[field].map((s) => s.key);
}
