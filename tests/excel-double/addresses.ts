/** A1 addresses as Excel writes and reads them (Range.address: "Sheet1!A1:C4", quotes around names with spaces). */
import { cellAddress } from "../../src/engine/address";
import type { Rect } from "./state";

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B2:D9" (a single cell is "Sheet1!B2"), as Range.address returns it. */
export function rectAddress(sheet: string, rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  const last = cellAddress(rect.top + rect.rows - 1, rect.left + rect.columns - 1);
  return `${quoteSheet(sheet)}!${first === last ? first : `${first}:${last}`}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B2", "B2:D9", "Sheet1!B2:D9", "'My sheet'!A1", "A:A" (whole columns) into a sheet name (if any) and rect. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | undefined {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let ref = address;
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const parts = ref.replace(/\$/g, "").split(":");
  const cells = parts.map((p) => /^([A-Za-z]{1,3})?(\d+)?$/.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2])) || parts.length > 2) return undefined;
  const [a, b] = [cells[0]!, cells[cells.length - 1]!];
  const top = a[2] ? Number(a[2]) - 1 : 0;
  const bottom = b[2] ? Number(b[2]) - 1 : 1048575;
  const left = a[1] ? columnIndex(a[1]) : 0;
  const right = b[1] ? columnIndex(b[1]) : 16383;
  return { sheet, rect: { top, left, rows: bottom - top + 1, columns: right - left + 1 } };
}
