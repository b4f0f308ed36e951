/** The one shape of `Excel.run` the adapter uses, so tests can hand in the double's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` itself, looked up only when called (so importing this module needs no Office). */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);

/** The three properties that place a range, loaded before anything heavy. */
export const PLACE = "address,rowIndex,columnIndex,rowCount,columnCount";

export interface Placed {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export function placeOf(range: Excel.Range): Placed {
  return { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}
