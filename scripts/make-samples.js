#!/usr/bin/env node
"use strict";
/**
 * Writes the sample ledgers the README's commands use, from the same seeded
 * generator as the tests and benchmarks (bench/generateLedger.js):
 *
 *   assets/sample-ledger.xlsx     English, a title row above the header, real date cells
 *   assets/sample-ledger.csv      English, comma-separated, ISO dates
 *   assets/sample-ledger-es.xlsx  Spanish headers, the data as an Excel table
 *   assets/sample-ledger-pt.csv   Portuguese, ";"-separated, DD/MM/YYYY dates, 1.234,56 amounts,
 *                                 CRLF and a byte-order mark, as Excel's "CSV UTF-8" writes it
 *
 * Every ledger is aged at 2025-06-30; run `node scripts/make-samples.js` to rebuild them.
 */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { generateLedger, ledgerCsvLines } = require("../bench/generateLedger");

const ROWS = 400;
const AS_OF = "2025-06-30";
const FIXED = new Date(Date.UTC(2025, 5, 30, 9, 0, 0));
const assets = path.join(__dirname, "..", "assets");

const DATE_COLUMNS = [3, 4, 7, 11];
const MONEY_COLUMNS = [5, 6, 8];

function styleLedger(sheet, headerRow) {
  sheet.getRow(headerRow).font = { bold: true };
  for (const c of DATE_COLUMNS) sheet.getColumn(c).numFmt = "yyyy-mm-dd";
  for (const c of MONEY_COLUMNS) sheet.getColumn(c).numFmt = "#,##0.00";
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : i === 13 ? 30 : 14));
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
}

function stamp(workbook) {
  workbook.creator = "arseg samples";
  workbook.created = FIXED;
  workbook.modified = FIXED;
}

async function englishWorkbook() {
  const rows = generateLedger({ rows: ROWS, seed: 7, asOf: AS_OF, dates: "date" });
  const workbook = new ExcelJS.Workbook();
  stamp(workbook);
  const sheet = workbook.addWorksheet("AR Ledger");
  sheet.addRow([`Accounts receivable, open items and recent payments, as of ${AS_OF}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  rows.forEach((row) => sheet.addRow(row.map((v) => (v === "" ? null : v))));
  styleLedger(sheet, 3);
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: rows[0].length } };
  await workbook.xlsx.writeFile(path.join(assets, "sample-ledger.xlsx"));
}

async function spanishWorkbook() {
  const rows = generateLedger({ rows: ROWS, seed: 11, asOf: AS_OF, dates: "date", locale: "es" });
  const workbook = new ExcelJS.Workbook();
  stamp(workbook);
  const sheet = workbook.addWorksheet("Cartera");
  sheet.addTable({
    name: "Cartera",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: rows[0].map((name) => ({ name, filterButton: true })),
    rows: rows.slice(1).map((row) => row.map((v) => (v === "" ? null : v))),
  });
  styleLedger(sheet, 1);
  await workbook.xlsx.writeFile(path.join(assets, "sample-ledger-es.xlsx"));
}

function csvFiles() {
  const en = [...ledgerCsvLines({ rows: ROWS, seed: 7, asOf: AS_OF })];
  fs.writeFileSync(path.join(assets, "sample-ledger.csv"), en.join("\n") + "\n");
  const pt = [...ledgerCsvLines({ rows: ROWS, seed: 13, asOf: AS_OF, locale: "pt", delimiter: ";" })];
  fs.writeFileSync(path.join(assets, "sample-ledger-pt.csv"), "\uFEFF" + pt.join("\r\n") + "\r\n");
}

async function main() {
  fs.mkdirSync(assets, { recursive: true });
  await englishWorkbook();
  await spanishWorkbook();
  csvFiles();
  process.stdout.write(`Wrote 4 sample ledgers of ${ROWS} rows to ${assets}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
