import { ok, type Result } from "../engine/result";
import { relsPartOf } from "../files/xlsx/relationships";
import type { WorkbookError } from "../workbook/errors";
import type { XlsxBook } from "./book";
import { sheetRelationships } from "./sheetTables";

/** Relationship types whose parts belong to a product sheet and go with it. */
const OWNED_TYPES = new Set(["pivotTable", "pivotCacheDefinition", "pivotCacheRecords", "drawing", "chart", "chartsheet"]);

/**
 * The parts of one of the product's own sheets, which a re-run replaces: the
 * sheet, its relationships, and the PivotTables, caches and drawings they
 * lead to.
 */
export async function ownedParts(book: XlsxBook, sheetPart: string): Promise<Result<Set<string>, WorkbookError>> {
  const parts = new Set<string>([sheetPart]);
  const queue = [sheetPart];
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (!book.pkg.archive.byName.has(relsPartOf(part))) continue;
    parts.add(relsPartOf(part));
    const rels = await sheetRelationships(book, part);
    if (!rels.ok) return rels;
    for (const rel of rels.value.list) {
      if (!rel.part || !OWNED_TYPES.has(rel.type) || parts.has(rel.part) || !book.pkg.archive.byName.has(rel.part)) continue;
      parts.add(rel.part);
      queue.push(rel.part);
    }
  }
  return ok(parts);
}

/**
 * A part name not taken: `xl/worksheets/sheet` + n + `.xml`, the lowest n free.
 *
 * @example
 * freePartName("xl/worksheets/sheet", ".xml", new Set(["xl/worksheets/sheet1.xml"])) //=> "xl/worksheets/sheet2.xml"
 */
export function freePartName(stem: string, extension: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${extension}`;
    if (!lower.has(name.toLowerCase())) {
      taken.add(name);
      return name;
    }
  }
}
