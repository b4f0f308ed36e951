/**
 * Recalculates this workbook's sheets, one `worksheet.calculate` (ExcelApi 1.6)
 * each. `application.calculate` would do it in one call but "recalculates all
 * currently opened workbooks in Excel", every other workbook the user has open
 * included; a sheet's own `calculate` touches this workbook only.
 *
 * - After writes made with `suspendApiCalculationUntilNextSync`, formulas that
 *   read the output are stale until something recalculates ("it is the
 *   developer's responsibility to re-calc the workbook, to ensure that any
 *   dependencies are propagated"): `markAllDirty` false recalculates what is dirty.
 * - After the configuration is saved, the ARSEG functions (not volatile; their
 *   inputs did not change) recalculate only when marked dirty: `markAllDirty` true.
 *
 * @example
 * await recalculateBook(context);       // after the output columns are written
 * await recalculateBook(context, true); // after the configuration is saved
 */
export async function recalculateBook(context: Excel.RequestContext, markAllDirty = false): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  for (const sheet of sheets.items) sheet.calculate(markAllDirty);
  await context.sync();
}
