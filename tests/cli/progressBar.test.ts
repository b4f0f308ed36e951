import { formatProgress, progressSink } from "../../src/cli/progressBar";

describe("progress", () => {
  it("formats a phase, a bar, a percentage and counts", () => {
    expect(formatProgress({ phase: "writing", done: 500, total: 2000 })).toBe(
      `writing    [######${" ".repeat(18)}]  25%  500 / 2,000 rows`,
    );
    expect(formatProgress({ phase: "reading", done: 1048576, total: 2097152 }, "bytes")).toContain("1.0 / 2.0 MB");
  });

  it("draws nothing when stderr is not a terminal", () => {
    expect(progressSink({ write: () => undefined }, false)).toBeUndefined();
  });

  it("redraws one line in place on a terminal and clears it at the end", () => {
    let text = "";
    const bar = progressSink({ write: (t: string) => (text += t) }, true)!;
    bar.sink({ phase: "reading", done: 1, total: 1 });
    bar.end();
    expect(text.startsWith("\rreading")).toBe(true);
    expect(text.endsWith("\r\x1b[K")).toBe(true);
  });
});
