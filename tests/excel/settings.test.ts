import { createExcelDouble } from "../excel-double";
import { officePortFor } from "../excel-double/adapterPort";

describe("settings (Office adapter)", () => {
  it("saves a value in the workbook as JSON text and loads it back", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }] });
    const port = officePortFor(excel);
    const config = { version: 1, rules: [{ when: "dpd > 90", segment: "Legal" }] };
    expect(await port.saveSetting("arseg.config", config)).toEqual({ ok: true, value: undefined });
    expect(excel.settings.get("arseg.config")).toBe(JSON.stringify(config));
    expect(await port.loadSetting("arseg.config")).toEqual({ ok: true, value: config });
  });

  it("loads undefined when nothing is saved", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }] });
    expect(await officePortFor(excel).loadSetting("missing")).toEqual({ ok: true, value: undefined });
  });

  it("reports a saved value that is not JSON", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }] });
    excel.settings.set("k", "{broken");
    const result = await officePortFor(excel).loadSetting("k");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe("settingsFailed");
  });

  it("reports Excel's refusal as settingsFailed", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }] });
    excel.setCellEditMode(true);
    const result = await officePortFor(excel).saveSetting("k", 1);
    expect(!result.ok && result.error).toEqual({
      kind: "settingsFailed",
      detail: expect.stringContaining("InvalidOperationInCellEditMode"),
    });
  });

  it("lists the sheets and the active one", async () => {
    const excel = createExcelDouble({
      sheets: [
        { name: "A", cells: [] },
        { name: "B", cells: [] },
      ],
      active: "B",
    });
    expect(await officePortFor(excel).listSheets()).toEqual({ ok: true, value: { sheets: ["A", "B"], active: "B" } });
  });
});
