import { createCommandHandlers, type CommandDeps } from "../../src/commands/handlers";
import { ALREADY_RUNNING } from "../../src/commands/messages";
import type { CommandMessage } from "../../src/commands/lastResult";
import type { SegmentationConfig } from "../../src/engine/config/schema";
import type { RunReport } from "../../src/workbook/segmentWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";

const CONFIG = { marker: "saved" } as unknown as SegmentationConfig;
const PRESET = { marker: "preset" } as unknown as SegmentationConfig;
const fakePort = { face: "excel" } as WorkbookPort;
const report = { sheet: "Ledger", rows: 1234, outputColumn: "Q", summaryReport: { kind: "pivot" } } as unknown as RunReport;

function setup(over: Partial<CommandDeps> = {}) {
  const published: CommandMessage[] = [];
  const deps: CommandDeps = {
    port: () => fakePort,
    today: () => "2025-06-30",
    loadConfig: jest.fn(async () => ({ ok: true as const, value: undefined })),
    defaultConfig: () => ({ ok: true as const, value: PRESET }),
    segment: jest.fn(async () => ({ ok: true as const, value: report })),
    refresh: jest.fn(async () => ({
      ok: true as const,
      value: { kind: "table" as const, note: { kind: "pivotUnsupported" as const }, sheet: "Segment Summary (2)" },
    })),
    summarySheet: "Segment Summary",
    publish: (m) => published.push(m),
    showPane: jest.fn(async () => undefined),
    ...over,
  };
  const event = { completed: jest.fn() };
  return { deps, published, event, handlers: createCommandHandlers(deps) };
}

describe("ribbon command handlers", () => {
  it("segments with the preset when no configuration is saved, reports success and completes", async () => {
    const { deps, published, event, handlers } = setup();
    await handlers.onSegment(event);
    expect(deps.segment).toHaveBeenCalledWith(fakePort, { config: PRESET, today: "2025-06-30", whenOccupied: "stop" });
    expect(published).toEqual([{ kind: "success", text: expect.stringContaining('Segmented 1,234 rows on sheet "Ledger"') }]);
    expect(deps.showPane).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("uses the configuration saved in the workbook", async () => {
    const { deps, event, handlers } = setup({ loadConfig: async () => ({ ok: true, value: CONFIG }) });
    await handlers.onSegment(event);
    expect(deps.segment).toHaveBeenCalledWith(fakePort, expect.objectContaining({ config: CONFIG }));
  });

  it("reports a run error with its message and still completes", async () => {
    const { published, event, handlers } = setup({
      segment: async () => ({ ok: false, error: { kind: "columnsOccupied", sheet: "Ledger", cells: ["Q2"] } }),
    });
    await handlers.onSegment(event);
    expect(published).toEqual([{ kind: "error", text: expect.stringContaining("Q2") }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a defect instead of losing it, and completes", async () => {
    const { published, event, handlers } = setup({
      segment: async () => {
        throw new TypeError("boom");
      },
    });
    await handlers.onSegment(event);
    expect(published[0]).toEqual({ kind: "error", text: expect.stringContaining("boom") });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when the pane cannot be shown", async () => {
    const { event, handlers } = setup({ showPane: () => Promise.reject(new Error("not supported")) });
    await handlers.onSegment(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("ignores a second click while a command runs, says so, and completes both", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { deps, published, handlers } = setup({
      segment: jest.fn(async () => {
        await gate;
        return { ok: true as const, value: report };
      }),
    });
    const first = { completed: jest.fn() };
    const second = { completed: jest.fn() };
    const running = handlers.onSegment(first);
    await handlers.onRefreshSummary(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(published).toEqual([{ kind: "error", text: ALREADY_RUNNING }]);
    release();
    await running;
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(deps.segment).toHaveBeenCalledTimes(1);
    expect(deps.refresh).not.toHaveBeenCalled();
    // and runs again once free
    await handlers.onRefreshSummary(second);
    expect(deps.refresh).toHaveBeenCalledTimes(1);
  });

  it("refreshes the summary and reports the plain-table note and the sheet it went to", async () => {
    const { published, event, handlers } = setup();
    await handlers.onRefreshSummary(event);
    expect(published).toEqual([{ kind: "success", text: expect.stringContaining("does not let add-ins create PivotTables") }]);
    expect(published[0].text).toContain('Sheet "Segment Summary (2)" has a summary table');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports an unreadable saved configuration", async () => {
    const { published, handlers, event } = setup({
      loadConfig: async () => ({ ok: false, error: { kind: "settingsFailed", detail: "AccessDenied: no" } }),
    });
    await handlers.onSegment(event);
    expect(published[0]).toEqual({ kind: "error", text: expect.stringContaining("AccessDenied: no") });
  });
});
