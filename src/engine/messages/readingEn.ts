import type { ReadingTexts } from "./readingTypes";

export const readingEn: ReadingTexts = {
  fields: {
    customer: "Customer",
    invoice: "Invoice",
    balance: "Open balance",
    amount: "Invoice amount",
    invoiceDate: "Invoice date",
    dueDate: "Due date",
    paidDate: "Paid date",
    daysPastDue: "Days past due",
    creditLimit: "Credit limit",
    creditScore: "Credit score",
    riskClass: "Risk class",
    disputed: "Disputed",
    promiseDate: "Promise-to-pay date",
    brokenPromises: "Broken promises",
    phone: "Phone",
    email: "E-mail",
    industry: "Industry / segment",
    currency: "Currency",
    customerSince: "Customer since",
    status: "Status",
    documentType: "Document type",
  },
  column: (header, letter) => `"${header}" (${letter})`,
  noHeader: (letter) => `column ${letter} (no header)`,
  ledger: "a ledger",
  agingSummary: "an aging summary (one row per customer, buckets as columns)",
  asGiven: "as given",
  fromTitle: (cell, text) => `from the title in ${cell}: "${text}"`,
  today: "today, as nothing else gave a date",
  headline: (sheet, headerRow, layout, asOf) =>
    asOf
      ? `Sheet "${sheet}": header in row ${headerRow}, read as ${layout}; as of ${asOf.date} (${asOf.why}).`
      : `Sheet "${sheet}": header in row ${headerRow}, read as ${layout}.`,
  mapped: " (mapped)",
  amountAsBalance: " (no balance column: the invoice amount)",
  agingBucket: "Aging bucket",
  bucketFrom: (column, lowerEdge) => `${column}, from ${lowerEdge} days past due`,
  left: (column, field, used, rule) => `Left: ${column} could be the ${field}; ${used} is used: ${rule}.`,
  rules: {
    betterName: "its header names the field more exactly",
    original: "the original, not a numbered copy",
    localCurrency: "the amount in local currency",
    accountNumber: "the account number rather than the name",
    documentDate: "the document date rather than the posting date",
    leftmost: "the leftmost of equal columns",
  },
  notRead: (text) => `Not read: ${text}`,
  forecast: (column, field) => `${column} names a forecast, so it is not the ${field}.`,
  contradicts: (column, field, found, cell, text) => {
    const holds = { dates: "dates", words: "words", yesNo: "yes/no values", numbers: `numbers that are not a ${field.toLowerCase()}` }[
      found
    ];
    return `${column} holds ${holds} (e.g. ${cell}: "${text}"), so it is not the ${field}.`;
  },
  dateOrder: (order, how) => {
    const name = { DMY: "day first (31/03/2026)", MDY: "month first (03/31/2026)", YMD: "year first (2026-03-31)" }[order];
    const why = {
      given: "as configured",
      detected: "a date such as 31/03 settles it",
      assumed: "no date settles it; the headers' language says so",
    }[how];
    return `Text dates are read ${name}: ${why}.`;
  },
  headingRows: (count) => `${count} section heading, footer or note rows are not items.`,
  carriedCustomers: (count) => `${count} rows take their customer from the section heading above them.`,
  note: (text) => `Note: ${text}`,
  asOfFarAfterData: (today, latest) =>
    `the as-of date is today (${today}), but the ledger's latest date is ${latest}: everything may look overdue. Give the report's date (--as-of ${latest}, or "asOf" in the configuration).`,
  unknownStatus: (column, values) =>
    `${column} holds status texts that say nothing known, read as empty: ${values.map((v) => `"${v.text}" (${v.rows})`).join(", ")}.`,
};
