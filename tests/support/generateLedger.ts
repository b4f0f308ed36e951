/**
 * The realistic ledger generator shared by tests and benchmarks. It lives once,
 * in bench/generateLedger.js (plain JavaScript, so `npm run bench` runs without
 * a TypeScript compiler); this module only re-exports it with its types.
 */
export { ledgerRows, generateLedger, ledgerCsvLines, HEADERS } from "../../bench/generateLedger";
export type { LedgerCell, LedgerOptions } from "../../bench/generateLedger";
