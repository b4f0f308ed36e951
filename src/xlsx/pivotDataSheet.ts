import { columnLetters } from "../engine/address";
import { cellXml } from "../files/xlsx/cellXml";
import type { PivotSpec } from "../files/xlsx/pivotParts";
import { worksheetEnd, worksheetStart } from "./sheetCells";

/** The hidden sheet the PivotTable reads (design note D1), and its three columns. */
export const PIVOT_DATA_SHEET = "Segment Pivot Data";
export const PIVOT_FIELDS = ["Segment", "Aging Bucket", "Open Balance"] as const;

const BLOCK = 2_000;

/** The pivot data sheet's XML, a block of rows at a time: the three headers in row 1, one segmented row per row below. */
export function* pivotDataSheet(spec: PivotSpec): Generator<string> {
  yield worksheetStart(
    `A1:${columnLetters(2)}${spec.rowCount + 1}`,
    [
      [1, 2, 24],
      [3, 3, 16],
    ],
    { frozenRows: 1 },
  );
  yield `<row r="1">${spec.fields.map((f, i) => cellXml(`${columnLetters(i)}1`, f)).join("")}</row>`;
  for (let start = 0; start < spec.rowCount; start += BLOCK) {
    let out = "";
    let r = start + 2;
    for (const [segment, bucket, balance] of spec.rowsAt(start, Math.min(BLOCK, spec.rowCount - start))) {
      out += `<row r="${r}">${cellXml(`A${r}`, segment)}${cellXml(`B${r}`, bucket)}${cellXml(`C${r}`, balance)}</row>`;
      r++;
    }
    yield out;
  }
  yield worksheetEnd();
}
