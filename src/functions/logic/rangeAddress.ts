/** Where a range argument sits, for messages that name the real cell. */
export interface RangeAddress {
  readonly sheet?: string;
  /** 0-based sheet row and column of the range's top-left cell. */
  readonly top: number;
  readonly left: number;
}

/**
 * Reads an address as Excel gives it in `invocation.parameterAddresses`:
 * `Sheet1!A2:K2`, `'AR 2026'!$B$5`, `[Book1]Sheet1!A2`. Undefined when the
 * argument was not a range (an array constant or a computed array).
 *
 * @example parseRangeAddress("'AR 2026'!$B$5:$K$9") //=> { sheet: "AR 2026", top: 4, left: 1 }
 */
export function parseRangeAddress(address: string | undefined): RangeAddress | undefined {
  if (!address) return undefined;
  const bang = address.lastIndexOf("!");
  const sheetPart = bang >= 0 ? address.slice(0, bang) : "";
  const cellPart = address.slice(bang + 1);
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::|$)/.exec(cellPart);
  if (!match) return undefined;
  const left = [...match[1].toUpperCase()].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
  const top = Number(match[2]) - 1;
  return sheetPart === "" ? { top, left } : { sheet: sheetName(sheetPart), top, left };
}

function sheetName(part: string): string {
  let name = part;
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  // An external reference carries its workbook: [Book1.xlsx]Sheet1.
  const close = name.lastIndexOf("]");
  return close >= 0 ? name.slice(close + 1) : name;
}
