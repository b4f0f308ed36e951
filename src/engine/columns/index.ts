/** Column detection: header row, header names → fields, and rows that are not data. */
export { detectColumns, synonymsOf } from "./detectColumns";
export type { ColumnDetection } from "./detectColumns";
export { candidatesFor, EXACT_SCORE, foldedSynonymsOf } from "./headerMatch";
export type { HeaderCandidate } from "./headerMatch";
export { findHeaderRow } from "./headerRow";
export { isBlankRow, isTotalRow } from "./rowKinds";
export { EXACT_ONLY, NOT_A_FIELD, QUALIFIER_WORDS, SYNONYMS, WEAK_WORDS } from "./synonyms";
