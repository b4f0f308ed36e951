/** Column detection: header row, header names → fields, and rows that are not data. */
export { detectColumns, synonymsOf } from "./detectColumns";
export type { Ambiguity, ColumnDetection, ColumnIgnored, ColumnLeft, ColumnUse, LeftRule } from "./detectColumns";
export { candidatesFor, EXACT_SCORE, forecastOf, synonymKeysOf } from "./headerMatch";
export { headerWords, type HeaderWords } from "./headerWords";
export { bucketColumns, readBucket, type BucketColumn } from "./agingBuckets";
export { findTitleDate, type TitleDate } from "./titleDate";
export type { HeaderCandidate } from "./headerMatch";
export { findHeaderRow, searchHeaderRow, HEADER_SCAN, type HeaderSearch } from "./headerRow";
export { headingCustomer, isBlankRow, isHeadingRow, isTotalRow } from "./rowKinds";
export { EXACT_ONLY, NOT_A_FIELD, QUALIFIER_WORDS, SYNONYMS, WEAK_WORDS } from "./synonyms";
