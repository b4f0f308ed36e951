/**
 * The WorkbookPort over Office.js: every Excel call of the add-in goes
 * through here. `run` and the capabilities are injectable so tests hand in the
 * Excel double (tests/excel-double) and its requirement sets.
 *
 * @example
 * const port = createOfficePort();            // inside Office
 * const port = createOfficePort({ run: excel.run, requirements: readCapabilities(excel.requirements.isSetSupported) });
 */
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { SheetList, WorkbookPort } from "../workbook/port";
import { NO_CAPABILITIES, officeCapabilities, type Capabilities } from "./capabilities";
import { findOccupied } from "./findOccupied";
import { toWorkbookError } from "./officeErrors";
import { readRegion, readRegionBlocks } from "./readRegion";
import { officeRun, type ExcelRun } from "./run";
import { loadSetting, saveSetting } from "./settings";
import { writeColumns } from "./writeColumns";
import { writePlanSheet } from "./writePlanSheet";
import { writeSummary } from "./writeSummary";

export interface OfficePortOptions {
  readonly run?: ExcelRun;
  readonly requirements?: Capabilities;
}

export function createOfficePort(options: OfficePortOptions = {}): WorkbookPort {
  const run = options.run ?? officeRun;
  let caps = options.requirements;
  // Read lazily and kept only once Office answers: Office.context exists only after Office.onReady,
  // and a port made before that (the custom functions' cache, a ribbon click while loading) must
  // not keep "nothing is supported" for good.
  const capabilities = (): Capabilities => (caps ??= officeCapabilities()) ?? NO_CAPABILITIES;
  return {
    face: "excel",
    listSheets: () => listSheets(run),
    readRegion: (request, progress) => readRegion(run, capabilities(), request, progress),
    readRegionBlocks: (request, open, progress) => readRegionBlocks(run, capabilities(), request, open, progress),
    findOccupied: (sheet, block, limit) => findOccupied(run, sheet, block, limit),
    writeColumns: (write, progress) => writeColumns(run, capabilities(), write, progress),
    writeSummary: (write) => writeSummary(run, capabilities(), write),
    writePlanSheet: (write) => writePlanSheet(run, write),
    loadSetting: (key) => loadSetting(run, capabilities(), key),
    saveSetting: (key, value) => saveSetting(run, capabilities(), key, value),
  };
}

async function listSheets(run: ExcelRun): Promise<Result<SheetList, WorkbookError>> {
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return ok({ sheets: sheets.items.map((s) => s.name), active: active.name });
    });
  } catch (error) {
    return fail(toWorkbookError(error, "(workbook)", { missingMeansDeleted: false }));
  }
}
