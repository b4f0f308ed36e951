/**
 * Plain-text tables for stdout: the first `leftColumns` columns (texts) left-aligned, the others
 * right-aligned, a rule under the header and, when asked, above the last row
 * (a total). Numbers formatted the same way in every table the command line prints.
 *
 * @example
 * alignedTable([["Segment", "Rows"], ["Current", "12"], ["Total", "12"]], true).join("\n")
 * //=> "Segment  Rows\n-------  ----\nCurrent    12\n-------  ----\nTotal      12"
 */
export function alignedTable(rows: readonly (readonly string[])[], totalLast: boolean, leftColumns = 1): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const table = rows.map(line);
  table.splice(1, 0, rule);
  if (totalLast && rows.length > 1) table.splice(table.length - 1, 0, rule);
  return table;
}

export function count(n: number): string {
  return n.toLocaleString("en-US");
}

export function money(n: number): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
