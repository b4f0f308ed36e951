import { createOfficePort } from "../../src/excel/officeWorkbook";
import { createExcelDouble } from "../excel-double";

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("createOfficePort", () => {
  it("asks Excel what it supports only once Office is ready, not before", async () => {
    const excel = createExcelDouble({ sheets: [{ name: "S", cells: [] }] });
    excel.settings.set("arseg.config", JSON.stringify({ saved: true }));
    // Made while office.js is still loading (the custom functions' cache, a ribbon click): no Office.context yet.
    Object.assign(globalThis, { Office: {} });
    const port = createOfficePort({ run: excel.run });
    expect(await port.loadSetting("arseg.config")).toMatchObject({ ok: false, error: { kind: "settingsFailed" } });
    // Office.onReady has run: the same port now sees ExcelApi 1.4 and reads the setting.
    Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported: excel.requirements.isSetSupported } } } });
    expect(await port.loadSetting("arseg.config")).toEqual({ ok: true, value: { saved: true } });
  });
});
