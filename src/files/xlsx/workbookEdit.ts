import { closingTag, findTag, tagAttributes, xmlTags } from "../xml/xmlTags";
import { escapeXml } from "../xml/xmlText";
import { SCHEMA_ORDER } from "./schemaOrder";
import { freeRelationshipId, parseRelationships, relativeTarget, type Relationship } from "./relationships";

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Content types of the parts a run adds. */
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCacheDefinition: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotCacheRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** The elements of a workbook part, in the order SpreadsheetML requires (CT_Workbook). */
const WORKBOOK_ORDER: readonly string[] = SCHEMA_ORDER.workbook;

/**
 * The parts that list a workbook's sheets and parts, edited as text: the
 * workbook part, its relationships and [Content_Types].xml. What a run does
 * not change stays as it was written.
 */
export class WorkbookEdit {
  private rels: Relationship[];

  constructor(
    private readonly workbookPart: string,
    private workbook: string,
    private relsXml: string,
    private types: string,
  ) {
    this.rels = parseRelationships(relsXml, workbookPart);
  }

  get workbookXml(): string {
    return this.workbook;
  }

  get workbookRelsXml(): string {
    return this.relsXml;
  }

  get contentTypesXml(): string {
    return this.types;
  }

  /** Adds a sheet at the end of the tab order; returns its relationship id. */
  addSheet(name: string, part: string, state: "visible" | "hidden" | "veryHidden"): string {
    const id = this.addRelationship("worksheet", part);
    const ids = [...xmlTags(this.workbook)]
      .filter((t) => t.name === "sheet" && t.kind !== "close")
      .map((t) => Number(tagAttributes(this.workbook, t).sheetId) || 0);
    const sheetId = Math.max(0, ...ids) + 1;
    const prefix = this.prefixOf("sheets");
    const stateAttr = state === "visible" ? "" : ` state="${state}"`;
    this.appendTo("sheets", `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttr} r:id="${id}"/>`);
    this.addOverride(part, CONTENT_TYPES.worksheet);
    return id;
  }

  /** Points an existing sheet (by name) at a new part, keeping its place, id and name; sets its visibility. */
  repointSheet(name: string, part: string, state: "visible" | "hidden" | "veryHidden"): void {
    const tag = [...xmlTags(this.workbook)].find(
      (t) => t.name === "sheet" && t.kind !== "close" && tagAttributes(this.workbook, t).name === name,
    );
    if (!tag) return;
    const a = tagAttributes(this.workbook, tag);
    const relId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
    let text = this.workbook.slice(tag.start, tag.end).replace(/\sstate="[^"]*"/, "");
    if (state !== "visible") text = text.replace(/(\s*\/?>)$/, ` state="${state}"$1`);
    this.workbook = this.workbook.slice(0, tag.start) + text + this.workbook.slice(tag.end);
    const rel = this.rels.find((r) => r.id === relId);
    if (rel?.part) this.removeOverride(rel.part);
    this.setTarget(relId, part);
    this.addOverride(part, CONTENT_TYPES.worksheet);
  }

  /** Sets (adds or replaces) a workbook-scoped defined name. */
  setDefinedName(name: string, value: string, hidden: boolean, localSheetId?: number): void {
    this.removeDefinedName(name, localSheetId);
    const prefix = this.prefixOf("definedNames") || this.prefixOf("sheets");
    const local = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
    this.appendTo(
      "definedNames",
      `<${prefix}definedName name="${escapeXml(name)}"${local}${hidden ? ' hidden="1"' : ""}>${escapeXml(value)}</${prefix}definedName>`,
    );
  }

  /** The value of a defined name, or undefined. */
  definedName(name: string, localSheetId?: number): string | undefined {
    const found = this.definedNameTag(name, localSheetId);
    return found ? this.workbook.slice(found.open.end, found.close.start) : undefined;
  }

  private removeDefinedName(name: string, localSheetId?: number): void {
    const found = this.definedNameTag(name, localSheetId);
    if (found) this.workbook = this.workbook.slice(0, found.open.start) + this.workbook.slice(found.close.end);
  }

  private definedNameTag(name: string, localSheetId?: number) {
    for (const tag of xmlTags(this.workbook)) {
      if (tag.name !== "definedName" || tag.kind !== "open") continue;
      const a = tagAttributes(this.workbook, tag);
      const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
      if (a.name === name && local === localSheetId) {
        const close = closingTag(this.workbook, tag);
        if (close) return { open: tag, close };
      }
    }
    return undefined;
  }

  /** Adds a pivot cache (its definition part) to the workbook; returns its cache id. */
  addPivotCache(part: string): number {
    const id = this.addRelationship("pivotCacheDefinition", part);
    const ids = [...xmlTags(this.workbook)]
      .filter((t) => t.name === "pivotCache" && t.kind !== "close")
      .map((t) => Number(tagAttributes(this.workbook, t).cacheId) || 0);
    const cacheId = Math.max(0, ...ids) + 1;
    const prefix = this.prefixOf("sheets");
    this.appendTo("pivotCaches", `<${prefix}pivotCache cacheId="${cacheId}" r:id="${id}"/>`);
    this.addOverride(part, CONTENT_TYPES.pivotCacheDefinition);
    return cacheId;
  }

  /** Removes the pivot caches whose definition is one of `parts`, with their relationships. */
  removePivotCaches(parts: ReadonlySet<string>): void {
    for (const rel of this.rels.filter((r) => r.type === "pivotCacheDefinition" && r.part && parts.has(r.part))) {
      for (const tag of [...xmlTags(this.workbook)].reverse()) {
        if (tag.name !== "pivotCache" || tag.kind === "close") continue;
        const a = tagAttributes(this.workbook, tag);
        if ((a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1]) !== rel.id) continue;
        const end = tag.kind === "empty" ? tag.end : (closingTag(this.workbook, tag)?.end ?? tag.end);
        this.workbook = this.workbook.slice(0, tag.start) + this.workbook.slice(end);
      }
      this.removeRelationship(rel.id);
    }
    const caches = findTag(this.workbook, "pivotCaches", ["open"]);
    if (caches) {
      const close = closingTag(this.workbook, caches);
      if (close && this.workbook.slice(caches.end, close.start).trim() === "")
        this.workbook = this.workbook.slice(0, caches.start) + this.workbook.slice(close.end);
    }
  }

  /** Asks Excel to recalculate every formula when it opens the file. */
  fullCalcOnLoad(): void {
    const calc = findTag(this.workbook, "calcPr", ["open", "empty"]);
    if (!calc) {
      this.insertElement("calcPr", `<${this.prefixOf("sheets")}calcPr fullCalcOnLoad="1"/>`);
      return;
    }
    const tag = this.workbook.slice(calc.start, calc.end);
    const next = /\sfullCalcOnLoad="[^"]*"/.test(tag)
      ? tag.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"')
      : tag.replace(/^(<[\w:.-]+)/, '$1 fullCalcOnLoad="1"');
    this.workbook = this.workbook.slice(0, calc.start) + next + this.workbook.slice(calc.end);
  }

  /** Adds a part the workbook relates to directly (its styles, say); returns the relationship id. */
  addWorkbookPart(relationshipType: string, part: string, contentType: string): string {
    this.addOverride(part, contentType);
    return this.addRelationship(relationshipType, part);
  }

  /** Registers a part's content type. */
  addOverride(part: string, type: string): void {
    this.removeOverride(part);
    const close = this.types.lastIndexOf("</");
    this.types = `${this.types.slice(0, close)}<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${this.types.slice(close)}`;
  }

  /** Forgets a removed part's content type. */
  removeOverride(part: string): void {
    for (const tag of xmlTags(this.types)) {
      if (tag.name !== "Override" || tag.kind === "close") continue;
      if (tagAttributes(this.types, tag).PartName?.replace(/^\//, "") === part) {
        this.types = this.types.slice(0, tag.start) + this.types.slice(tag.end);
        return;
      }
    }
  }

  /** Removes a relationship of the workbook (a part that is dropped). */
  removeRelationshipTo(part: string): void {
    for (const rel of this.rels.filter((r) => r.part === part)) this.removeRelationship(rel.id);
  }

  private addRelationship(type: string, part: string): string {
    const id = freeRelationshipId(this.rels);
    const close = this.relsXml.lastIndexOf("</");
    const target = relativeTarget(this.workbookPart, part);
    this.relsXml = `${this.relsXml.slice(0, close)}<Relationship Id="${id}" Type="${REL_TYPE}${type}" Target="${escapeXml(target)}"/>${this.relsXml.slice(close)}`;
    this.rels = parseRelationships(this.relsXml, this.workbookPart);
    return id;
  }

  private removeRelationship(id: string): void {
    for (const tag of xmlTags(this.relsXml)) {
      if (tag.name !== "Relationship" || tag.kind === "close" || tagAttributes(this.relsXml, tag).Id !== id) continue;
      this.relsXml = this.relsXml.slice(0, tag.start) + this.relsXml.slice(tag.end);
      break;
    }
    this.rels = parseRelationships(this.relsXml, this.workbookPart);
  }

  private setTarget(id: string, part: string): void {
    for (const tag of xmlTags(this.relsXml)) {
      if (tag.name !== "Relationship" || tag.kind === "close" || tagAttributes(this.relsXml, tag).Id !== id) continue;
      const text = this.relsXml
        .slice(tag.start, tag.end)
        .replace(/\sTarget="[^"]*"/, ` Target="${escapeXml(relativeTarget(this.workbookPart, part))}"`);
      this.relsXml = this.relsXml.slice(0, tag.start) + text + this.relsXml.slice(tag.end);
      break;
    }
    this.rels = parseRelationships(this.relsXml, this.workbookPart);
  }

  /** The namespace prefix the workbook uses for an element ("" almost always). */
  private prefixOf(name: string): string {
    return findTag(this.workbook, name, ["open", "empty"])?.prefix ?? findTag(this.workbook, "workbook", ["open"])?.prefix ?? "";
  }

  /** Appends a child to a workbook element, creating the element in its place when missing. */
  private appendTo(name: string, child: string): void {
    this.ensureRelNamespace();
    const open = findTag(this.workbook, name, ["open", "empty"]);
    if (!open) {
      const prefix = this.prefixOf("sheets");
      this.insertElement(name, `<${prefix}${name}>${child}</${prefix}${name}>`);
      return;
    }
    if (open.kind === "empty") {
      const tag = this.workbook.slice(open.start, open.end).replace(/\s*\/>$/, ">");
      this.workbook = `${this.workbook.slice(0, open.start)}${tag}${child}</${open.prefix}${name}>${this.workbook.slice(open.end)}`;
      return;
    }
    const close = closingTag(this.workbook, open)!;
    this.workbook = this.workbook.slice(0, close.start) + child + this.workbook.slice(close.start);
  }

  /** Inserts a new top-level element where CT_Workbook puts it. */
  private insertElement(name: string, xml: string): void {
    const rank = WORKBOOK_ORDER.indexOf(name);
    let at = -1;
    for (const before of WORKBOOK_ORDER.slice(0, rank)) {
      const open = findTag(this.workbook, before, ["open", "empty"]);
      if (open) at = open.kind === "empty" ? open.end : (closingTag(this.workbook, open)?.end ?? open.end);
    }
    if (at < 0) at = findTag(this.workbook, "workbook", ["open"])?.end ?? 0;
    this.workbook = this.workbook.slice(0, at) + xml + this.workbook.slice(at);
  }

  /** New children use the `r:` prefix for relationship ids: declare it when the workbook does not. */
  private ensureRelNamespace(): void {
    const root = findTag(this.workbook, "workbook", ["open"]);
    if (!root) return;
    const tag = this.workbook.slice(root.start, root.end);
    if (/\sxmlns:r="/.test(tag)) return;
    const next = tag.replace(/^(<[\w:.-]+)/, `$1 xmlns:r="${REL_NS}"`);
    this.workbook = this.workbook.slice(0, root.start) + next + this.workbook.slice(root.end);
  }
}
