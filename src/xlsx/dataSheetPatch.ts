import { columnLetters } from "../engine/address";
import { rangeBounds, type Bounds } from "../files/xlsx/cellRef";
import { cellXml } from "../files/xlsx/cellXml";
import type { SheetPatch } from "../files/xlsx/sheetPatch";
import type { StyleSheet } from "../files/xlsx/styleSheet";
import { insertInTail, removeFromTail } from "../files/xlsx/worksheetParts";
import type { ColumnsWrite, OutputCell, ProgressSink } from "../workbook/port";
import { priorityColour } from "./priorityColour";

const BLOCK = 5000;
/** Most priority colours written as rules; priorities past this share the last colour. */
const MAX_RULES = 50;

export interface DataPatchOptions {
  readonly write: ColumnsWrite;
  /** Header texts to write (a grown table's column names), one per output column. */
  readonly headers: readonly string[];
  readonly styles: StyleSheet;
  /** The data is a plain range with an autofilter over it: the filter grows to take in the output columns. */
  readonly growFilter: boolean;
  readonly progress?: ProgressSink;
}

/**
 * The patch that writes a run's output columns into the data sheet: header
 * texts (bold), each data row's values (text as inline strings, never
 * formulas), and one conditional format per priority on the used rows only,
 * replacing the product's earlier ones.
 */
export function dataSheetPatch(options: DataPatchOptions): SheetPatch & { readonly filterRange: (old: Bounds) => Bounds } {
  const { write, styles } = options;
  const width = write.headers.length;
  const bold = styles.cellStyle({ bold: true });
  const scoreIndex = write.headers.indexOf("Score");
  const scoreStyle = styles.cellStyle({ numFmt: "0" });
  const max = Math.max(1, Math.min(write.maxPriority, MAX_RULES));
  const fills = Array.from({ length: max }, (_, p) => styles.fill(priorityColour(p + 1, max)));
  const letters = Array.from({ length: width }, (_, i) => columnLetters(write.column + i));
  let block: (readonly OutputCell[])[] = [];
  let blockStart = 0;
  const firstData = write.headerRow + 1;
  const lastRow = write.headerRow + write.rowCount;

  const rowCells = (row: number): string => {
    if (row === write.headerRow) return options.headers.map((h, i) => cellXml(`${letters[i]}${row + 1}`, h, bold)).join("");
    const index = row - firstData;
    if (index < blockStart || index >= blockStart + block.length) {
      blockStart = index;
      block = write.rowsAt(index, Math.min(BLOCK, write.rowCount - index));
      if (index > 0) options.progress?.({ phase: "writing", done: index, total: write.rowCount });
    }
    const values = block[index - blockStart];
    let xml = "";
    for (let i = 0; i < width; i++)
      xml += cellXml(`${letters[i]}${row + 1}`, values[i], i === scoreIndex && typeof values[i] === "number" ? scoreStyle : 0);
    return xml;
  };

  const priorityLetters = letters[write.priorityIndex];
  const ours = new RegExp(`sqref="\\$?${priorityLetters}\\$?${firstData + 1}:\\$?${priorityLetters}\\$?\\d+"`);
  const filterRange = (old: Bounds): Bounds => ({ ...old, right: Math.max(old.right, write.column + width - 1) });

  return {
    column: write.column,
    width,
    firstRow: write.headerRow,
    lastRow,
    cellsFor: rowCells,
    filterRange,
    head: (xml) =>
      xml.replace(/(<(?:[\w.-]+:)?dimension\s[^>]*ref=")([^"]*)(")/, (_, a: string, ref: string, c: string) => {
        const old = rangeBounds(ref);
        if (!old) return `${a}${ref}${c}`;
        const right = Math.max(old.right, write.column + width - 1);
        const bottom = Math.max(old.bottom, lastRow);
        const top = Math.min(old.top, write.headerRow);
        const left = Math.min(old.left, write.column);
        return `${a}${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}${c}`;
      }),
    tail: (xml) => {
      let tail = removeFromTail(xml, "conditionalFormatting", (element) => ours.test(element));
      if (options.growFilter) {
        tail = tail.replace(/(<(?:[\w.-]+:)?autoFilter\s[^>]*ref=")([^"]*)(")/, (whole, a: string, ref: string, c: string) => {
          const old = rangeBounds(ref);
          if (!old || old.top !== write.headerRow || old.right + 1 !== write.column) return whole;
          const grown = filterRange(old);
          return `${a}${columnLetters(grown.left)}${grown.top + 1}:${columnLetters(grown.right)}${grown.bottom + 1}${c}`;
        });
      }
      if (write.rowCount === 0 || write.priorityIndex < 0) return tail;
      const taken = [...tail.matchAll(/<(?:[\w.-]+:)?cfRule\s[^>]*priority="(\d+)"/g)].map((m) => Number(m[1]));
      const base = Math.max(0, ...taken);
      const rules = fills
        .map(
          (dxf, p) =>
            `<cfRule type="cellIs" dxfId="${dxf}" priority="${base + p + 1}" operator="equal"><formula>${p + 1}</formula></cfRule>`,
        )
        .join("");
      const sqref = `${priorityLetters}${firstData + 1}:${priorityLetters}${lastRow + 1}`;
      return insertInTail(tail, "conditionalFormatting", `<conditionalFormatting sqref="${sqref}">${rules}</conditionalFormatting>`);
    },
  };
}
