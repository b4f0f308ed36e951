/**
 * The part of Excel's custom functions runtime (the global `CustomFunctions`)
 * that this add-in uses. @types/office-runtime no longer declares it; the full
 * declarations are in @types/custom-functions-runtime. Delete this file if
 * that package is added to the project (its declarations would clash).
 */
declare namespace CustomFunctions {
  /** Registers a function under the id its metadata gives (the build appends these calls). */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;

  /** The error codes a custom function can return; the value is what the cell shows. */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** An error a custom function returns or throws; #VALUE! and #N/A show `message` in the cell's error flag. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  /** What Excel tells a function about its call (with @requiresAddress / @requiresParameterAddresses). */
  interface Invocation {
    functionName?: string;
    address?: string;
    parameterAddresses?: string[];
    isInValuePreview?: boolean;
  }
}
