import { tagAttributes, xmlTags } from "../xml/xmlTags";

/** One relationship of a part's .rels: its id, its type's last segment ("worksheet"), and the part it targets. */
export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI, the same in transitional and strict files: "worksheet", "styles", "pivotTable"… */
  readonly type: string;
  readonly target: string;
  /** The target as a part name inside the package (no leading "/"); undefined for an external target. */
  readonly part: string | undefined;
}

/**
 * The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels.
 *
 * @example
 * relsPartOf("xl/worksheets/sheet1.xml") //=> "xl/worksheets/_rels/sheet1.xml.rels"
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target resolved against the folder of the part it is from.
 *
 * @example
 * resolvePart("xl/workbook.xml", "worksheets/sheet1.xml") //=> "xl/worksheets/sheet1.xml"
 * resolvePart("xl/worksheets/sheet1.xml", "../tables/table1.xml") //=> "xl/tables/table1.xml"
 * resolvePart("xl/workbook.xml", "/xl/styles.xml") //=> "xl/styles.xml"
 */
export function resolvePart(from: string, target: string): string {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/**
 * The target to write in `from`'s .rels for part `to`.
 *
 * @example
 * relativeTarget("xl/worksheets/sheet3.xml", "xl/pivotTables/pivotTable1.xml") //=> "../pivotTables/pivotTable1.xml"
 */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

/** The relationships listed in a .rels part's XML. */
export function parseRelationships(xml: string, from: string): Relationship[] {
  const out: Relationship[] = [];
  for (const tag of xmlTags(xml)) {
    if (tag.name !== "Relationship" || tag.kind === "close") continue;
    const a = tagAttributes(xml, tag);
    const external = a.TargetMode === "External";
    const type = (a.Type ?? "").split("/").pop() ?? "";
    out.push({ id: a.Id ?? "", type, target: a.Target ?? "", part: external ? undefined : resolvePart(from, a.Target ?? "") });
  }
  return out;
}

/** An id not yet used among `relationships`: rId1, rId2, … */
export function freeRelationshipId(relationships: readonly { readonly id: string }[]): string {
  const taken = new Set(relationships.map((r) => r.id));
  for (let n = relationships.length + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}
