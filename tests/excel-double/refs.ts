/**
 * How proxies find what they stand for at sync time. A worksheet proxy binds
 * to the sheet it first finds and keeps that identity: once that sheet is
 * deleted, every later command through the proxy fails with ItemNotFound, as
 * Excel does for a sheet deleted between two syncs.
 */
import { ExcelDoubleError } from "./errors";
import type { ApiVersion, BookState, SheetState } from "./state";

export type SheetRef = () => SheetState;

export function sheetByName(book: BookState, name: string, location: string): SheetRef {
  let bound: SheetState | undefined;
  return () => {
    if (!bound) bound = book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!bound || !book.sheets.includes(bound)) throw new ExcelDoubleError("ItemNotFound", location);
    return bound;
  };
}

export function sheetByIdentity(book: BookState, sheet: SheetState, location: string): SheetRef {
  return () => {
    if (!book.sheets.includes(sheet)) throw new ExcelDoubleError("ItemNotFound", location);
    return sheet;
  };
}

const ORDER: Record<ApiVersion, number> = { "1.7": 7, "1.8": 8, "1.9": 9, "1.16": 16 };

/** True when the double's ExcelApi version includes `1.minor`. */
export function supports(book: BookState, minor: number): boolean {
  return ORDER[book.apiVersion] >= minor;
}

/** Fails at sync with ApiNotFound when the API is newer than the double's version. */
export function requireApi(book: BookState, minor: number, location: string): void {
  if (!supports(book, minor)) throw new ExcelDoubleError("ApiNotFound", location);
}

/** Writes to a protected sheet fail with AccessDenied (see errors.ts). */
export function requireUnprotected(sheet: SheetState, location: string): void {
  if (sheet.protected) throw new ExcelDoubleError("AccessDenied", location);
}

/**
 * Fails a command made to fail by a test (`excel.failAt(location, code)`): the way to stand for
 * an Excel that refuses a step (a PivotTable it cannot build, a chart on a busy host), once.
 */
export function injectedFailure(book: BookState, location: string): void {
  const code = book.failures.get(location);
  if (code === undefined) return;
  book.failures.delete(location);
  throw new ExcelDoubleError(code as never, location);
}
