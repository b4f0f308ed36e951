/** @jest-environment jsdom */
import "../../support/jsdomStubs";
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { presetConfig } from "../../../src/engine/presets";
import { segment } from "../../../src/engine/segment";
import { formatsFor } from "../../../src/taskpane/i18n";
import type { PreviewRequest, PreviewResult, PreviewRunner } from "../../../src/taskpane/preview/previewTypes";
import { SMALL_LEDGER, TODAY } from "../support/memoryPort";
import { renderPane } from "../support/renderPane";
import { plainReading } from "../../support/reading";

const f = formatsFor("en-US");

function segmentRows(): string[][] {
  const table = screen.getByRole("table", { name: "Rows and balance by segment" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent ?? ""),
    );
}

describe("the preview", () => {
  it("shows the engine's counts and balances per segment", async () => {
    renderPane();
    await screen.findByRole("table", { name: "Rows and balance by segment" }, { timeout: 5000 });
    const config = presetConfig("collections");
    if (!config.ok) throw new Error("preset");
    const engine = segment(SMALL_LEDGER, { config: config.value, sheet: "Ledger", today: TODAY });
    if (!engine.ok) throw new Error("engine");
    const expected = engine.value.summary.segments.map((s) => [
      s.segment,
      s.priority === null ? "—" : String(s.priority),
      f.count(s.count),
      f.amount(s.balance),
      f.percent(s.share),
    ]);
    expected.push(["Total", "", f.count(engine.value.summary.total.count), f.amount(engine.value.summary.total.balance), ""]);
    expect(segmentRows()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);

    const sample = within(screen.getByRole("table", { name: "Sample of segmented rows" }))
      .getAllByRole("row")
      .slice(1);
    expect(sample).toHaveLength(engine.value.rowCount);
    const first = within(sample[0])
      .getAllByRole("cell")
      .map((c) => c.textContent);
    const o = engine.value.outcome(0);
    expect(first).toEqual(["2", "Acme", o.segment, String(o.priority ?? "—"), o.strategy, f.score(o.score), o.reason]);
  });

  it("follows the rules as they change", async () => {
    renderPane();
    await screen.findByRole("table", { name: "Rows and balance by segment" }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText(/^As-of date/), { target: { value: "2027-06-30" } });
    const config = presetConfig("collections");
    if (!config.ok) throw new Error("preset");
    const engine = segment(SMALL_LEDGER, { config: { ...config.value, asOf: "2027-06-30" }, sheet: "Ledger", today: TODAY });
    if (!engine.ok) throw new Error("engine");
    await waitFor(() => expect(segmentRows().map((r) => r[0])).toEqual([...engine.value.summary.segments.map((s) => s.segment), "Total"]));
    expect(screen.getByRole("status")).toHaveTextContent("As of Jun 30, 2027, 7 rows");
  });

  it("never lets an older run's result replace a newer one", async () => {
    const calls: { request: PreviewRequest; resolve: (r: PreviewResult) => void }[] = [];
    const runner = (): PreviewRunner => ({
      load: () => undefined,
      run: (request) => new Promise<PreviewResult>((resolve) => calls.push({ request, resolve })),
      dispose: () => undefined,
    });
    const result = (name: string): PreviewResult => ({
      ok: true,
      asOf: "2026-11-22",
      rowCount: 1,
      excluded: 0,
      segments: [{ segment: name, priority: 1, count: 1, balance: 100, share: 1 }],
      total: { count: 1, balance: 100 },
      sample: [],
      reading: plainReading(),
    });
    renderPane({ runner });
    await waitFor(() => expect(calls).toHaveLength(1));
    fireEvent.change(screen.getByLabelText(/^As-of date/), { target: { value: "2027-01-31" } });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].request.config.asOf).toBe("2027-01-31");

    calls[1].resolve(result("Newer run"));
    expect(await screen.findByRole("cell", { name: "Newer run" })).toBeInTheDocument();
    calls[0].resolve(result("Older run"));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole("cell", { name: "Older run" })).toBeNull();
    expect(screen.getByRole("cell", { name: "Newer run" })).toBeInTheDocument();
  });

  it("proposes the ledger's latest date when no as-of date is set and today is long after it", async () => {
    const user = userEvent.setup();
    renderPane({ today: "2031-01-15" });
    const button = await screen.findByRole("button", { name: /^Age to / }, { timeout: 15000 });
    await user.click(button);
    await waitFor(() => expect(screen.getByLabelText(/^As-of date/)).toHaveValue("2026-11-30"), { timeout: 15000 });
    await waitFor(() => expect(screen.queryByRole("button", { name: /^Age to / })).toBeNull(), { timeout: 15000 });
  }, 60000);
});
