"use strict";
/**
 * The styled ledger of issue 12, as an .xlsx file: 12 columns (dates as dates
 * with a date format, amounts with a number format), a frozen header row, an
 * autofilter over the data, and a second sheet whose formula sums the
 * balances. Written with ExcelJS's streaming writer (a third-party writer:
 * the product reads files it did not write itself).
 *
 *   node bench/styledLedger.js <rows> <file.xlsx>
 */
const ExcelJS = require("exceljs");
const { ledgerRows } = require("./generateLedger");

const WIDTH = 12;
const DATE = "yyyy-mm-dd";
const MONEY = "#,##0.00";
/** Column formats by header: dates and amounts. */
const FORMATS = {
  "Invoice Date": DATE,
  "Due Date": DATE,
  "Paid Date": DATE,
  "Promise Date": DATE,
  Amount: MONEY,
  "Open Balance": MONEY,
  "Credit Limit": MONEY,
};

async function writeStyledLedger(rows, file) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = writer.addWorksheet("AR Ledger", { views: [{ state: "frozen", ySplit: 1 }] });
  let header;
  let n = 0;
  for (const row of ledgerRows({ rows, dates: "date" })) {
    const cells = row.slice(0, WIDTH).map((v) => (v === "" ? null : v));
    if (!header) {
      header = cells;
      sheet.columns = header.map((h) => ({ key: String(h), width: 16, style: FORMATS[h] ? { numFmt: FORMATS[h] } : {} }));
      const added = sheet.addRow(cells);
      added.font = { bold: true };
      added.commit();
      continue;
    }
    sheet.addRow(cells).commit();
    n++;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: n + 1, column: WIDTH } };
  sheet.commit();
  const totals = writer.addWorksheet("Totals");
  totals.addRow(["Open balance, all rows"]).commit();
  totals.addRow([{ formula: `SUM('AR Ledger'!F2:F${n + 1})` }]).commit();
  totals.commit();
  await writer.commit();
}

module.exports = { writeStyledLedger };

if (require.main === module) {
  writeStyledLedger(Number(process.argv[2] || 100000), process.argv[3] || "ledger.xlsx").catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}
