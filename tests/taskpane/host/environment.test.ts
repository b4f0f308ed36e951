import { luminanceOf, readEnvironment } from "../../../src/taskpane/host/environment";

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
