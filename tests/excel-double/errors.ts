/**
 * The errors the Excel double throws, shaped like `OfficeExtension.Error`:
 * a `code` from `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`, a message,
 * and `debugInfo` with the code, message and error location.
 *
 * Sources for codes and messages:
 * - Excel.ErrorCodes enum (learn.microsoft.com/javascript/api/excel/excel.errorcodes):
 *   AccessDenied, InvalidArgument, InvalidOperationInCellEditMode, ItemNotFound,
 *   ItemAlreadyExists, InvalidSelection, InvalidReference, GeneralException, ApiNotFound,
 *   ResponsePayloadSizeLimitExceeded …
 * - "Error handling with the application-specific JavaScript APIs"
 *   (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
 * - Resource limits (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
 *   Excel on the web caps a request and a response at 5 MB (RequestPayloadSizeLimitExceeded).
 * - Writing to locked cells of a protected sheet answers
 *   AccessDenied "You cannot perform the requested operation." (same engine seen
 *   through Microsoft Graph: microsoftgraph/microsoft-graph-docs#4546).
 */
export type DoubleErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
  | "InvalidReference"
  | "GeneralException"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const MESSAGES: Record<DoubleErrorCode, string> = {
  PropertyNotLoaded: "",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  AccessDenied: "You cannot perform the requested operation.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidSelection: "The current selection is invalid for this operation.",
  InvalidReference: "This reference isn't valid for the current operation.",
  GeneralException: "An internal error has occurred while processing the request.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

/** An error with the shape of OfficeExtension.Error. */
export class ExcelDoubleError extends Error {
  readonly code: DoubleErrorCode;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation: string };

  constructor(code: DoubleErrorCode, errorLocation: string, message?: string) {
    const text = message ?? MESSAGES[code];
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
  }
}

/**
 * The exact text Excel gives when a property is read before `load` + `sync`
 * (OfficeExtension "PropertyNotLoaded"; quoted in Microsoft's "Call load before
 * reading properties" guidance).
 */
export function propertyNotLoaded(property: string, location: string): ExcelDoubleError {
  return new ExcelDoubleError(
    "PropertyNotLoaded",
    location,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
