import { closingTag, findTag, tagAttributes, xmlTags } from "../xml/xmlTags";
import { escapeXml } from "../xml/xmlText";
import { SCHEMA_ORDER } from "./schemaOrder";

/** The sections of a stylesheet in the order SpreadsheetML requires (CT_Stylesheet). */
const SECTIONS: readonly string[] = SCHEMA_ORDER.styleSheet;
const CHILD: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** A cell style asked for: bold, a font size, a number format. */
export interface CellStyleRequest {
  readonly bold?: boolean;
  readonly size?: number;
  readonly numFmt?: string;
}

/** A workbook with no styles part gets this one: what Excel writes for an empty workbook. */
export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * A workbook's stylesheet that a run adds to: cell styles (bold headers,
 * number formats) and differential formats (the priority fills). What is
 * already there is kept as it is, and an identical entry is reused rather than
 * added again, so re-runs do not make the stylesheet grow.
 *
 * @example
 * const styles = new StyleSheet(stylesXml);
 * const bold = styles.cellStyle({ bold: true }); // an index into cellXfs
 * styles.changed && zip.add(stylesPart, styles.xml());
 */
export class StyleSheet {
  private text: string;
  private dirty = false;

  constructor(xml: string | undefined) {
    this.text = xml ?? EMPTY_STYLESHEET;
    this.dirty = xml === undefined;
  }

  get changed(): boolean {
    return this.dirty;
  }

  xml(): string {
    return this.text;
  }

  /** The index of a cell style (cellXfs) with the default font made bold / resized and a number format. */
  cellStyle(request: CellStyleRequest): number {
    let fontId = 0;
    if (request.bold || request.size) {
      const base = this.children("fonts")[0] ?? "<font/>";
      let font = base.replace(/<(?:[\w.-]+:)?(?:b|sz)(?:\s[^>]*)?\/>/g, "");
      const inner = `${request.bold ? "<b/>" : ""}${request.size ? `<sz val="${request.size}"/>` : ""}`;
      font = font.endsWith("/>") ? `${font.slice(0, -2)}>${inner}</font>` : font.replace(/^(<[^>]*>)/, `$1${inner}`);
      fontId = this.entry("fonts", font);
    }
    const numFmtId = request.numFmt ? this.numberFormat(request.numFmt) : 0;
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}/>`;
    return this.entry("cellXfs", xf);
  }

  /** The index of a differential format (dxfs) filling a cell with a solid colour ("FFFFC7CE"). */
  fill(argb: string): number {
    return this.entry("dxfs", `<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`);
  }

  /** The id of a number format code: a built-in one, an existing custom one, or a new one (164 on). */
  private numberFormat(code: string): number {
    const BUILT_IN: Record<string, number> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, General: 0 };
    if (code in BUILT_IN) return BUILT_IN[code];
    let max = 163;
    for (const child of this.children("numFmts")) {
      const a = tagAttributes(child, [...xmlTags(child)][0]);
      if (a.formatCode === code) return Number(a.numFmtId);
      max = Math.max(max, Number(a.numFmtId));
    }
    this.entry("numFmts", `<numFmt numFmtId="${max + 1}" formatCode="${escapeXml(code)}"/>`);
    return max + 1;
  }

  /** The index of an element in a section, appending it (and creating the section) when no identical one is there. */
  private entry(section: string, element: string): number {
    const children = this.children(section);
    const found = children.indexOf(element);
    if (found >= 0) return found;
    const open = findTag(this.text, section, ["open", "empty"]);
    const count = children.length + 1;
    if (!open) {
      const at = this.sectionPosition(section);
      this.text = `${this.text.slice(0, at)}<${section} count="1">${element}</${section}>${this.text.slice(at)}`;
    } else if (open.kind === "empty") {
      const tag = this.text.slice(open.start, open.end).replace(/\s*\/>$/, ">");
      this.text = `${this.text.slice(0, open.start)}${withCount(tag, count)}${element}</${open.prefix}${section}>${this.text.slice(open.end)}`;
    } else {
      const close = closingTag(this.text, open)!;
      const tag = withCount(this.text.slice(open.start, open.end), count);
      this.text = `${this.text.slice(0, open.start)}${tag}${this.text.slice(open.end, close.start)}${element}${this.text.slice(close.start)}`;
    }
    this.dirty = true;
    return count - 1;
  }

  /** The XML of a section's top-level children, in order. */
  private children(section: string): string[] {
    const open = findTag(this.text, section, ["open"]);
    if (!open) return [];
    const close = closingTag(this.text, open);
    if (!close) return [];
    const childName = CHILD[section];
    const out: string[] = [];
    let lastEnd = 0;
    for (const tag of xmlTags(this.text, open.end, close.start)) {
      if (tag.name !== childName || tag.kind === "close") continue;
      if (tag.start < lastEnd) continue;
      const end = tag.kind === "empty" ? tag.end : (closingTag(this.text, tag)?.end ?? tag.end);
      out.push(this.text.slice(tag.start, end));
      lastEnd = end;
    }
    return out;
  }

  /** Where a missing section goes: after the last section that comes before it. */
  private sectionPosition(section: string): number {
    const rank = SECTIONS.indexOf(section);
    let at = -1;
    for (const name of SECTIONS.slice(0, rank)) {
      const open = findTag(this.text, name, ["open", "empty"]);
      if (!open) continue;
      at = open.kind === "empty" ? open.end : (closingTag(this.text, open)?.end ?? open.end);
    }
    if (at >= 0) return at;
    const root = findTag(this.text, "styleSheet", ["open"]);
    return root ? root.end : this.text.length;
  }
}

function withCount(tag: string, count: number): string {
  return /\scount="\d*"/.test(tag) ? tag.replace(/\scount="\d*"/, ` count="${count}"`) : tag.replace(/^(<[\w:.-]+)/, `$1 count="${count}"`);
}
