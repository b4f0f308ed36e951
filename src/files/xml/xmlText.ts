/**
 * Escapes text for an XML element or a double-quoted attribute. Characters
 * XML 1.0 cannot hold at all (control characters but tab, line feed and
 * carriage return; lone surrogates) are dropped.
 *
 * @example
 * escapeXml('Tom & "Jerry" <3') //=> "Tom &amp; &quot;Jerry&quot; &lt;3"
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (ch) => REPLACEMENT[ch] ?? "");
}

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
// Lone surrogates only: a valid pair is kept.
const ESCAPED =
  /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const REPLACEMENT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Decodes XML character references and the five predefined entities.
 *
 * @example
 * unescapeXml("R&amp;D &#233;t&#xE9;") //=> "R&D été"
 */
export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref];
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
