import { closingTag, findTag, tagAttributes, xmlTags } from "../xml/xmlTags";

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, with the East Asian date formats). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * True when a number format code shows a date or time: it has a d, m, y, h
 * or s outside quoted text, escaped characters and [colour] / [$-locale]
 * sections ([h] and the like, elapsed time, count).
 *
 * @example
 * isDateFormat("dd/mm/yyyy")        //=> true
 * isDateFormat('#,##0 "days"')      //=> false
 * isDateFormat("[Red]#,##0.00")     //=> false
 */
export function isDateFormat(code: string): boolean {
  const plain = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/General/gi, "");
  // Only the first section decides: a number or a date.
  return /[dmyhs]/i.test(plain.split(";")[0]);
}

/**
 * For each cell style (index of `<cellXfs>`), whether its number format is
 * a date or time, so a serial number in such a cell is read as a date.
 */
export function dateStyles(stylesXml: string | undefined): Uint8Array {
  if (!stylesXml) return new Uint8Array(0);
  const custom = new Map<number, string>();
  for (const tag of xmlTags(stylesXml)) {
    if (tag.name !== "numFmt" || tag.kind === "close") continue;
    const a = tagAttributes(stylesXml, tag);
    custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = findTag(stylesXml, "cellXfs", ["open"]);
  if (!xfs) return new Uint8Array(0);
  const end = closingTag(stylesXml, xfs)?.start ?? stylesXml.length;
  const flags: number[] = [];
  let depth = 0;
  for (const tag of xmlTags(stylesXml, xfs.end, end)) {
    if (tag.name !== "xf") continue;
    if (tag.kind === "close") {
      depth--;
      continue;
    }
    if (depth === 0) {
      const id = Number(tagAttributes(stylesXml, tag).numFmtId ?? 0);
      const code = custom.get(id);
      flags.push(code !== undefined ? (isDateFormat(code) ? 1 : 0) : BUILT_IN_DATES.has(id) ? 1 : 0);
    }
    if (tag.kind === "open") depth++;
  }
  return Uint8Array.from(flags);
}
