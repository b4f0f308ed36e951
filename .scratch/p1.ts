import ExcelJS from "exceljs";
import { XlsxBook } from "../src/xlsx/book";
import { createXlsxPort } from "../src/xlsx/xlsxPort";
(async () => {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet("Data");
  ws.addRow(["Customer","Invoice","Amount","Due"]);
  for (let k=0;k<45000;k++) ws.addRow([`C${k}`, `I${k}`, k, 46000]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
  let t = Date.now();
  const book = await XlsxBook.open(bytes, { fileName: "x" }); if (!book.ok) throw 1;
  console.log("open", Date.now()-t); t=Date.now();
  const port = createXlsxPort(book.value);
  let n=0; const r = await port.readRegionBlocks({}, () => (rows) => { n+=rows.length; });
  console.log("read", Date.now()-t, n, r.ok);
})();
