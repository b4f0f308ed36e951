/**
 * How Excel calls a custom function, for the custom functions' tests: a range
 * argument arrives as a matrix of the cells' values, and an empty cell arrives
 * as `0` on Excel desktop and as `null` on Excel on the web (OfficeDev/office-js
 * #4702, #5262, #1951) — never as "" — while a formula that shows nothing
 * (`=IF(…,"")`) arrives as "". With `requiresParameterAddresses` in the
 * metadata, the invocation carries each argument's address
 * (CustomFunctions.Invocation.parameterAddresses, CustomFunctionsRuntime 1.3).
 */
import { parseAddress, rectAddress } from "./addresses";
import type { ExcelDouble } from "./index";
import { cellKey, readCell } from "./state";

/** Which Excel calls: desktop passes an empty cell as 0, the web as null; "text" passes "" (what the code once expected). */
export type FunctionHost = "desktop" | "web" | "text";

const EMPTY: Readonly<Record<FunctionHost, 0 | null | "">> = { desktop: 0, web: null, text: "" };

/** The value matrix Excel hands a function for `address` on `sheet`. */
export function rangeArgument(excel: ExcelDouble, sheet: string, address: string, host: FunctionHost): unknown[][] {
  const state = excel.sheet(sheet).state;
  const rect = parseAddress(address)!.rect;
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) => {
      const row = rect.top + r;
      const column = rect.left + c;
      const value = readCell(state, row, column);
      if (value === "" && !state.formulas.has(cellKey(row, column))) return EMPTY[host];
      return value;
    }),
  );
}

/** The invocation Excel passes with `requiresParameterAddresses`: the addresses of the arguments, as Excel writes them. */
export function invocationFor(sheet: string, ...addresses: string[]): { parameterAddresses: string[] } {
  return { parameterAddresses: addresses.map((a) => rectAddress(sheet, parseAddress(a)!.rect)) };
}
