import { NO_CAPABILITIES, readCapabilities } from "../../src/excel/capabilities";

describe("readCapabilities", () => {
  it("reads each feature from its ExcelApi requirement set", () => {
    const upTo = (max: number) => (set: string, version?: string) => set === "ExcelApi" && Number(version!.split(".")[1]) <= max;
    expect(readCapabilities(upTo(7))).toEqual({
      protection: true,
      functions: true,
      settings: true,
      conditionalFormats: true,
      pivotTables: false,
      suspendScreenUpdating: false,
      tableResize: false,
    });
    expect(readCapabilities(upTo(13)).tableResize).toBe(true);
    expect(readCapabilities(upTo(9)).pivotTables).toBe(true);
    expect(readCapabilities(upTo(9)).suspendScreenUpdating).toBe(true);
  });

  it("is safe outside Office and when the check throws", () => {
    expect(readCapabilities()).toEqual(NO_CAPABILITIES);
    expect(
      readCapabilities(() => {
        throw new Error("no host");
      }),
    ).toEqual(NO_CAPABILITIES);
  });
});
