import { ok, type Result } from "../engine/result";
import { rangeBounds, type Bounds } from "../files/xlsx/cellRef";
import { parseRelationships, relsPartOf, type Relationship } from "../files/xlsx/relationships";
import { findTag, tagAttributes } from "../files/xml/xmlTags";
import type { WorkbookError } from "../workbook/errors";
import type { XlsxBook } from "./book";

/** An Excel table on a sheet: its part, name and range. */
export interface SheetTable {
  readonly part: string;
  readonly name: string;
  readonly bounds: Bounds;
  readonly xml: string;
}

/** A sheet's relationships (tables, drawings, comments…), or none when it has no .rels part. */
export async function sheetRelationships(
  book: XlsxBook,
  sheetPart: string,
): Promise<Result<{ xml: string | undefined; list: Relationship[] }, WorkbookError>> {
  const relsPart = relsPartOf(sheetPart);
  if (!book.pkg.archive.byName.has(relsPart)) return ok({ xml: undefined, list: [] });
  const xml = await book.text(relsPart);
  if (!xml.ok) return xml;
  return ok({ xml: xml.value, list: parseRelationships(xml.value, sheetPart) });
}

/** The Excel tables of a sheet, in the order its relationships list them. */
export async function sheetTables(book: XlsxBook, sheetPart: string): Promise<Result<SheetTable[], WorkbookError>> {
  const rels = await sheetRelationships(book, sheetPart);
  if (!rels.ok) return rels;
  const tables: SheetTable[] = [];
  for (const rel of rels.value.list) {
    if (rel.type !== "table" || !rel.part || !book.pkg.archive.byName.has(rel.part)) continue;
    const xml = await book.text(rel.part);
    if (!xml.ok) return xml;
    const tag = findTag(xml.value, "table");
    if (!tag) continue;
    const a = tagAttributes(xml.value, tag);
    const bounds = rangeBounds(a.ref ?? "");
    if (bounds) tables.push({ part: rel.part, name: a.displayName ?? a.name ?? "", bounds, xml: xml.value });
  }
  return ok(tables);
}
