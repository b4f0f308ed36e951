/** The faces' messages in English: the texts as they have always been. */
import type { FileNature, PackageDefect } from "../../files/fileProblems";
import type { FaceTexts } from "./types";

const count = (n: number): string => n.toLocaleString("en-US");

const NATURE: Record<FileNature, string> = {
  xls: "an Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an .xlsx workbook",
  ods: "an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an .xlsx workbook",
  opendocument: "an OpenDocument file, not a spreadsheet",
  word: "a Word document",
  powerpoint: "a PowerPoint presentation",
  zip: "a zip archive with no workbook in it",
  ole: "an OLE compound file that holds no workbook",
  text: "a text file (if it holds comma-separated values, name it .csv)",
  empty: "empty (0 bytes)",
  unknown: "not a workbook (its bytes are neither a zip archive nor text)",
};

const DEFECT: Record<PackageDefect, string> = {
  notZip: "it is not a zip archive",
  truncated: "it ends too early (a copy or a download that did not finish?)",
  badDirectory: "its zip directory is damaged",
  badEntry: "a part of it is damaged",
  unsupportedMethod: "a part of it is compressed in a way xlsx files never are",
  encryptedEntry: "a part of it is encrypted with a zip password",
  corrupt: "a part of it does not inflate as its zip entry says",
  missingPart: "a part every workbook has is missing",
  badXml: "a sheet's XML is not SpreadsheetML as Excel writes it",
};
const hint = " Run `arseg --help` for the options.";

export const facesEn: FaceTexts = {
  errors: {
    fileNotFound: (e) => `File "${e.file}" does not exist.`,
    unreadableFile: (e) => `File "${e.file}" could not be read: ${e.detail}`,
    unsupportedFile: (e) => `File "${e.file}" is neither an .xlsx workbook nor a .csv file.`,
    unclosedQuote: (e) =>
      `File "${e.file}", line ${e.line}: a quote opens a field there and is never closed, so the rest of the file would be read as one cell. Close the quote (write "" for a quote inside a quoted field) and run again.`,
    quoteRunsOn: (e) =>
      `File "${e.file}", line ${e.line}: a quote opens a field there that runs on to line ${e.endLine} and ends in the middle of a field, so the lines between would be read as one cell. Close the quote on line ${e.line} (write "" for a quote inside a quoted field) and run again.`,
    sheetNotFound: (e) => `There is no sheet "${e.sheet}". Sheets: ${e.sheets.join(", ")}.`,
    emptySheet: (e) => `Sheet "${e.sheet}" is empty.`,
    sheetTooLarge: (e) =>
      `Sheet "${e.sheet}" has ${count(e.cells)} cells in its data region, more than ${count(e.limit)}. Select the ledger's columns and use "Use selection".`,
    multipleAreas: (e) =>
      `Sheet "${e.sheet}": the selection has several areas${e.areas.length > 0 ? ` (${e.areas.join(", ")})` : ""}. Select one block of cells (the ledger with its header row) and use "Use selection" again; nothing was read.`,
    noRoomForColumns: (e) =>
      `Sheet "${e.sheet}": the ${e.columns} output columns would start at column ${e.firstColumn} and run past the last column of the sheet (XFD). Nothing was written. Select only the ledger's columns, or move the ledger left.`,
    columnsOccupied: (e) =>
      `Sheet "${e.sheet}": the columns right of the data are not empty (${e.cells.slice(0, 5).join(", ")}${e.cells.length > 5 ? ", …" : ""}). Nothing was written. Clear or move those cells, or allow the add-in to write there.`,
    protectedSheet: (e) => `Sheet "${e.sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and run again; nothing was changed.`,
    cellEditMode: (e) => `Excel is editing a cell on sheet "${e.sheet}". Press Enter or Esc to leave the cell, then run again.`,
    sheetDeleted: (e) =>
      `Sheet "${e.sheet}" was deleted or renamed while the segmentation ran. Nothing more was written; run again on the sheet you want.`,
    payloadTooLarge: (e) =>
      `Sheet "${e.sheet}": Excel refused a block of data as too large even in small pieces. Run on a selection of the columns the segmentation needs.`,
    cancelled: () => "Cancelled. Nothing was written.",
    settingsFailed: (e) => `The configuration could not be saved in the workbook: ${e.detail}`,
    officeError: (e) => `Excel reported "${e.code}" on sheet "${e.sheet}": ${e.detail}`,
    outputNotWritable: (e) => `Output file "${e.file}" could not be written: ${e.detail}. The input was not changed.`,
    outputIsLink: (e) =>
      `Output "${e.file}" is a symbolic link (to "${e.linkTarget}"). Outputs are never written through a link or over one: name the file itself with --out, or remove the link. Nothing was written.`,
    outputNotAFile: (e) => `Output "${e.file}" is a folder or a device, not a file. Choose a file name. Nothing was written.`,
    outputReadOnly: (e) =>
      `Output file "${e.file}" is read-only, so it is not replaced. Make it writable or choose another --out. Nothing was written.`,
    notAWorkbook: (e) => `File "${e.file}" is not an .xlsx workbook: it is ${NATURE[e.nature]}. Nothing was written.`,
    encryptedWorkbook: (e) =>
      `File "${e.file}" is encrypted with a password. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it and run again. Nothing was written.`,
    damagedWorkbook: (e) =>
      `File "${e.file}" is damaged: ${DEFECT[e.defect]}${e.part ? ` (${e.part})` : ""}. Open it in Excel to repair it, or export it again. Nothing was written.`,
    partTooLarge: (e) =>
      `File "${e.file}": part ${e.part} inflates to more than ${count(Math.round(e.limit / 1048576))} MB, the most arseg reads (a sheet far past Excel's grid, or a zip bomb). Nothing was written.`,
    pastExcelGrid: (e) =>
      `Sheet "${e.sheet}" of "${e.file}" reaches ${e.row > 1048576 ? `row ${count(e.row)}` : `column ${count(e.column)}`}, past Excel's grid of 1,048,576 rows × 16,384 columns. Nothing was written.`,
  },
  summaryNotes: {
    pivotUnsupported: () =>
      "This version of Excel does not let add-ins create PivotTables (ExcelApi 1.8), so the summary is a plain table with the same figures.",
    pivotFailed: (n) =>
      `Excel could not build the PivotTable ("${n.code}": ${n.detail}), so the summary is a plain table with the same figures.`,
  },
  usage: {
    unknownOption: (e) => `Unknown option "${e.option}".${hint}`,
    missingValue: (e) => `Option ${e.option} needs a value.${hint}`,
    badValue: (e) => `Option ${e.option} does not accept "${e.value}". Use one of: ${e.allowed.join(", ")}.`,
    missingInput: (e) => {
      if (e.command !== undefined)
        return `Name the ledger: arseg ${e.command} <ledger.xlsx|ledger.csv> [options]. Run \`arseg ${e.command} --help\` for the options.`;
      return `Name the ledger to segment: arseg <input.xlsx|input.csv> [options].${hint}`;
    },
    requiredOption: (e) => `arseg ${e.command} needs ${e.options.join(", or ")}. Run \`arseg ${e.command} --help\` for the options.`,
    extraArgument: (e) => `Unexpected argument "${e.argument}": give one input file.${hint}`,
    repeatedOption: (e) => `Option ${e.option} is given more than once.`,
    conflictingOptions: (e) => `Options ${e.first} and ${e.second} cannot be used together.`,
    outputIsInput: (e) => `The output file "${e.file}" is the input file. The input is never overwritten: choose another --out.`,
    sameOutput: (e) => `Options --out and --summary-json both name "${e.file}": give each output its own file.`,
    missingOption: (e) =>
      `arseg ${e.command} needs ${[e.option, ...(e.alternatives ?? [])].join(" or ")}. Run \`arseg ${e.command} --help\` for the options.`,
    summaryNotJson: (e) => `Option --summary-json writes JSON: name a .json file, not "${e.file}".`,
  },
};
