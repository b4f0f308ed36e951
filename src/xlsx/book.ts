import { fail, ok, type Result } from "../engine/result";
import { platformCodec, type ZipCodec } from "../files/zip/codec";
import { inflateEntry } from "../files/zip/inflate";
import { textPieces } from "../files/xml/textPieces";
import { dateStyles } from "../files/xlsx/dateStyles";
import { readSharedStrings } from "../files/xlsx/sharedStrings";
import { scanLayout, type SheetLayout } from "../files/xlsx/sheetLayout";
import { openPackage, partText, type WorkbookPackage } from "../files/xlsx/workbookPackage";
import { PART_LIMITS, type PartLimits } from "../files/xlsx/limits";
import type { CellContext } from "../files/xlsx/cellValues";
import type { WorkbookError } from "../workbook/errors";
import { openProblemError, streamError } from "./problems";

export interface OpenOptions {
  /** The file's name, for messages. */
  readonly fileName: string;
  readonly codec?: ZipCodec;
  readonly limits?: PartLimits;
}

/**
 * An .xlsx file opened for a run: the package's directory and small parts,
 * and what reading a sheet needs (shared strings, date styles), loaded once.
 * The file's bytes are held as they are (compressed); sheets are inflated as
 * streams when read and again when written.
 */
export class XlsxBook {
  private context?: Omit<CellContext, "prefix">;
  private readonly layouts = new Map<string, SheetLayout>();

  private constructor(
    readonly pkg: WorkbookPackage,
    readonly fileName: string,
    readonly stylesXml: string | undefined,
  ) {}

  /**
   * Opens a workbook file's bytes. A file that is not an .xlsx workbook (an
   * .xls, an .ods, an encrypted file, a damaged zip) is an error value naming
   * what it is.
   *
   * @example
   * const book = await XlsxBook.open(bytes, { fileName: "ledger.xlsx" });
   * book.ok && book.value.pkg.sheets.length //=> 2
   */
  static async open(bytes: Uint8Array, options: OpenOptions): Promise<Result<XlsxBook, WorkbookError>> {
    const opened = await openPackage(bytes, options.codec ?? platformCodec, options.limits ?? PART_LIMITS);
    if (!opened.ok) return fail(openProblemError(opened.error, options.fileName));
    const pkg = opened.value;
    let styles: string | undefined;
    if (pkg.stylesPart && pkg.archive.byName.has(pkg.stylesPart)) {
      const text = await partText(pkg.archive, pkg.codec, pkg.stylesPart, pkg.limits.small);
      if (!text.ok) return fail(openProblemError(text.error, options.fileName));
      styles = text.value;
    }
    return ok(new XlsxBook(pkg, options.fileName, styles));
  }

  /** A part's text, streamed: the sheet limit applies. */
  pieces(part: string, verify = false): AsyncGenerator<string> {
    const entry = this.pkg.archive.byName.get(part)!;
    return textPieces(inflateEntry(this.pkg.archive, entry, { codec: this.pkg.codec, limit: this.pkg.limits.sheet, verify }));
  }

  /** A small part's text, read whole. */
  async text(part: string): Promise<Result<string, WorkbookError>> {
    const read = await partText(this.pkg.archive, this.pkg.codec, part, this.pkg.limits.small);
    return read.ok ? read : fail(openProblemError(read.error, this.fileName));
  }

  /** Shared strings and date styles: what turning cells into values needs. */
  async cellContext(): Promise<Result<Omit<CellContext, "prefix">, WorkbookError>> {
    if (this.context) return ok(this.context);
    let strings: string[] = [];
    const part = this.pkg.sharedStringsPart;
    if (part && this.pkg.archive.byName.has(part)) {
      const entry = this.pkg.archive.byName.get(part)!;
      try {
        strings = await readSharedStrings(
          textPieces(inflateEntry(this.pkg.archive, entry, { codec: this.pkg.codec, limit: this.pkg.limits.sharedStrings, verify: true })),
        );
      } catch (error) {
        return fail(streamError(error, this.fileName, part, ""));
      }
    }
    this.context = { strings, dateStyles: dateStyles(this.stylesXml), date1904: this.pkg.date1904 };
    return ok(this.context);
  }

  /** A sheet's layout (used range, rightmost values, merges), scanned once. */
  async layout(sheet: string, part: string, onPiece?: () => void): Promise<Result<SheetLayout, WorkbookError>> {
    const known = this.layouts.get(part);
    if (known) return ok(known);
    const context = await this.cellContext();
    if (!context.ok) return context;
    try {
      const layout = await scanLayout(this.pieces(part, true), context.value, onPiece);
      this.layouts.set(part, layout);
      return ok(layout);
    } catch (error) {
      return fail(streamError(error, this.fileName, part, sheet));
    }
  }
}
