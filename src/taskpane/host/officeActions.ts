/**
 * The few Office calls the pane makes itself (everything else goes through the
 * WorkbookPort). Each never throws: a failure comes back as `false`, because
 * they are conveniences around a run that already succeeded.
 */
import { invalidateFunctionConfig } from "../../functions/configCache";

/** Makes a sheet the active one, e.g. the Segment Summary after a run. */
export async function activateSheet(name: string): Promise<boolean> {
  try {
    await Excel.run(async (context) => {
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
 * and Excel recalculates fully (the ARSEG.* functions are not volatile, so a
 * full calculation is what reaches them).
 */
export async function recalculateFormulas(): Promise<boolean> {
  invalidateFunctionConfig();
  try {
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    return true;
  } catch {
    // Calculation mode or a busy host: the formulas still recalculate on the next edit or Ctrl+Alt+F9.
    return false;
  }
}
