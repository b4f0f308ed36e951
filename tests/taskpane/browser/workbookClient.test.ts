import { HEADER_SCAN } from "../../../src/engine/columns/headerRow";
import { SAMPLE_ROWS } from "../../../src/engine/sheetHeader";
import ExcelJS from "exceljs";
import { presetConfig } from "../../../src/engine/presets";
import { connectWorkbook, inThreadChannel, type PageProgress } from "../../../src/taskpane/browser/workbookClient";
import { generateLedger } from "../../support/generateLedger";
import { textsFor } from "../../../src/engine/messages";
import { backtestPlan } from "../../../src/workbook/backtestPlan";

async function ledgerFile(rows: number): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  generateLedger({ rows, dates: "date" }).forEach((row) => sheet.addRow(row));
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], "ledger.xlsx");
}

describe("the browser page's workbook host", () => {
  const config = presetConfig("collections");
  if (!config.ok) throw new Error("preset");

  it("gives the page the region's place and first rows, and previews, runs and writes the whole sheet itself", async () => {
    const workbook = connectWorkbook(inThreadChannel());
    const phases = new Set<string>();
    const track = (p: PageProgress) => phases.add(p.phase);
    expect(await workbook.open(await ledgerFile(600), track)).toEqual({
      ok: true,
      value: { fileName: "ledger.xlsx", downloadName: "ledger-segmented.xlsx" },
    });

    const region = await workbook.port.readRegion({}, track);
    if (!region.ok) throw new Error(JSON.stringify(region.error));
    expect(region.value.values.length).toBe(601);
    expect(region.value.values[0][0]).toBe("Customer");
    // The rows searched for the header and all the engine's sample rows under it; the rest stay in the worker.
    expect(Object.keys(region.value.values).length).toBe(HEADER_SCAN + 1 + SAMPLE_ROWS);

    const preview = await workbook.createRunner().run({ config: config.value, today: "2025-06-30" });
    expect(preview && preview.ok && preview.rowCount).toBe(600);

    const run = await workbook.run({ config: config.value, today: "2025-06-30", whenOccupied: "stop", onProgress: track });
    expect(run.ok && run.value.rows).toBe(600);
    const saved = await workbook.download(track);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await saved.value.arrayBuffer());
    expect(back.getWorksheet("AR")!.getCell("Q1").value).toBe("Segment");
    expect(back.getWorksheet("Segment Summary")).toBeDefined();
    expect([...phases]).toEqual(expect.arrayContaining(["opening", "reading", "segmenting", "writing", "downloading"]));
  });

  it("checks the rules in the host and writes the Backtest sheet into the workbook it downloads", async () => {
    const workbook = connectWorkbook(inThreadChannel());
    await workbook.open(await ledgerFile(300));
    await workbook.port.readRegion({});
    const check = await workbook.createRunner().check!({ config: config.value, horizonDays: 30, today: "2025-06-30" });
    if (!check.ok) throw new Error(check.message);
    expect(check.dates.length).toBeGreaterThan(0);
    const texts = textsFor(check.language).backtest;
    const plan = backtestPlan({ result: check.backtest, policy: "Collections", sheet: check.sheet, texts });
    expect(await workbook.port.writePlanSheet({ kind: "backtest", sheetName: texts.sheetName, plan })).toEqual({
      ok: true,
      value: { sheet: "Backtest" },
    });
    const saved = await workbook.download();
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await saved.value.arrayBuffer());
    expect(back.getWorksheet("Backtest")!.getCell("A1").value).toBe(texts.title);
  });

  it("says what a file named .xlsx is when it is not a workbook", async () => {
    const workbook = connectWorkbook(inThreadChannel());
    const opened = await workbook.open(new File(["PK"], "old.xlsx"));
    expect(opened).toEqual({ ok: false, error: { kind: "notAWorkbook", file: "old.xlsx", nature: "text" } });
  });
});
