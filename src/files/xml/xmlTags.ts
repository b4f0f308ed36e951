import { unescapeXml } from "./xmlText";

/** One start, end or empty-element tag of an XML text, with where it stands. */
export interface XmlTag {
  /** Local name, without a namespace prefix ("sheet" for `<x:sheet>`). */
  readonly name: string;
  /** The prefix with its colon ("x:"), or "". */
  readonly prefix: string;
  /** Offsets of "<" and just past ">". */
  readonly start: number;
  readonly end: number;
  readonly kind: "open" | "close" | "empty";
}

/**
 * The tags of an XML text in document order, skipping the declaration,
 * comments, processing instructions and CDATA. For the small parts of a
 * workbook (workbook, relationships, content types, styles, tables): the large
 * sheet data has its own scanner.
 *
 * @example
 * [...xmlTags('<a x="1"><b/></a>')].map((t) => `${t.kind} ${t.name}`) //=> ["open a", "empty b", "close a"]
 */
export function* xmlTags(xml: string, from = 0, to = xml.length): Generator<XmlTag> {
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = xml.startsWith("<!--", at)
        ? xml.indexOf("-->", at) + 3
        : xml.startsWith("<![CDATA[", at)
          ? xml.indexOf("]]>", at) + 3
          : xml.indexOf(">", at) + 1;
      if (close <= 0) return;
      at = xml.indexOf("<", close);
      continue;
    }
    const end = tagEnd(xml, at);
    if (end < 0) return;
    const closing = next === 47; /* / */
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const qualified = xml.slice(nameStart, nameEnd);
    const colon = qualified.indexOf(":");
    yield {
      name: colon < 0 ? qualified : qualified.slice(colon + 1),
      prefix: colon < 0 ? "" : qualified.slice(0, colon + 1),
      start: at,
      end,
      kind: closing ? "close" : xml.charCodeAt(end - 2) === 47 ? "empty" : "open",
    };
    at = xml.indexOf("<", end);
  }
}

/** Offset just past the ">" of the tag starting at `at`, skipping ">" inside quoted attribute values. */
export function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return -1;
}

function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A tag's attributes by qualified name, values unescaped.
 *
 * @example
 * attributesOf('<sheet name="R&amp;D" r:id="rId2"/>') //=> { name: "R&D", "r:id": "rId2" }
 */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = tag.slice(tag.search(/[\s/>]/));
  for (const m of body.matchAll(ATTRIBUTE)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

/** The attributes of a tag found by `xmlTags`. */
export function tagAttributes(xml: string, tag: XmlTag): Record<string, string> {
  return attributesOf(xml.slice(tag.start, tag.end));
}

/** The first tag named `name` (any prefix), or undefined. */
export function findTag(xml: string, name: string, kinds: readonly XmlTag["kind"][] = ["open", "empty"], from = 0): XmlTag | undefined {
  for (const tag of xmlTags(xml, from)) if (tag.name === name && kinds.includes(tag.kind)) return tag;
  return undefined;
}

/** Offset of the end tag that closes the element opened by `open` (same name; nesting counted). */
export function closingTag(xml: string, open: XmlTag): XmlTag | undefined {
  if (open.kind === "empty") return undefined;
  let depth = 0;
  for (const tag of xmlTags(xml, open.end)) {
    if (tag.name !== open.name) continue;
    if (tag.kind === "open") depth++;
    else if (tag.kind === "close") {
      if (depth === 0) return tag;
      depth--;
    }
  }
  return undefined;
}

/** The text between an element's start and end tags, unescaped (`<t>a &amp; b</t>` → "a & b"). */
export function elementText(xml: string, open: XmlTag): string {
  const close = closingTag(xml, open);
  return close ? unescapeXml(xml.slice(open.end, close.start)) : "";
}
