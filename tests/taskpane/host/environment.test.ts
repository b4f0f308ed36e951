import { luminanceOf, officeReady, readEnvironment } from "../../../src/taskpane/host/environment";

describe("the pane's environment", () => {
  it("tells dark Office themes from light ones by the body background", () => {
    expect(luminanceOf("#FFFFFF")).toBeCloseTo(1);
    expect(luminanceOf("#000000")).toBe(0);
    expect(luminanceOf("#1f1f1f")).toBeLessThan(0.2);
    expect(luminanceOf("not a colour")).toBeUndefined();
  });

  it("runs as a web page when Office reports no host", () => {
    expect(readEnvironment({ host: null }).inOffice).toBe(false);
  });
});

describe("officeReady", () => {
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as Record<string, unknown>).Office;
  });

  /** An office.js whose onReady answers after `delayMs`. */
  function slowOffice(delayMs: number, host: string | null) {
    Object.assign(globalThis, {
      Office: {
        onReady: (callback: (info: { host: string | null }) => void) => {
          setTimeout(() => callback({ host }), delayMs);
          return Promise.resolve({ host });
        },
      },
    });
  }

  it("answers with the host Office reports in time", async () => {
    jest.useFakeTimers();
    slowOffice(100, "Excel");
    const ready = officeReady(1000);
    jest.advanceTimersByTime(100);
    await expect(ready).resolves.toEqual({ host: "Excel" });
  });

  it("starts as a web page after the timeout, and tells of a host that Office reports later", async () => {
    jest.useFakeTimers();
    slowOffice(5000, "Excel");
    const late = jest.fn();
    const ready = officeReady(1000, late);
    jest.advanceTimersByTime(1000);
    await expect(ready).resolves.toEqual({ host: null });
    expect(late).not.toHaveBeenCalled();
    jest.advanceTimersByTime(4000);
    expect(late).toHaveBeenCalledWith({ host: "Excel" });
  });

  it("stays a web page when Office, late, reports no host", async () => {
    jest.useFakeTimers();
    slowOffice(5000, null);
    const late = jest.fn();
    const ready = officeReady(1000, late);
    jest.advanceTimersByTime(6000);
    await expect(ready).resolves.toEqual({ host: null });
    expect(late).not.toHaveBeenCalled();
  });
});
