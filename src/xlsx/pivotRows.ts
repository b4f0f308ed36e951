import { PAID_BUCKET } from "../engine/derive/buckets";
import { parseAmountCell } from "../engine/parse";
import { cellValue, type CellContext } from "../files/xlsx/cellValues";
import type { PivotRow } from "../files/xlsx/pivotParts";
import type { RowCells } from "../files/xlsx/sheetScanner";
import type { OutputCell } from "../workbook/port";

const NONE = 0xffff;

/**
 * The PivotTable's source rows (segment, aging bucket, open balance of each
 * segmented row), gathered while the data sheet is written: the segment and
 * bucket from each row's output, the balance from the sheet's balance cell
 * (0 for a paid row). Held as small indexes and numbers, not as rows.
 *
 * A stand-in until the orchestration hands the faces these rows itself
 * (design note D1): the pivot writer takes any `rowsAt`.
 */
export class CapturedPivotRows {
  private readonly labels: string[] = [];
  private readonly labelIndex = new Map<string, number>();
  private readonly segment: Uint16Array;
  private readonly bucket: Uint16Array;
  private readonly balance: Float64Array;
  private kept: Int32Array | undefined;

  constructor(
    private readonly dataRows: number,
    private readonly firstDataRow: number,
    private readonly balanceColumn: number | undefined,
    private readonly context: CellContext,
  ) {
    this.segment = new Uint16Array(dataRows).fill(NONE);
    this.bucket = new Uint16Array(dataRows).fill(NONE);
    this.balance = new Float64Array(dataRows);
  }

  /** Takes data row `index`'s output cells (Segment first, Aging Bucket last). */
  output(index: number, row: readonly OutputCell[]): void {
    const segment = row[0];
    const bucket = row[row.length - 1];
    if (typeof segment !== "string" || typeof bucket !== "string") return;
    this.segment[index] = this.label(segment);
    this.bucket[index] = this.label(bucket);
  }

  /** Takes the balance of a sheet row as it is copied. */
  row(cells: RowCells): void {
    const index = cells.row - this.firstDataRow;
    if (index < 0 || index >= this.dataRows || this.balanceColumn === undefined) return;
    for (let k = 0; k < cells.count; k++) {
      if (cells.column[k] !== this.balanceColumn) continue;
      const amount = parseAmountCell(cellValue(cells, k, this.context) as string | number | null);
      this.balance[index] = typeof amount === "number" ? amount : 0;
      return;
    }
  }

  get rowCount(): number {
    return this.indexes().length;
  }

  /** Source rows [start, start + count) of the segmented rows, in sheet order. */
  rowsAt(start: number, count: number): PivotRow[] {
    const kept = this.indexes();
    const out: PivotRow[] = [];
    for (let k = start; k < Math.min(kept.length, start + count); k++) {
      const i = kept[k];
      const bucket = this.labels[this.bucket[i]];
      out.push([this.labels[this.segment[i]], bucket, bucket === PAID_BUCKET ? 0 : this.balance[i]]);
    }
    return out;
  }

  private indexes(): Int32Array {
    if (this.kept) return this.kept;
    let n = 0;
    for (let i = 0; i < this.dataRows; i++) if (this.segment[i] !== NONE) n++;
    const kept = new Int32Array(n);
    for (let i = 0, k = 0; i < this.dataRows; i++) if (this.segment[i] !== NONE) kept[k++] = i;
    this.kept = kept;
    return kept;
  }

  private label(text: string): number {
    let index = this.labelIndex.get(text);
    if (index === undefined) {
      index = this.labels.push(text) - 1;
      this.labelIndex.set(text, index);
    }
    return index;
  }
}
