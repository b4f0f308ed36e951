import { columnLetters } from "../engine/address";
import { cellXml, formulaCellXml, type CellInput } from "../files/xlsx/cellXml";

/**
 * The cells of a small sheet the product writes whole (the summary, the
 * settings), gathered in any order and written out row by row.
 * Rows and columns are 1-based, as in A1 addresses.
 */
export class SheetCells {
  private readonly rows = new Map<number, Map<number, string>>();
  private readonly extra = new Map<number, string>();
  private right = 1;
  private bottom = 1;

  /** A value (text stays text, never a formula). */
  value(row: number, column: number, value: CellInput, style = 0): void {
    this.put(row, column, cellXml(`${columnLetters(column - 1)}${row}`, value, style));
  }

  /** A formula with its cached result. */
  formula(row: number, column: number, formula: string, cached: number, style = 0): void {
    this.put(row, column, formulaCellXml(`${columnLetters(column - 1)}${row}`, formula, cached, style));
  }

  /** Cells given as XML for a whole row (a rendered PivotTable), 1-based row, covering columns up to `right`. */
  rowXml(row: number, xml: string, right: number): void {
    this.extra.set(row, (this.extra.get(row) ?? "") + xml);
    this.bottom = Math.max(this.bottom, row);
    this.right = Math.max(this.right, right);
  }

  private put(row: number, column: number, xml: string): void {
    if (!xml) return;
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(column, xml);
    this.right = Math.max(this.right, column);
    this.bottom = Math.max(this.bottom, row);
  }

  /** The used range, A1:… */
  get dimension(): string {
    return `A1:${columnLetters(this.right - 1)}${this.bottom}`;
  }

  /** The `<sheetData>` content. Extra row XML must stand right of the row's other cells. */
  sheetData(): string {
    const numbers = [...new Set([...this.rows.keys(), ...this.extra.keys()])].sort((a, b) => a - b);
    let out = "";
    for (const r of numbers) {
      const cells = this.rows.get(r);
      const ordered = cells
        ? [...cells.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([, xml]) => xml)
            .join("")
        : "";
      out += `<row r="${r}">${ordered}${this.extra.get(r) ?? ""}</row>`;
    }
    return out;
  }
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Column widths: [first column, last column, width in characters], 1-based. */
export type ColumnWidths = readonly (readonly [number, number, number])[];

/** The start of a worksheet part the product writes (up to and including `<sheetData>`). */
export function worksheetStart(dimension: string, widths: ColumnWidths = [], options: { readonly frozenRows?: number } = {}): string {
  const cols = widths.length
    ? `<cols>${widths.map(([min, max, width]) => `<col min="${min}" max="${max}" width="${width}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const pane = options.frozenRows
    ? `<pane ySplit="${options.frozenRows}" topLeftCell="A${options.frozenRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`
  );
}

/** The end of a worksheet part the product writes; with a drawing's relationship id, the drawing that holds its charts. */
export function worksheetEnd(drawingId?: string): string {
  const drawing = drawingId ? `<drawing r:id="${drawingId}"/>` : "";
  return `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}</worksheet>`;
}
