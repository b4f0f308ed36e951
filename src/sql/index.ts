/**
 * Configuration → one SQL query per dialect (DuckDB, PostgreSQL) that gives
 * every row the engine's Segment, Priority, Strategy, Score, Reason and Aging
 * Bucket. Pure: it writes SQL text and never talks to a database.
 */
export { compileSql, FACT_COLUMNS, type AsOfChoice, type CompileOptions, type CompiledQuery, type FactColumn } from "./compile";
export { DIALECTS, dialectOf, type Dialect, type DialectName } from "./dialect";
export type { ColumnKind, SqlColumn, SqlSource, SqlTable } from "./table";
