import { columnLetters } from "../../engine/address";
import { escapeXml } from "../xml/xmlText";
import { cellXml } from "./cellXml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One source row of a PivotTable: its row item, its column item, and the value summarised. */
export type PivotRow = readonly [string, string, number];

/** The captions a PivotTable shows, in the workbook's language (Excel's own defaults are English when it is not asked otherwise). */
export interface PivotCaptions {
  readonly rowLabels: string;
  readonly columnLabels: string;
  readonly grandTotal: string;
  readonly values: string;
  countOf(field: string): string;
  sumOf(field: string): string;
  totalOf(dataField: string): string;
}

/** Excel's English captions. */
export const ENGLISH_PIVOT_CAPTIONS: PivotCaptions = {
  rowLabels: "Row Labels",
  columnLabels: "Column Labels",
  grandTotal: "Grand Total",
  values: "Values",
  countOf: (field) => `Count of ${field}`,
  sumOf: (field) => `Sum of ${field}`,
  totalOf: (dataField) => `Total ${dataField}`,
};

/**
 * A PivotTable with one row field, one column field and one value field
 * summarised twice (count and sum), over a sheet range whose first row names
 * the three fields. Item orders are given (a sum of ages is not alphabetical);
 * items met in the rows but not listed are added after them.
 */
export interface PivotSpec {
  readonly name: string;
  readonly sourceSheet: string;
  /** Header texts of the source's three columns: row field, column field, value field. */
  readonly fields: readonly [string, string, string];
  readonly rowItems: readonly string[];
  readonly columnItems: readonly string[];
  readonly rowCount: number;
  /** Source rows [start, start + count), built when asked. */
  rowsAt(start: number, count: number): readonly PivotRow[];
  /** 0-based sheet cell of the PivotTable's top-left corner. */
  readonly top: number;
  readonly left: number;
  /** Number format (built-in id) of the sums. */
  readonly sumFormatId: number;
  /** Captions; English when absent. */
  readonly captions?: PivotCaptions;
}

/** What one pass over the rows learns: items in order, each row's item indexes, figures per item pair. */
export interface PivotFigures {
  readonly rowItems: readonly string[];
  readonly columnItems: readonly string[];
  readonly count: Float64Array;
  readonly sum: Float64Array;
  readonly min: number;
  readonly max: number;
  readonly integers: boolean;
}

const BLOCK = 20_000;

/** The item lists and the count and sum of every row item × column item (and totals), from two passes over the rows. */
export function pivotFigures(spec: PivotSpec): PivotFigures {
  const rowItems = [...spec.rowItems];
  const columnItems = [...spec.columnItems];
  const rowIndex = new Map(rowItems.map((v, i) => [v, i]));
  const columnIndex = new Map(columnItems.map((v, i) => [v, i]));
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  const blocks = function* (): Generator<readonly PivotRow[]> {
    for (let start = 0; start < spec.rowCount; start += BLOCK) yield spec.rowsAt(start, Math.min(BLOCK, spec.rowCount - start));
  };
  for (const block of blocks()) {
    for (const [r, c, v] of block) {
      if (!rowIndex.has(r)) rowIndex.set(r, rowItems.push(r) - 1);
      if (!columnIndex.has(c)) columnIndex.set(c, columnItems.push(c) - 1);
      if (v < min) min = v;
      if (v > max) max = v;
      if (!Number.isInteger(v)) integers = false;
    }
  }
  const width = columnItems.length + 1;
  const total = rowItems.length;
  const count = new Float64Array((total + 1) * width);
  const sum = new Float64Array((total + 1) * width);
  for (const block of blocks()) {
    for (const [r, c, v] of block) {
      const ri = rowIndex.get(r)!;
      const ci = columnIndex.get(c)!;
      for (const at of [ri * width + ci, ri * width + width - 1, total * width + ci, total * width + width - 1]) {
        count[at] += 1;
        sum[at] += v;
      }
    }
  }
  return { rowItems, columnItems, count, sum, min: spec.rowCount ? min : 0, max: spec.rowCount ? max : 0, integers };
}

/** The A1 range the rendered PivotTable covers. */
export function pivotRange(spec: PivotSpec, figures: PivotFigures): string {
  const width = 1 + 2 * figures.columnItems.length + 2;
  const height = 3 + figures.rowItems.length + 1;
  return `${columnLetters(spec.left)}${spec.top + 1}:${columnLetters(spec.left + width - 1)}${spec.top + height}`;
}

/**
 * The cells of the rendered PivotTable, row by row (sheet row → cells XML), as
 * Excel lays out one row field and two values across one column field: so the
 * figures show before anything refreshes it.
 */
export function pivotCells(
  spec: PivotSpec,
  figures: PivotFigures,
  styles: { readonly bold: number; readonly sum: number },
): Map<number, string> {
  const rows = new Map<number, string>();
  const { rowItems, columnItems, count, sum } = figures;
  const width = columnItems.length + 1;
  const at = (r: number, c: number) => `${columnLetters(spec.left + c)}${spec.top + r + 1}`;
  const [countName, sumName] = dataFieldNames(spec);
  const put = (r: number, xml: string) => rows.set(spec.top + r, (rows.get(spec.top + r) ?? "") + xml);
  const captions = spec.captions ?? ENGLISH_PIVOT_CAPTIONS;
  put(0, cellXml(at(0, 1), captions.columnLabels, styles.bold));
  let head = "";
  let labels = cellXml(at(2, 0), captions.rowLabels, styles.bold);
  columnItems.forEach((item, b) => {
    head += cellXml(at(1, 1 + 2 * b), item, styles.bold);
    labels += cellXml(at(2, 1 + 2 * b), countName, styles.bold) + cellXml(at(2, 2 + 2 * b), sumName, styles.bold);
  });
  const totalColumn = 1 + 2 * columnItems.length;
  head +=
    cellXml(at(1, totalColumn), captions.totalOf(countName), styles.bold) +
    cellXml(at(1, totalColumn + 1), captions.totalOf(sumName), styles.bold);
  put(1, head);
  put(2, labels);
  for (let r = 0; r <= rowItems.length; r++) {
    let line = cellXml(at(3 + r, 0), r < rowItems.length ? rowItems[r] : captions.grandTotal, r < rowItems.length ? 0 : styles.bold);
    for (let c = 0; c <= columnItems.length; c++) {
      const n = count[r * width + c];
      line +=
        cellXml(at(3 + r, 1 + 2 * c), n === 0 ? null : n) +
        cellXml(at(3 + r, 2 + 2 * c), n === 0 ? null : round(sum[r * width + c]), styles.sum);
    }
    put(3 + r, line);
  }
  return rows;
}

function dataFieldNames(spec: PivotSpec): [string, string] {
  const captions = spec.captions ?? ENGLISH_PIVOT_CAPTIONS;
  return [captions.countOf(spec.fields[2]), captions.sumOf(spec.fields[2])];
}

/** Sums of cents in binary floating point carry noise past the 10th decimal: show what a ledger holds. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The pivot cache definition: the source range and its fields with their shared items (ECMA-376 CT_PivotCacheDefinition order). */
export function pivotCacheDefinitionXml(spec: PivotSpec, figures: PivotFigures): string {
  const [rowField, columnField, valueField] = spec.fields;
  const items = (list: readonly string[]) =>
    `<sharedItems count="${list.length}">${list.map((v) => `<s v="${escapeXml(v)}"/>`).join("")}</sharedItems>`;
  const numbers =
    `<sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1"${figures.integers ? ' containsInteger="1"' : ""}` +
    ` minValue="${figures.min}" maxValue="${figures.max}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" r:id="rId1" refreshOnLoad="1" createdVersion="3" refreshedVersion="3" minRefreshableVersion="3" recordCount="${spec.rowCount}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:C${spec.rowCount + 1}" sheet="${escapeXml(spec.sourceSheet)}"/></cacheSource>` +
    `<cacheFields count="3">` +
    `<cacheField name="${escapeXml(rowField)}" numFmtId="0">${items(figures.rowItems)}</cacheField>` +
    `<cacheField name="${escapeXml(columnField)}" numFmtId="0">${items(figures.columnItems)}</cacheField>` +
    `<cacheField name="${escapeXml(valueField)}" numFmtId="0">${numbers}</cacheField>` +
    `</cacheFields></pivotCacheDefinition>`
  );
}

/** The pivot cache records, written block by block: one `<r>` per source row (item indexes, then the value). */
export function* pivotCacheRecordsXml(spec: PivotSpec, figures: PivotFigures): Generator<string> {
  const rowIndex = new Map(figures.rowItems.map((v, i) => [v, i]));
  const columnIndex = new Map(figures.columnItems.map((v, i) => [v, i]));
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" count="${spec.rowCount}">`;
  for (let start = 0; start < spec.rowCount; start += BLOCK) {
    let out = "";
    for (const [r, c, v] of spec.rowsAt(start, Math.min(BLOCK, spec.rowCount - start))) {
      out += `<r><x v="${rowIndex.get(r)}"/><x v="${columnIndex.get(c)}"/><n v="${v}"/></r>`;
    }
    yield out;
  }
  yield "</pivotCacheRecords>";
}

/**
 * The PivotTable definition (ECMA-376 CT_PivotTableDefinition order:
 * location, pivotFields, rowFields, rowItems, colFields, colItems,
 * dataFields, pivotTableStyleInfo). It refreshes when the file opens.
 */
export function pivotTableXml(spec: PivotSpec, figures: PivotFigures, cacheId: number): string {
  const { rowItems, columnItems } = figures;
  const [countName, sumName] = dataFieldNames(spec);
  const captions = spec.captions ?? ENGLISH_PIVOT_CAPTIONS;
  // Excel shows its own English captions unless the definition names them: a run in another language names them.
  const named = spec.captions
    ? ` grandTotalCaption="${escapeXml(captions.grandTotal)}" rowHeaderCaption="${escapeXml(captions.rowLabels)}" colHeaderCaption="${escapeXml(captions.columnLabels)}"`
    : "";
  const fieldItems = (list: readonly string[]) =>
    `<items count="${list.length + 1}">${list.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items>`;
  const x = (v: number) => (v === 0 ? "<x/>" : `<x v="${v}"/>`);
  let rowXml = "";
  rowItems.forEach((_, i) => (rowXml += `<i>${x(i)}</i>`));
  rowXml += `<i t="grand"><x/></i>`;
  let colXml = "";
  columnItems.forEach((_, b) => (colXml += `<i>${x(b)}<x/></i><i r="1" i="1"><x v="1"/></i>`));
  colXml += `<i t="grand"><x/></i><i t="grand" i="1"><x v="1"/></i>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<pivotTableDefinition xmlns="${MAIN_NS}" name="${escapeXml(spec.name)}" cacheId="${cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="${escapeXml(captions.values)}"${named} updatedVersion="3" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="3" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
    `<location ref="${pivotRange(spec, figures)}" firstHeaderRow="1" firstDataRow="3" firstDataCol="1"/>` +
    `<pivotFields count="3">` +
    `<pivotField axis="axisRow" showAll="0">${fieldItems(rowItems)}</pivotField>` +
    `<pivotField axis="axisCol" showAll="0">${fieldItems(columnItems)}</pivotField>` +
    `<pivotField dataField="1" showAll="0"/>` +
    `</pivotFields>` +
    `<rowFields count="1"><field x="0"/></rowFields>` +
    `<rowItems count="${rowItems.length + 1}">${rowXml}</rowItems>` +
    `<colFields count="2"><field x="1"/><field x="-2"/></colFields>` +
    `<colItems count="${2 * columnItems.length + 2}">${colXml}</colItems>` +
    `<dataFields count="2">` +
    `<dataField name="${escapeXml(countName)}" fld="2" subtotal="count" baseField="0" baseItem="0"/>` +
    `<dataField name="${escapeXml(sumName)}" fld="2" subtotal="sum" baseField="0" baseItem="0" numFmtId="${spec.sumFormatId}"/>` +
    `</dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`
  );
}
