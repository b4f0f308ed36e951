import { latestResult, publishResult, subscribe } from "../../src/commands/lastResult";

describe("lastResult", () => {
  it("tells subscribers about each result and remembers the last one", () => {
    const seen: string[] = [];
    const stop = subscribe((m) => seen.push(m.text));
    publishResult({ kind: "success", text: "one" });
    stop();
    publishResult({ kind: "error", text: "two" });
    expect(seen).toEqual(["one"]);
    expect(latestResult()).toEqual({ kind: "error", text: "two" });
  });

  it("shares one store between separately loaded copies of the module", async () => {
    await jest.isolateModulesAsync(async () => {
      // A second copy, as a second webpack entry would have.
      const other = await import("../../src/commands/lastResult");
      other.publishResult({ kind: "success", text: "from the commands bundle" });
    });
    expect(latestResult()).toEqual({ kind: "success", text: "from the commands bundle" });
  });
});
