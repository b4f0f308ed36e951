import type { ErrorFactory, ExcelErrorCode } from "../../../src/functions/logic";

/** What the tests use for CustomFunctions.Error: a plain record of the code and message. */
export interface TestError {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

export const testErrors: ErrorFactory<TestError> = (code, message) => ({ code, message });

export const isTestError = (value: unknown): value is TestError =>
  typeof value === "object" && value !== null && "code" in value && "message" in value;
