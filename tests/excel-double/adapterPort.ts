/** The Office adapter wired to a double: its `run` and its requirement sets. */
import { readCapabilities } from "../../src/excel/capabilities";
import { createOfficePort } from "../../src/excel/officeWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import type { ExcelDouble } from "./index";

export function officePortFor(excel: ExcelDouble): WorkbookPort {
  return createOfficePort({ run: excel.run, requirements: readCapabilities(excel.requirements.isSetSupported) });
}
