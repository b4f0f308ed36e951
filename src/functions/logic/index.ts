/**
 * The custom functions' behaviour without Office: plain values in, plain values
 * or injected error values out. Runs in Node (tests, benchmarks, CLI build).
 */
export {
  createFunctionLogic,
  valueOf,
  type FunctionLogic,
  type FunctionLogicOptions,
  type OutcomeColumn,
  type RowFunction,
} from "./functionLogic";
export { agingBucket, daysPastDue, grade, mapCells, type OutCell, type OutMatrix } from "./agingFunctions";
export { readDate, readEdges, readNumber, type DateArgumentOrder } from "./arguments";
export {
  cachedConfigSource,
  defaultConfig,
  fixedConfigSource,
  type CachedConfigSource,
  type ConfigLoader,
  type ConfigSource,
} from "./configSource";
export { asMatrix, cellOf, excelErrorOf, inputText, isBlankArgument, isOmitted, scalarOf } from "./inputs";
export { blankReadings, isBlankInput, readBlank, type BlankReading } from "./blanks";
export {
  codeOf,
  describeProblem,
  errorFor,
  type EdgesDetail,
  type ErrorFactory,
  type ExcelErrorCode,
  type FunctionProblem,
  type FunctionProblemKind,
} from "./problems";
export { parseRangeAddress, type RangeAddress } from "./rangeAddress";
export { segmentRows, type RowResult, type RowsCall } from "./segmentRows";
