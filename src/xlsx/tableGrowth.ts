import { columnLetters } from "../engine/address";
import { rangeBounds } from "../files/xlsx/cellRef";
import { closingTag, findTag, tagAttributes, xmlTags } from "../files/xml/xmlTags";
import { escapeXml } from "../files/xml/xmlText";
import type { ColumnsWrite } from "../workbook/port";

/** A table part grown to take in the output columns, and the header texts its columns need. */
export interface GrownTable {
  /** The table part's new XML; undefined when the table is left as it is. */
  readonly xml: string | undefined;
  /** Header texts for the output columns: the table's own column names where they fall in it. */
  readonly headers: readonly string[];
}

/**
 * Grows an Excel table (its ref, its filter and its column list) so that the
 * output columns become table columns, when they start at or inside its right
 * edge on its header row. A header cell in a table must equal its column's
 * name, or Excel repairs the file: names are made unique within the table.
 *
 * @example
 * growTable('<table ref="A1:D3" …><tableColumns count="4">…</tableColumns></table>', write).xml //=> '<table ref="A1:J3" …>'
 */
export function growTable(xml: string, write: ColumnsWrite): GrownTable {
  const tableTag = findTag(xml, "table");
  const bounds = tableTag && rangeBounds(tagAttributes(xml, tableTag).ref ?? "");
  const plain = { xml: undefined, headers: write.headers };
  if (!tableTag || !bounds || bounds.top !== write.headerRow) return plain;
  const columnsTag = findTag(xml, "tableColumns", ["open"]);
  const columnsEnd = columnsTag && closingTag(xml, columnsTag);
  if (!columnsTag || !columnsEnd) return plain;
  const columns = [...xmlTags(xml, columnsTag.end, columnsEnd.start)].filter((t) => t.name === "tableColumn" && t.kind !== "close");
  const names = columns.map((t) => tagAttributes(xml, t).name ?? "");
  const lastOutput = write.column + write.headers.length - 1;
  const within = (i: number) => names[write.column + i - bounds.left];
  if (write.column > bounds.right + 1 || write.column < bounds.left) return plain;
  if (lastOutput <= bounds.right) return { xml: undefined, headers: write.headers.map((h, i) => within(i) ?? h) };

  const taken = new Set(names.map((n) => n.toLowerCase()));
  let nextId = Math.max(0, ...columns.map((t) => Number(tagAttributes(xml, t).id) || 0)) + 1;
  let added = "";
  const headers = write.headers.map((header, i) => {
    const col = write.column + i;
    if (col <= bounds.right) return within(i) ?? header;
    let name = header;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${header} ${n}`;
    taken.add(name.toLowerCase());
    added += `<${columnsTag.prefix}tableColumn id="${nextId++}" name="${escapeXml(name)}"/>`;
    return name;
  });
  const ref = `${columnLetters(bounds.left)}${bounds.top + 1}:${columnLetters(lastOutput)}${bounds.bottom + 1}`;
  let out = xml.slice(0, columnsEnd.start) + added + xml.slice(columnsEnd.start);
  out = out.replace(
    /(<(?:[\w.-]+:)?tableColumns\s[^>]*count=")\d+(")/,
    `$1${names.length + (headers.length - (bounds.right - write.column + 1))}$2`,
  );
  out = out.replace(/(<(?:[\w.-]+:)?table\s[^>]*?\sref=")[^"]*(")/, `$1${ref}$2`);
  out = out.replace(/(<(?:[\w.-]+:)?autoFilter\s[^>]*ref=")([^"]*)(")/, (whole, a: string, old: string, c: string) => {
    const filter = rangeBounds(old);
    return filter ? `${a}${columnLetters(filter.left)}${filter.top + 1}:${columnLetters(lastOutput)}${filter.bottom + 1}${c}` : whole;
  });
  return { xml: out, headers };
}
