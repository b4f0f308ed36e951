import { columnLetters } from "../engine/address";
import { fail, ok, type Result } from "../engine/result";
import { serialFromIso } from "../engine/parse";
import type { SheetValue } from "../files/xlsx/cellValues";
import { rangeBounds } from "../files/xlsx/cellRef";
import {
  pivotCacheDefinitionXml,
  pivotCacheRecordsXml,
  pivotCells,
  pivotFigures,
  pivotRange,
  pivotTableXml,
  type PivotSpec,
} from "../files/xlsx/pivotParts";
import { relativeTarget, relsPartOf } from "../files/xlsx/relationships";
import { writePatchedSheet } from "../files/xlsx/sheetPatch";
import { StyleSheet } from "../files/xlsx/styleSheet";
import { CONTENT_TYPES, WorkbookEdit } from "../files/xlsx/workbookEdit";
import { ZipWriter, type ByteSink } from "../files/zip/zipWriter";
import type { WorkbookError } from "../workbook/errors";
import type { ColumnsWrite, PlanSheetKind, PlanSheetWrite, ProgressSink, SummaryWrite } from "../workbook/port";
import { drawingXml, lineChartXml } from "../files/xlsx/chartParts";
import { planSheetXml } from "./planSheet";
import type { XlsxBook } from "./book";
import { dataSheetPatch } from "./dataSheetPatch";
import { freeSheetName, MARKERS, SETTINGS_SHEET, type OwnedSheet } from "./markers";
import { freePartName, ownedParts } from "./ownedParts";
import { pivotDataSheet } from "./pivotDataSheet";
import { streamError } from "./problems";
import { settingsSheetXml } from "./settingsSheet";
import { sheetTables } from "./sheetTables";
import { layoutSummary, summaryRanges } from "./summarySheet";
import { growTable } from "./tableGrowth";

/** What a run asked the xlsx port to write, kept until the file is saved. */
export interface RunEdits {
  columns?: { readonly write: ColumnsWrite };
  summary?: {
    readonly write: SummaryWrite;
    readonly headRows: readonly SheetValue[][];
    readonly headTop: number;
    readonly headLeft: number;
  };
  /** The product's whole sheets (Backtest, Compare), each under the name the port chose; `fresh`: never over an earlier sheet. */
  plans?: Map<PlanSheetKind, { readonly write: PlanSheetWrite; readonly fresh: boolean }>;
  readonly settings: Map<string, unknown>;
  readonly settingsChanged?: boolean;
}

type PartWrite = (zip: ZipWriter) => Promise<void>;

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/**
 * Writes the output workbook: every entry of the input copied byte for byte,
 * but those the run changes (the data sheet, a grown table, the styles, the
 * parts that list sheets and parts) and the product's own sheets, which are
 * written anew at the end. Everything that changes is planned before the
 * first byte is written, since the zip's order is the input's.
 */
export async function saveWorkbook(
  book: XlsxBook,
  edits: RunEdits,
  owned: Partial<Record<OwnedSheet, string>>,
  sink: ByteSink,
  progress?: ProgressSink,
): Promise<Result<void, WorkbookError>> {
  const pkg = book.pkg;
  const relsText = await book.text(relsPartOf(pkg.workbookPart));
  if (!relsText.ok) return relsText;
  const edit = new WorkbookEdit(pkg.workbookPart, pkg.workbookXml, relsText.value, pkg.contentTypesXml);
  const styles = new StyleSheet(book.stylesXml);
  const replaced = new Map<string, PartWrite>();
  const removed = new Set<string>();
  const added: PartWrite[] = [];
  const names = new Set(pkg.archive.entries.map((e) => e.name));
  const sheetNames = pkg.sheets.map((s) => s.name);
  const context = await book.cellContext();
  if (!context.ok) return context;

  const text = (part: string, xml: string) => (zip: ZipWriter) => zip.add(part, xml);
  /** Drops a product sheet's old parts and points the sheet (kept in its tab place) at a fresh part, or adds the sheet. */
  const placeSheet = async (
    key: OwnedSheet,
    wanted: string,
    state: "visible" | "hidden" | "veryHidden",
    fresh = false,
  ): Promise<Result<{ name: string; part: string }, WorkbookError>> => {
    const part = freePartName("xl/worksheets/sheet", ".xml", names);
    const existing = !fresh && owned[key] && pkg.sheets.find((s) => s.name === owned[key]);
    let name: string;
    if (existing) {
      name = existing.name;
      if (existing.part) {
        const parts = await ownedParts(book, existing.part);
        if (!parts.ok) return parts;
        for (const p of parts.value) {
          removed.add(p);
          edit.removeOverride(p);
        }
        edit.removePivotCaches(parts.value);
      }
      edit.repointSheet(name, part, state);
    } else {
      name = freeSheetName(wanted, sheetNames);
      sheetNames.push(name);
      edit.addSheet(name, part, state);
    }
    edit.setDefinedName(MARKERS[key], `'${name.replace(/'/g, "''")}'!$A$1`, true);
    return ok({ name, part });
  };

  if (edits.columns) {
    const { write } = edits.columns;
    const sheet = pkg.sheets.find((s) => s.name === write.sheet);
    if (!sheet?.part) return fail({ kind: "sheetNotFound", sheet: write.sheet, sheets: sheetNames });
    const part = sheet.part;
    const tables = await sheetTables(book, part);
    if (!tables.ok) return tables;
    const source = write.source;
    const table = source.kind === "table" ? tables.value.find((t) => t.name === source.name) : undefined;
    const grown = table ? growTable(table.xml, write) : { xml: undefined, headers: write.headers };
    if (table && grown.xml) replaced.set(table.part, text(table.part, grown.xml));
    const patch = dataSheetPatch({ write, headers: grown.headers, styles, growFilter: !table, progress });
    const index = pkg.sheets.indexOf(sheet);
    const filterName = "_xlnm._FilterDatabase";
    const filter = edit.definedName(filterName, index);
    const filterBounds = filter && rangeBounds(filter.replace(/^.*!/, ""));
    if (!table && filter && filterBounds && filterBounds.top === write.headerRow && filterBounds.right + 1 === write.column) {
      const grownFilter = patch.filterRange(filterBounds);
      edit.setDefinedName(
        filterName,
        `${filter.slice(0, filter.lastIndexOf("!") + 1)}$${columnLetters(grownFilter.left)}$${grownFilter.top + 1}:$${columnLetters(grownFilter.right)}$${grownFilter.bottom + 1}`,
        true,
        index,
      );
    }
    replaced.set(part, async (zip) => {
      const out = zip.open(part);
      try {
        await writePatchedSheet(book.pieces(part), out, patch);
      } finally {
        await out.close().catch(() => undefined);
      }
    });
  }

  if (edits.summary) {
    const { write } = edits.summary;
    const placed = await placeSheet("summary", write.sheetName, "visible");
    if (!placed.ok) return placed;
    // The PivotTable over the segmented rows the orchestration hands over (design note D1), on its hidden sheet.
    const rows = write.pivot.rowCount > 0 ? write.pivot : undefined;
    const source = rows ? await placeSheet("pivotData", rows.sheetName, "hidden") : undefined;
    if (source && !source.ok) return source;
    // The formulas count and sum those same rows (design note D3): the engine's open balance, so a recalculation agrees
    // with the engine where the data sheet's own balance column would not (a paid row's amount, a credit written positive).
    const ranges = source?.ok
      ? summaryRanges(source.value.name, 1, rows!.rowCount, { segment: 0, bucket: 1, balance: 2 })
      : summaryColumns(edits, write);
    const formulasOver = source?.ok ? source.value.name : write.dataSheet;
    const layout = layoutSummary(
      write.summary,
      formulasOver,
      ranges,
      styles,
      serialFromIso(write.summary.asOf) ?? 0,
      write.reading,
      write.texts,
    );
    const summaryPart = placed.value.part;
    if (rows && source?.ok) {
      const tablePart = freePartName("xl/pivotTables/pivotTable", ".xml", names);
      const cachePart = freePartName("xl/pivotCache/pivotCacheDefinition", ".xml", names);
      const recordsPart = freePartName("xl/pivotCache/pivotCacheRecords", ".xml", names);
      const cacheId = edit.addPivotCache(cachePart);
      edit.addOverride(tablePart, CONTENT_TYPES.pivotTable);
      edit.addOverride(recordsPart, CONTENT_TYPES.pivotCacheRecords);
      const bold = styles.cellStyle({ bold: true });
      const sum = styles.cellStyle({ numFmt: "#,##0.00" });
      const spec = (): PivotSpec => ({
        name: write.texts.summary.pivot.name,
        captions: write.texts.language === "en" ? undefined : write.texts.summary.pivot,
        sourceSheet: source.value.name,
        fields: rows.headers,
        rowItems: rows.segmentOrder,
        columnItems: rows.bucketOrder,
        rowCount: rows.rowCount,
        rowsAt: (start, count) => rows.rowsAt(start, count),
        top: layout.pivotTop,
        left: layout.pivotLeft,
        sumFormatId: 4,
      });
      added.push(async (zip) => {
        const pivot = spec();
        const figures = pivotFigures(pivot);
        const range = rangeBounds(pivotRange(pivot, figures))!;
        await zip.add(summaryPart, layout.xml(pivotCells(pivot, figures, { bold, sum }), range.right));
        await zip.add(relsPartOf(summaryPart), relationshipsXml([["pivotTable", relativeTarget(summaryPart, tablePart)]]));
        await zip.add(tablePart, pivotTableXml(pivot, figures, cacheId));
        await zip.add(relsPartOf(tablePart), relationshipsXml([["pivotCacheDefinition", relativeTarget(tablePart, cachePart)]]));
        await zip.add(cachePart, pivotCacheDefinitionXml(pivot, figures));
        await zip.add(relsPartOf(cachePart), relationshipsXml([["pivotCacheRecords", relativeTarget(cachePart, recordsPart)]]));
        await writeAll(zip, recordsPart, pivotCacheRecordsXml(pivot, figures));
        await writeAll(zip, source.value.part, pivotDataSheet(pivot));
      });
    } else {
      added.push((zip) => zip.add(summaryPart, layout.xml()));
    }
    edit.fullCalcOnLoad();
  }

  for (const [kind, { write, fresh }] of edits.plans ?? []) {
    const placed = await placeSheet(kind, write.sheetName, "visible", fresh);
    if (!placed.ok) return placed;
    const { name, part } = placed.value;
    const sheet = planSheetXml(write.plan, name, styles);
    if (sheet.charts.length === 0) {
      added.push(text(part, sheet.xml));
      continue;
    }
    const drawingPart = freePartName("xl/drawings/drawing", ".xml", names);
    edit.addOverride(drawingPart, CONTENT_TYPES.drawing);
    const chartParts = sheet.charts.map(() => {
      const chartPart = freePartName("xl/charts/chart", ".xml", names);
      edit.addOverride(chartPart, CONTENT_TYPES.chart);
      return chartPart;
    });
    added.push(async (zip) => {
      await zip.add(part, sheet.xml);
      await zip.add(relsPartOf(part), relationshipsXml([["drawing", relativeTarget(part, drawingPart)]]));
      await zip.add(drawingPart, drawingXml(write.plan.charts.map((c) => c.place)));
      await zip.add(relsPartOf(drawingPart), relationshipsXml(chartParts.map((c) => ["chart", relativeTarget(drawingPart, c)] as const)));
      for (let k = 0; k < chartParts.length; k++) await zip.add(chartParts[k], lineChartXml(sheet.charts[k]));
    });
  }

  if (edits.settingsChanged) {
    const placed = await placeSheet("settings", SETTINGS_SHEET, "veryHidden");
    if (!placed.ok) return placed;
    added.push(text(placed.value.part, settingsSheetXml(edits.settings)));
  }

  if (edits.columns || edits.summary) {
    // The calculation chain lists formula cells; a sheet written anew may not have them where it says. Excel rebuilds it.
    for (const rel of pkg.workbookRels.filter((r) => r.type === "calcChain" && r.part)) {
      removed.add(rel.part!);
      edit.removeRelationshipTo(rel.part!);
      edit.removeOverride(rel.part!);
    }
  }
  if (styles.changed) {
    const stylesPart = pkg.stylesPart && names.has(pkg.stylesPart) ? pkg.stylesPart : undefined;
    if (stylesPart) replaced.set(stylesPart, text(stylesPart, styles.xml()));
    else {
      const part = freePartName("xl/styles", ".xml", names);
      edit.addWorkbookPart("styles", part, CONTENT_TYPES.styles);
      added.unshift(text(part, styles.xml()));
    }
  }
  replaced.set(pkg.workbookPart, text(pkg.workbookPart, edit.workbookXml));
  replaced.set(relsPartOf(pkg.workbookPart), text(relsPartOf(pkg.workbookPart), edit.workbookRelsXml));
  replaced.set("[Content_Types].xml", text("[Content_Types].xml", edit.contentTypesXml));

  const zip = new ZipWriter(sink, pkg.codec);
  let current = "";
  try {
    for (const entry of pkg.archive.entries) {
      current = entry.name;
      if (removed.has(entry.name)) continue;
      const write = replaced.get(entry.name);
      if (write) await write(zip);
      else await zip.copy(pkg.archive, entry);
    }
    current = "";
    for (const write of added) await write(zip);
    await zip.finish();
  } catch (error) {
    return fail(streamError(error, book.fileName, current, edits.columns?.write.sheet ?? ""));
  }
  return ok(undefined);
}

/** A .rels part listing relationships of the given types to the given targets (rId1, rId2, …). */
function relationshipsXml(targets: readonly (readonly [string, string])[]): string {
  const list = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}${type}" Target="${target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list}</Relationships>`;
}

/** Writes a part given as a sequence of text pieces, waiting for the compressor between pieces. */
async function writeAll(zip: ZipWriter, part: string, pieces: Iterable<string>): Promise<void> {
  const out = zip.open(part);
  for (const piece of pieces) {
    out.write(piece);
    await out.flush();
  }
  await out.close();
}

/** The 0-based sheet column whose header (in the header row read) is `text`, trimmed and case-insensitive. */
function headerColumn(summary: NonNullable<RunEdits["summary"]>, text: string): number | undefined {
  const row = summary.headRows[summary.write.dataBlock.top - summary.headTop];
  if (!row) return undefined;
  const wanted = text.trim().toLowerCase();
  const at = row.findIndex((v) => typeof v === "string" && v.trim().toLowerCase() === wanted);
  return at < 0 ? undefined : summary.headLeft + at;
}

/** The ranges the summary's formulas count over: the output columns written (or found in the header) and the balance column. */
function summaryColumns(edits: RunEdits, write: SummaryWrite) {
  const summary = edits.summary!;
  const columns = edits.columns?.write.sheet === write.dataSheet ? edits.columns.write : undefined;
  const own = (header: string) => (columns ? columns.column + columns.headers.indexOf(header) : headerColumn(summary, header));
  const segment = own(write.segmentHeader);
  const bucket = own(write.bucketHeader);
  const balance = headerColumn(summary, write.balanceHeader);
  const { top, rows } = write.dataBlock;
  if (segment === undefined || bucket === undefined || balance === undefined || rows < 2) return undefined;
  return summaryRanges(write.dataSheet, top + 1, top + rows - 1, { segment, bucket, balance });
}
