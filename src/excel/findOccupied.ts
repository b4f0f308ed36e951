/**
 * Finds non-empty cells in a block (the columns the output would go to).
 * Only the part of the block inside the sheet's used range can hold anything,
 * so the common case (new columns right of the data) costs one sync and no values.
 * Cells are read through `formulas`, not `values`: a formula that shows nothing
 * (`=IF(B2>0,"")`) reads "" in `values` but is the user's cell all the same, and
 * must be named and asked about before it is written over.
 */
import { cellAddress } from "../engine/address";
import { isBlankCell, type CellValue } from "../engine/cell";
import { fail, ok, type Result } from "../engine/result";
import type { WorkbookError } from "../workbook/errors";
import type { Block } from "../workbook/port";
import { forEachBlock, jsonBytes, rowsForBytes } from "./blocks";
import { toWorkbookError } from "./officeErrors";
import { PLACE, placeOf, type ExcelRun } from "./run";

export async function findOccupied(
  run: ExcelRun,
  sheetName: string,
  block: Block,
  limit: number,
): Promise<Result<readonly string[], WorkbookError>> {
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const used = sheet.getUsedRange(true).load(PLACE);
      await context.sync();
      const u = placeOf(used);
      const top = Math.max(block.top, u.top);
      const left = Math.max(block.left, u.left);
      const bottom = Math.min(block.top + block.rows, u.top + u.rows);
      const right = Math.min(block.left + block.columns, u.left + u.columns);
      if (bottom <= top || right <= left) return ok([]);

      const found: string[] = [];
      const columns = right - left;
      const done = await forEachBlock(
        { total: bottom - top, columns, firstRows: rowsForBytes(columns * 4, columns) },
        async (start, rows) => {
          if (found.length >= limit) return rows;
          const part = sheet.getRangeByIndexes(top + start, left, rows, columns).load("formulas");
          await context.sync();
          const values = part.formulas as CellValue[][];
          for (let r = 0; r < values.length && found.length < limit; r++) {
            for (let c = 0; c < columns && found.length < limit; c++) {
              if (!isBlankCell(values[r][c])) found.push(cellAddress(top + start + r, left + c));
            }
          }
          return jsonBytes(values);
        },
      );
      if (!done.ok) return fail({ kind: "payloadTooLarge", sheet: sheetName });
      return ok(found);
    });
  } catch (error) {
    return fail(toWorkbookError(error, sheetName));
  }
}
