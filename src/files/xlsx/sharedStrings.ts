import { itemText } from "./strings";

const SST = /<([A-Za-z_][\w.-]*:)?sst(?=[\s>])/;

/**
 * The shared strings of a workbook, read as the part streams in: only the
 * strings are kept, not the XML.
 *
 * @example
 * await readSharedStrings(textPieces(inflateEntry(zip, entry, options))) //=> ["Customer", "Balance", …]
 */
export async function readSharedStrings(pieces: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  let carry = "";
  let prefix: string | undefined;
  let open = "<si";
  let close = "</si>";
  for await (const piece of pieces) {
    const text = carry + piece;
    let at = 0;
    if (prefix === undefined) {
      const found = SST.exec(text);
      if (!found) {
        carry = text;
        continue;
      }
      prefix = found[1] ?? "";
      open = `<${prefix}si`;
      close = `</${prefix}si>`;
      at = found.index;
    }
    for (;;) {
      const lt = text.indexOf(open, at);
      if (lt < 0) break;
      const tagEnd = text.indexOf(">", lt) + 1;
      if (tagEnd === 0) break;
      if (text.charCodeAt(tagEnd - 2) === 47) {
        strings.push("");
        at = tagEnd;
        continue;
      }
      const end = text.indexOf(close, tagEnd);
      if (end < 0) break;
      strings.push(itemText(text, tagEnd, end, prefix));
      at = end + close.length;
    }
    carry = text.slice(at);
  }
  return strings;
}
