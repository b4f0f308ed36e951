/**
 * Turns an error from `context.sync()` (an OfficeExtension.Error: `code`,
 * `message`, `debugInfo`) into a WorkbookError that names the sheet.
 *
 * Codes (Excel.ErrorCodes / OfficeExtension.ErrorCodes):
 * - AccessDenied: a write refused, e.g. locked cells of a protected sheet;
 * - InvalidOperationInCellEditMode: the user is typing in a cell;
 * - ItemNotFound: the sheet (or table) went away between two syncs;
 * - RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded: a batch
 *   over the 5 MB cap (Excel on the web);
 * - anything else: officeError with its code and message.
 * An error without a string `code` is not an Office error but a defect: it is
 * rethrown, never turned into a message.
 */
import type { WorkbookError } from "../workbook/errors";

export interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** True for the errors a smaller block can cure. */
export function isPayloadLimit(error: unknown): boolean {
  return isOfficeError(error) && PAYLOAD_CODES.has(error.code);
}

export interface ErrorContext {
  /** ItemNotFound means the sheet was deleted (true while reading/writing a sheet that existed). */
  readonly missingMeansDeleted?: boolean;
}

/**
 * @example
 * toWorkbookError({ code: "AccessDenied", message: "…" }, "Ledger") //=> { kind: "protectedSheet", sheet: "Ledger" }
 */
export function toWorkbookError(error: unknown, sheet: string, context: ErrorContext = { missingMeansDeleted: true }): WorkbookError {
  if (!isOfficeError(error)) throw error;
  switch (error.code) {
    case "AccessDenied":
      return { kind: "protectedSheet", sheet };
    case "InvalidOperationInCellEditMode":
      return { kind: "cellEditMode", sheet };
    case "ItemNotFound":
      if (context.missingMeansDeleted) return { kind: "sheetDeleted", sheet };
      return { kind: "officeError", sheet, code: error.code, detail: error.message };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return { kind: "payloadTooLarge", sheet };
    default:
      return { kind: "officeError", sheet, code: error.code, detail: error.message };
  }
}
