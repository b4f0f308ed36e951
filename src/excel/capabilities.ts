/**
 * What the running Excel offers, read once through requirement sets and
 * handed around as a typed object, so no other module asks Office directly.
 */

export interface Capabilities {
  /** Worksheet.protection.protected (ExcelApi 1.2). */
  readonly protection: boolean;
  /** workbook.settings, getUsedRangeOrNullObject, table column names at creation (ExcelApi 1.4). */
  readonly settings: boolean;
  /** Range.conditionalFormats and suspendApiCalculationUntilNextSync (ExcelApi 1.6). */
  readonly conditionalFormats: boolean;
  /** worksheet.pivotTables.add and its hierarchies (ExcelApi 1.8). */
  readonly pivotTables: boolean;
  /** application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  readonly suspendScreenUpdating: boolean;
}

export type IsSetSupported = (name: string, version?: string) => boolean;

/** Everything off: what an add-in may assume when it cannot ask. */
export const NO_CAPABILITIES: Capabilities = {
  protection: false,
  settings: false,
  conditionalFormats: false,
  pivotTables: false,
  suspendScreenUpdating: false,
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
  if (!check) return NO_CAPABILITIES;
  const has = (version: string): boolean => {
    try {
      return check("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    protection: has("1.2"),
    settings: has("1.4"),
    conditionalFormats: has("1.6"),
    pivotTables: has("1.8"),
    suspendScreenUpdating: has("1.9"),
  };
}

function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined") return undefined;
  const requirements = Office.context?.requirements;
  return requirements ? (name, version) => requirements.isSetSupported(name, version) : undefined;
}
