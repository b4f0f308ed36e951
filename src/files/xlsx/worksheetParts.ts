import { SCHEMA_ORDER } from "./schemaOrder";
import { closingTag, xmlTags, type XmlTag } from "../xml/xmlTags";

/** The elements of a worksheet after `<sheetData>`, in the order SpreadsheetML requires (CT_Worksheet). */
const AFTER_SHEET_DATA: readonly string[] = SCHEMA_ORDER.worksheet.slice(SCHEMA_ORDER.worksheet.indexOf("sheetData") + 1);

/** A top-level element of a worksheet's tail: its name and where it stands. */
interface TailElement {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The worksheet's top-level elements in a tail (the XML from `</sheetData>` on). */
function tailElements(tail: string): TailElement[] {
  const out: TailElement[] = [];
  let skipTo = 0;
  for (const tag of xmlTags(tail)) {
    if (tag.start < skipTo) continue;
    if (tag.name === "sheetData" || tag.name === "worksheet") continue;
    if (tag.kind === "close") continue;
    const end = tag.kind === "empty" ? tag.end : (closingTag(tail, tag as XmlTag)?.end ?? tag.end);
    out.push({ name: tag.name, start: tag.start, end });
    skipTo = end;
  }
  return out;
}

/**
 * Puts `xml` into a worksheet's tail where an element named `name` belongs:
 * after the last element that must come before it.
 *
 * @example
 * insertInTail("</sheetData><pageMargins …/></worksheet>", "conditionalFormatting", "<conditionalFormatting …>…</conditionalFormatting>")
 * //=> "</sheetData><conditionalFormatting …>…</conditionalFormatting><pageMargins …/></worksheet>"
 */
export function insertInTail(tail: string, name: string, xml: string): string {
  const rank = AFTER_SHEET_DATA.indexOf(name);
  const elements = tailElements(tail);
  const after = elements.filter((e) => {
    const r = AFTER_SHEET_DATA.indexOf(e.name);
    return r >= 0 && r <= rank;
  });
  const at = after.length > 0 ? after[after.length - 1].end : tailStart(tail);
  return tail.slice(0, at) + xml + tail.slice(at);
}

/** Where the first element after `</sheetData>` may go. */
function tailStart(tail: string): number {
  const close = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData>/.exec(tail);
  return close ? close.index + close[0].length : 0;
}

/**
 * Removes the tail's top-level elements named `name` for which `drop` says
 * so, given each one's XML.
 */
export function removeFromTail(tail: string, name: string, drop: (xml: string) => boolean): string {
  let out = tail;
  for (const e of tailElements(tail).reverse()) {
    if (e.name === name && drop(tail.slice(e.start, e.end))) out = out.slice(0, e.start) + out.slice(e.end);
  }
  return out;
}

/** The XML of the tail's top-level elements named `name`. */
export function tailElementsNamed(tail: string, name: string): string[] {
  return tailElements(tail)
    .filter((e) => e.name === name)
    .map((e) => tail.slice(e.start, e.end));
}
