/**
 * Priority colours: one cell-value rule per priority on the used rows of the
 * Priority column (1 red … 4 light green, 5 and above green). The column's
 * earlier rules (from a previous run, over however many rows) are cleared
 * first, so a re-run never stacks rules.
 */

/** Fill per priority; the last entry covers every priority from its number up. */
export const PRIORITY_FILLS: readonly { readonly priority: number; readonly fill: string }[] = [
  { priority: 1, fill: "#F8696B" },
  { priority: 2, fill: "#FFA54F" },
  { priority: 3, fill: "#FFEB84" },
  { priority: 4, fill: "#C6EFCE" },
  { priority: 5, fill: "#63BE7B" },
];

/** Last row index of a worksheet + 1 (1,048,576 rows). */
const SHEET_ROWS = 1_048_576;

/** Queues the rules; the caller syncs. */
export function applyPriorityColours(sheet: Excel.Worksheet, firstRow: number, column: number, rows: number, maxPriority: number): void {
  sheet.getRangeByIndexes(firstRow, column, SHEET_ROWS - firstRow, 1).conditionalFormats.clearAll();
  if (rows === 0) return;
  const used = sheet.getRangeByIndexes(firstRow, column, rows, 1);
  for (const { priority, fill } of PRIORITY_FILLS) {
    if (priority > Math.max(1, maxPriority)) break;
    const last = priority === PRIORITY_FILLS.length;
    const format = used.conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = fill;
    format.cellValue.rule = { formula1: `=${priority}`, operator: last ? "GreaterThanOrEqual" : "EqualTo" };
  }
}
