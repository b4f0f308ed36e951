import { isPayloadLimit, toWorkbookError } from "../../src/excel/officeErrors";

const err = (code: string) => ({ code, message: `${code} message` });

describe("toWorkbookError", () => {
  it.each([
    ["AccessDenied", { kind: "protectedSheet", sheet: "L" }],
    ["InvalidOperationInCellEditMode", { kind: "cellEditMode", sheet: "L" }],
    ["ItemNotFound", { kind: "sheetDeleted", sheet: "L" }],
    ["RequestPayloadSizeLimitExceeded", { kind: "payloadTooLarge", sheet: "L" }],
    ["ResponsePayloadSizeLimitExceeded", { kind: "payloadTooLarge", sheet: "L" }],
    ["GeneralException", { kind: "officeError", sheet: "L", code: "GeneralException", detail: "GeneralException message" }],
  ])("maps %s", (code, expected) => {
    expect(toWorkbookError(err(code), "L")).toEqual(expected);
  });

  it("keeps ItemNotFound as an Office error where it does not mean a deleted sheet", () => {
    expect(toWorkbookError(err("ItemNotFound"), "L", { missingMeansDeleted: false })).toMatchObject({
      kind: "officeError",
      code: "ItemNotFound",
    });
  });

  it("rethrows errors that are not Office errors", () => {
    const bug = new TypeError("x is undefined");
    expect(() => toWorkbookError(bug, "L")).toThrow(bug);
  });

  it("recognises payload limits only", () => {
    expect(isPayloadLimit(err("RequestPayloadSizeLimitExceeded"))).toBe(true);
    expect(isPayloadLimit(err("AccessDenied"))).toBe(false);
    expect(isPayloadLimit(new Error("x"))).toBe(false);
  });
});
