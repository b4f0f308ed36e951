/** The custom functions' problems in English: the texts as they have always been. */
import { describeIssue } from "../../../engine/issues";
import { describeRunError } from "../../../workbook/errors";
import type { FunctionTexts } from "./types";

const EDGES: FunctionTexts["edges"] = {
  notWhole: "every edge must be a whole number of days, 0 or more",
  firstNotZero: "the first edge must be 0 (the Current bucket)",
  notAscending: "each edge must be greater than the one before it",
  tooMany: "give at most 12 edges",
};

const shown = (headers: readonly string[]): string =>
  headers
    .filter((h) => h !== "")
    .slice(0, 6)
    .join(", ");

export const functionsEn: FunctionTexts = {
  edges: EDGES,
  problems: {
    engine: (p) => describeIssue(p.issue, "en"),
    config: (p) => `The segmentation settings saved in this workbook could not be used: ${describeRunError(p.error, "en")}`,
    headersShape: (p) => `headers must be one row of column names; it has ${p.rows} rows and ${p.columns} columns.`,
    widthMismatch: (p) =>
      `headers has ${p.headers} columns but row has ${p.row}: give both ranges the same columns (e.g. A1:K1 and A2:K2).`,
    headersNotRecognised: (p) =>
      `headers (${shown(p.headers) || "empty"}) are not recognised as a header row: give the ledger's column names, such as Customer, Amount and Due date.`,
    errorInput: (p) => `${p.argument}${p.cell ? ` (cell ${p.cell})` : ""} holds the error ${p.error}; fix that cell first.`,
    badDate: (p) => `${p.argument}: "${p.text}" is not a date. Give a date cell, a date serial number or text such as 2026-03-31.`,
    ambiguousDate: (p) => `${p.argument}: "${p.text}" can be read day-first or month-first. Write it as YYYY-MM-DD or use a date cell.`,
    badNumber: (p) => `${p.argument}: "${p.text}" is not a number.`,
    badEdges: (p) => `edges (${p.text}): ${EDGES[p.detail]}. Example: {0,30,60,90}.`,
  },
};
