/**
 * Scores how well one header names each field. Pure lookups over synonyms
 * folded once at load; detectColumns decides the assignment.
 */
import { FIELDS } from "../fields";
import type { Field } from "../fields";
import { foldText } from "../parse/normalize";
import { EXACT_ONLY, NOT_A_FIELD, QUALIFIER_WORDS, SYNONYMS, WEAK_WORDS } from "./synonyms";

interface FoldedSynonym {
  readonly folded: string;
  /** The synonym with a space on each side, to find it as whole words inside a header. */
  readonly padded: string;
  readonly words: number;
  readonly exactOnly: boolean;
  /** Added to a partial match's score: 50 for most synonyms, less for general words. */
  readonly bonus: number;
}

const exactOnly = new Set(EXACT_ONLY.map(foldText));
const weak = new Set(WEAK_WORDS.map(foldText));
const qualifiers = new Set(QUALIFIER_WORDS.map(foldText));

function foldAll(synonyms: readonly string[]): readonly FoldedSynonym[] {
  const unique = [...new Set(synonyms.map(foldText))].filter((s) => s !== "");
  return unique.map((folded) => ({
    folded,
    padded: ` ${folded} `,
    words: folded.split(" ").length,
    exactOnly: exactOnly.has(folded),
    bonus: qualifiers.has(folded) ? 0 : weak.has(folded) ? 25 : 50,
  }));
}

const FOLDED: Readonly<Record<Field, readonly FoldedSynonym[]>> = Object.fromEntries(
  FIELDS.map((field) => [field, foldAll(SYNONYMS[field])]),
) as Record<Field, readonly FoldedSynonym[]>;
const NOT_A_FIELD_FOLDED = foldAll(NOT_A_FIELD);

/** Score of a header equal to a synonym: above any partial match. */
export const EXACT_SCORE = 1000;

/**
 * How well a folded header matches a list of synonyms: EXACT_SCORE when equal to
 * one; when it contains one as whole words, 100 per word of the synonym (longer,
 * more specific synonyms win) plus a bonus: 50, or 25 for a general word such as
 * "amount", or 0 for a qualifier such as "customer"; 0 when none matches.
 */
function bestScore(header: string, paddedHeader: string, synonyms: readonly FoldedSynonym[]): number {
  let best = 0;
  for (const synonym of synonyms) {
    if (synonym.folded === header) return EXACT_SCORE;
    if (synonym.exactOnly || !paddedHeader.includes(synonym.padded)) continue;
    const score = synonym.words * 100 + synonym.bonus;
    if (score > best) best = score;
  }
  return best;
}

/** One field a header could name, with how well it names it. */
export interface HeaderCandidate {
  readonly field: Field;
  readonly score: number;
}

/**
 * The fields a folded header could name, best first (ties in FIELDS order).
 * Fields that a known non-field header ("Last payment date") matches at least as
 * well are left out.
 *
 * @example candidatesFor("invoice date")[0] //=> { field: "invoiceDate", score: 1000 }
 */
export function candidatesFor(foldedHeader: string): readonly HeaderCandidate[] {
  if (foldedHeader === "") return [];
  const padded = ` ${foldedHeader} `;
  const veto = bestScore(foldedHeader, padded, NOT_A_FIELD_FOLDED);
  const found: HeaderCandidate[] = [];
  for (const field of FIELDS) {
    const score = bestScore(foldedHeader, padded, FOLDED[field]);
    if (score > 0 && score > veto) found.push({ field, score });
  }
  return found.sort((a, b) => b.score - a.score); // stable: FIELDS order breaks ties
}

/** The folded synonyms of a field (for tests and diagnostics). */
export function foldedSynonymsOf(field: Field): readonly string[] {
  return FOLDED[field].map((s) => s.folded);
}
