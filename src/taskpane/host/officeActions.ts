/**
 * The few Office calls the pane makes itself (everything else goes through the
 * WorkbookPort). Each never throws: a failure comes back as `false`, because
 * they are conveniences around a run that already succeeded.
 */
import { recalculateBook } from "../../excel/recalculate";
import { officeRun, type ExcelRun } from "../../excel/run";
import { invalidateFunctionConfig } from "../../functions/configCache";

/** Makes a sheet the active one, e.g. the Segment Summary after a run. */
export async function activateSheet(name: string, run: ExcelRun = officeRun): Promise<boolean> {
  try {
    await run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
    return true;
  } catch {
    // The sheet was deleted or renamed meanwhile: the run's message still stands.
    return false;
  }
}

/**
 * After a configuration is saved: the custom functions drop their cached copy
 * and this workbook's sheets recalculate with every cell marked dirty (the
 * ARSEG.* functions are not volatile, so only that reaches them). Other open
 * workbooks are not recalculated: `application.calculate` would recalculate
 * them all.
 */
export async function recalculateFormulas(run: ExcelRun = officeRun): Promise<boolean> {
  invalidateFunctionConfig();
  try {
    await run((context) => recalculateBook(context, true));
    return true;
  } catch {
    // Calculation mode or a busy host: the formulas still recalculate on the next edit or Ctrl+Alt+F9.
    return false;
  }
}
