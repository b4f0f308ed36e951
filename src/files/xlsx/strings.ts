import { unescapeXml } from "../xml/xmlText";

const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A SpreadsheetML string as the user typed it: XML entities decoded, and
 * Excel's own `_xHHHH_` escapes (a carriage return is written `_x000D_`).
 *
 * @example
 * spreadsheetText("Line 1_x000D_&amp; more") //=> "Line 1\r& more"
 */
export function spreadsheetText(raw: string): string {
  const text = unescapeXml(raw);
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Text written so that Excel reads it back as it is: a literal `_xHHHH_` in
 * the text gets its underscore escaped, as Excel does.
 *
 * @example
 * spreadsheetEscape("a_x0041_b") //=> "a_x005F_x0041_b"
 */
export function spreadsheetEscape(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

/**
 * The text of a string item (`<si>` or `<is>` content) between `from` and
 * `to`: its `<t>` runs joined, phonetic runs (`<rPh>`) left out.
 *
 * @example
 * itemText("<r><t>Ac</t></r><r><t>me</t></r>", 0, 32, "") //=> "Acme"
 */
export function itemText(whole: string, from: number, to: number, prefix: string): string {
  // Searched within the item only: a search of the whole text for a run the item lacks would run to the text's end.
  const text = whole.slice(from, to);
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phonetic = `<${prefix}rPh`;
  const phoneticClose = `</${prefix}rPh>`;
  let out = "";
  // A plain item (one run) is the common case.
  if (text.startsWith(tOpen) && text.endsWith(tClose)) {
    const tagEnd = text.indexOf(">") + 1;
    if (text.indexOf(tOpen, tagEnd) < 0) return spreadsheetText(text.slice(tagEnd, text.length - tClose.length));
  }
  for (let i = 0; ;) {
    const lt = text.indexOf(tOpen, i);
    if (lt < 0) break;
    const rph = text.indexOf(phonetic, i);
    if (rph >= 0 && rph < lt) {
      const skip = text.indexOf(phoneticClose, rph);
      if (skip < 0) break;
      i = skip + phoneticClose.length;
      continue;
    }
    const after = text.charCodeAt(lt + tOpen.length);
    const tagEnd = text.indexOf(">", lt) + 1;
    if (after !== 62 && after !== 32 && after !== 47) {
      i = tagEnd;
      continue;
    }
    if (text.charCodeAt(tagEnd - 2) === 47) {
      i = tagEnd;
      continue;
    }
    const close = text.indexOf(tClose, tagEnd);
    if (close < 0) break;
    out += text.slice(tagEnd, close);
    i = close + tClose.length;
  }
  return spreadsheetText(out);
}
