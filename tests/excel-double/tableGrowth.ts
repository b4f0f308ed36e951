/**
 * Tables that grow when written beside: values written into the column just right of an Excel
 * Table (within its rows) or the row just below it (within its columns) make Excel take them
 * into the table, as typing there does, under the AutoCorrect option "Include new rows and
 * columns in table" (on by default; AutoFormat-as-you-type options apply to API writes too:
 * OfficeDev/office-js#2093, #6745). New columns are named after their header cells.
 */
import { readCell, type BookState, type Rect, type SheetState } from "./state";

/**
 * A table takes in values written into the column just right of it (within its rows) or the
 * row just below it (within its columns), as far as the written block reaches.
 */
export function growTables(book: BookState, sheet: SheetState, rect: Rect): void {
  if (!book.tableAutoExpand) return;
  for (const t of sheet.tables) {
    const right = t.rect.left + t.rect.columns;
    const bottom = t.rect.top + t.rect.rows;
    const besideRows = rect.top < bottom && rect.top + rect.rows > t.rect.top;
    if (rect.left <= right && rect.left + rect.columns > right && besideRows) {
      const added = rect.left + rect.columns - right;
      for (let i = 0; i < added; i++) {
        const header = String(readCell(sheet, t.rect.top, right + i));
        t.columnNames.push(uniqueColumnName(t.columnNames, header || `Column${t.columnNames.length + 1}`));
      }
      t.rect = { ...t.rect, columns: t.rect.columns + added };
    }
    const besideColumns = rect.left < t.rect.left + t.rect.columns && rect.left + rect.columns > t.rect.left;
    if (rect.top <= bottom && rect.top + rect.rows > bottom && besideColumns) {
      t.rect = { ...t.rect, rows: rect.top + rect.rows - t.rect.top };
    }
  }
}

/** A column name not yet in the table (Excel appends 2, 3, … to a taken one, ignoring case). */
export function uniqueColumnName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  let i = 2;
  while (taken.has(`${wanted}${i}`.toLowerCase())) i++;
  return `${wanted}${i}`;
}
