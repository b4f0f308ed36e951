import { detectColumns, type CellValue, type Field } from "../../engine";

/**
 * Empty cells as Excel hands them to a custom function: `0` on Excel desktop,
 * `null` on Excel on the web (OfficeDev/office-js #4702, #5262, #1951), and ""
 * where a formula shows nothing. A function cannot tell an empty cell from a
 * real 0 on desktop, so each kind of column reads the three the same way:
 *
 * - in a date column a 0 is blank: serial 0 is no date (Excel's calendar starts
 *   at serial 1, 1 January 1900);
 * - in the balance, amount, days-past-due and broken-promises columns a blank
 *   reads as 0 (a blank balance is a zero balance, so the row counts as paid),
 *   since a real 0 there is common and desktop passes a blank as 0 anyway;
 * - in every other column (text, yes/no, credit limit, credit score, unmapped
 *   columns) a 0 reads as blank.
 *
 * Reading the argument's cells again through the workbook by its address
 * (`invocation.parameterAddresses`) would settle the ambiguity, at the cost of
 * one more workbook read per call while Excel recalculates — thousands for a
 * sheet of single-row formulas — so the rules above are used instead.
 */

/** Fields where a 0 is a value and a blank therefore reads as 0. */
const ZERO_IS_A_VALUE: ReadonlySet<Field> = new Set<Field>(["balance", "amount", "daysPastDue", "brokenPromises"]);

/** How a column reads its blanks. */
export type BlankReading = "zero" | "blank";

/**
 * True for what an empty cell can arrive as: 0, null, undefined, or text of spaces.
 *
 * @example isBlankInput(0) //=> true (Excel desktop's empty cell)
 * @example isBlankInput(null) //=> true (Excel on the web's)
 */
export function isBlankInput(value: unknown): boolean {
  if (value === 0 || value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}

/**
 * How each column of a header row reads its blanks, from the fields the
 * headers (and the saved mapping) name.
 *
 * @example blankReadings(["Customer", "Balance", "Due date"], {}) //=> ["blank", "zero", "blank"]
 */
export function blankReadings(headers: readonly CellValue[], mapping: Partial<Record<Field, string>>): BlankReading[] {
  const readings: BlankReading[] = headers.map(() => "blank");
  const { columns } = detectColumns(headers, mapping);
  for (const [field, column] of Object.entries(columns) as [Field, number][]) {
    if (ZERO_IS_A_VALUE.has(field)) readings[column] = "zero";
  }
  return readings;
}

/**
 * A cell of a row argument as the engine should see it: blanks as the
 * column reads them, everything else as it came.
 *
 * @example readBlank(0, "blank") //=> null
 * @example readBlank(null, "zero") //=> 0
 */
export function readBlank(value: CellValue, reading: BlankReading): CellValue {
  if (!isBlankInput(value)) return value;
  return reading === "zero" ? 0 : null;
}
