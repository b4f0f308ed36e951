/**
 * What the running Excel offers, read through requirement sets and handed
 * around as a typed object, so no other module asks Office directly.
 */

export interface Capabilities {
  /** Worksheet.protection.protected (ExcelApi 1.2). */
  readonly protection: boolean;
  /** workbook.functions, which tells the date system (ExcelApi 1.2). */
  readonly functions: boolean;
  /** workbook.settings, workbook.names.add, getUsedRangeOrNullObject, table column names at creation (ExcelApi 1.4). */
  readonly settings: boolean;
  /** Range.conditionalFormats, suspendApiCalculationUntilNextSync and worksheet.calculate (ExcelApi 1.6). */
  readonly conditionalFormats: boolean;
  /** worksheet.pivotTables.add and its hierarchies (ExcelApi 1.8). */
  readonly pivotTables: boolean;
  /** application.suspendScreenUpdatingUntilNextSync and workbook.getSelectedRanges (ExcelApi 1.9). */
  readonly suspendScreenUpdating: boolean;
  /** Table.resize (ExcelApi 1.13). */
  readonly tableResize: boolean;
}

export type IsSetSupported = (name: string, version?: string) => boolean;

/** Everything off: what an add-in may assume when it cannot ask. */
export const NO_CAPABILITIES: Capabilities = {
  protection: false,
  functions: false,
  settings: false,
  conditionalFormats: false,
  pivotTables: false,
  suspendScreenUpdating: false,
  tableResize: false,
};

/**
 * Reads the capabilities from `isSetSupported` (the Office one by default).
 * Never throws: outside Office (tests, a plain web page) everything is off.
 *
 * @example
 * readCapabilities((set, v) => set === "ExcelApi" && v <= "1.8").pivotTables //=> true
 */
export function readCapabilities(isSetSupported?: IsSetSupported): Capabilities {
  const check = isSetSupported ?? officeIsSetSupported();
  return check ? capabilitiesFrom(check) : NO_CAPABILITIES;
}

/**
 * The capabilities once Office can answer, else undefined: before `Office.onReady`
 * `Office.context` is not there yet, and an answer read then ("nothing is supported")
 * must not be kept for the rest of the session.
 *
 * @example
 * officeCapabilities() //=> undefined before Office.onReady, Capabilities after
 */
export function officeCapabilities(): Capabilities | undefined {
  const check = officeIsSetSupported();
  return check ? capabilitiesFrom(check) : undefined;
}

function capabilitiesFrom(check: IsSetSupported): Capabilities {
  const has = (version: string): boolean => {
    try {
      return check("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    protection: has("1.2"),
    functions: has("1.2"),
    settings: has("1.4"),
    conditionalFormats: has("1.6"),
    pivotTables: has("1.8"),
    suspendScreenUpdating: has("1.9"),
    tableResize: has("1.13"),
  };
}

function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined") return undefined;
  const requirements = Office.context?.requirements;
  return requirements ? (name, version) => requirements.isSetSupported(name, version) : undefined;
}
