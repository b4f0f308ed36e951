/**
 * Which date system the workbook counts in. `Workbook.use1904DateSystem` is a
 * preview-only API (absent from the released office.js), so it cannot be read
 * on the Excel people have; DATE(1904, 1, 1) can: `workbook.functions.date`
 * (ExcelApi 1.2) evaluates it in the workbook's own system, where it is day 0
 * of the 1904 system and serial 1462 of the 1900 one. A workbook made on an
 * older Mac can be in the 1904 system; read in the 1900 one its dates come out
 * 1,462 days (four years) early.
 */
import type { Capabilities } from "./capabilities";
import type { ExcelRun } from "./run";

/** DATE(1904, 1, 1) in a 1904-system workbook. */
const FIRST_DAY_1904 = 0;

/**
 * True when the workbook is in the 1904 date system. Queues one function
 * call and syncs; false where ExcelApi 1.2 is missing (Excel 2016 and later
 * all have it).
 *
 * @example
 * await readDate1904(context, caps) //=> true for a Mac-origin 1904 workbook
 */
export async function readDate1904(context: Excel.RequestContext, caps: Capabilities): Promise<boolean> {
  if (!caps.functions) return false;
  const day = context.workbook.functions.date(1904, 1, 1).load("value");
  await context.sync();
  return day.value === FIRST_DAY_1904;
}

/** `readDate1904` in a batch of its own, for callers outside a run (the custom functions). */
export function readWorkbookDate1904(run: ExcelRun, caps: Capabilities): Promise<boolean> {
  return run((context) => readDate1904(context, caps));
}
