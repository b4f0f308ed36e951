/**
 * The few Office calls the pane makes itself (everything else goes through the
 * WorkbookPort). Each never throws: a failure comes back as `false`, because
 * they are conveniences around a run that already succeeded.
 */

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
