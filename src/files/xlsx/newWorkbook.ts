import { columnLetters } from "../../engine/address";
import type { ZipCodec } from "../zip/codec";
import { ZipWriter, type ByteSink, type PartWriter } from "../zip/zipWriter";
import { escapeXml } from "../xml/xmlText";
import { cellXml, type CellInput } from "./cellXml";
import { EMPTY_STYLESHEET } from "./styleSheet";
import { CONTENT_TYPES } from "./workbookEdit";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Rows written between two waits for the compressor. */
const FLUSH_ROWS = 1000;

/**
 * Writes a new workbook with one sheet holding rows from A1 (text as inline
 * strings, numbers as numbers): what a csv file becomes before it is
 * segmented like any workbook. Rows are added one at a time.
 *
 * @example
 * const book = await NewWorkbookWriter.start(sink, codec, "Ledger");
 * await book.row(["Customer", "Balance"]);
 * await book.finish();
 */
export class NewWorkbookWriter {
  private rows = 0;

  private constructor(
    private readonly zip: ZipWriter,
    private readonly sheet: PartWriter,
  ) {}

  static async start(sink: ByteSink, codec: ZipCodec, sheetName: string): Promise<NewWorkbookWriter> {
    const zip = new ZipWriter(sink, codec);
    await zip.add(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPES.worksheet}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPES.styles}"/></Types>`,
    );
    await zip.add(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    await zip.add(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews>` +
        `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    await zip.add(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    await zip.add("xl/styles.xml", EMPTY_STYLESHEET);
    const sheet = zip.open("xl/worksheets/sheet1.xml");
    sheet.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheetData>`);
    return new NewWorkbookWriter(zip, sheet);
  }

  /** Adds the next row; now and then returns a promise to wait on, so the compressor keeps pace. */
  row(cells: readonly CellInput[]): Promise<void> | undefined {
    const r = ++this.rows;
    let xml = "";
    for (let c = 0; c < cells.length; c++) xml += cellXml(`${columnLetters(c)}${r}`, cells[c]);
    this.sheet.write(`<row r="${r}">${xml}</row>`);
    return r % FLUSH_ROWS === 0 ? this.sheet.flush() : undefined;
  }

  /** Ends the sheet and the archive. */
  async finish(): Promise<void> {
    this.sheet.write("</sheetData></worksheet>");
    await this.sheet.close();
    await this.zip.finish();
  }
}
