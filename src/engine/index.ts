/**
 * The segmentation engine: pure, synchronous, no I/O. Every face (task pane,
 * ribbon, custom functions, command line) reaches it through these exports.
 */
export type { CellValue, Grid, Parsed } from "./cell";
export { BLANK, INVALID, isBlankCell } from "./cell";
export { columnLetters, cellAddress } from "./address";
export { FIELDS, FIELD_INFO, isField, type Field, type FieldInfo, type FieldType, type ColumnMap } from "./fields";
export { CONDITION_FIELDS, resolveConditionField, type ConditionFieldName } from "./conditionFields";
export * from "./config";
export { parseExpression, formatCondition, conditionFieldsOf } from "./expression";
export { describeIssue, type EngineIssue, type EngineIssueKind, type ConfigProblem } from "./issues";
export { ok, fail, assertNever, type Result } from "./result";
export { segment, createSegmenter } from "./segment";
export {
  OUTPUT_HEADERS,
  CSV_OUTPUT_HEADERS,
  type OutputHeader,
  type Segmentation,
  type Segmenter,
  type SegmentOptions,
  type RowOutcome,
  type RowTally,
  type HeaderInfo,
  type ExcludedRow,
} from "./segmentation";
export {
  PRESETS,
  PRESET_NAMES,
  presetConfig,
  defaultConfig,
  DEFAULT_PRESET,
  isPresetName,
  DEFAULT_EDGES,
  DEFAULT_SCORE_CARD,
  STRATEGIES,
  strategyText,
  type PresetName,
} from "./presets";
export { bucketLabels, bucketIndex, PAID_BUCKET } from "./derive/buckets";
export { GRADES, gradeIndex } from "./derive/derive";
export { detectColumns, findHeaderRow, synonymsOf } from "./columns";
export { hideOwnColumns, requiredFields } from "./sheetNeeds";
export { readSheetHeader, type SheetHeader, type Layout } from "./sheetHeader";
export type { ReadingReport, ReadingNote, FieldRead, AsOfSource } from "./reading";
export { describeReading, describeReadingHeadline } from "./readingText";
export { parseDateCell, parseAmountCell, serialFromIso, isoFromSerial, todayIso, textOf } from "./parse";
export type { Summary, SegmentLine, Kpis, Figures, CurrencyLine } from "./summary/types";
export { KPI_LINES, type KpiLine, type KpiKind } from "./summary/kpiLines";
export { createLedgerReader, type LedgerRead, type LedgerReader, type ReadOptions } from "./ledgerReader";
export { evaluateLedger, type LedgerEvaluation } from "./evaluate";
export { createSessionReader, type SegmentationSession, type SessionReader } from "./session";
export * from "./backtest";
