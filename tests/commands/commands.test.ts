import { createExcelDouble } from "../excel-double";
import { generateLedger } from "../support/generateLedger";
import type { CommandMessage } from "../../src/commands/lastResult";

/** A minimal Office global: enough for the commands module and the adapter to run against the double. */
function installOffice(excel: ReturnType<typeof createExcelDouble>) {
  const associated = new Map<string, (event: { completed(): void }) => Promise<void>>();
  const office = {
    onReady: (cb: () => void) => {
      cb();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    actions: { associate: (id: string, fn: (event: { completed(): void }) => Promise<void>) => associated.set(id, fn) },
    addin: { showAsTaskpane: jest.fn(async () => undefined) },
    context: { requirements: { isSetSupported: excel.requirements.isSetSupported } },
  };
  Object.assign(globalThis, { Office: office, Excel: { run: excel.run } });
  return { associated, office };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

describe("commands module", () => {
  it("associates exactly the manifest's action ids and segments the active sheet through Excel", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "Ledger", cells: generateLedger({ rows: 200 }) as never }] });
    const { associated, office } = installOffice(excel);
    let messages: CommandMessage[] = [];
    await jest.isolateModulesAsync(async () => {
      const lastResult = await import("../../src/commands/lastResult");
      lastResult.subscribe((m) => messages.push(m));
      await import("../../src/commands/commands");
    });
    expect([...associated.keys()].sort()).toEqual(["refreshSummary", "segmentActiveSheet"]);

    const event = { completed: jest.fn() };
    await associated.get("segmentActiveSheet")!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages).toEqual([{ kind: "success", text: expect.stringContaining('Segmented 200 rows on sheet "Ledger"') }]);
    expect(office.addin.showAsTaskpane).toHaveBeenCalled();
    expect(excel.sheet("Ledger").row(0, 22).slice(16)).toEqual(["Segment", "Priority", "Strategy", "Score", "Reason", "Aging Bucket"]);
    expect(excel.sheet("Segment Summary").state.pivots).toHaveLength(1);

    messages = [];
    await associated.get("segmentActiveSheet")!(event);
    expect(messages[0].kind).toBe("success");
    expect(excel.sheet("Ledger").usedValues()[0]).toHaveLength(22);
  });
});
