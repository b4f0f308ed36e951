/**
 * The codes of what can be wrong with a file a workbook face opens: what the
 * file turned out to be, and how a workbook package is damaged. Worded in
 * src/workbook/errors.ts, in one place with every other message.
 */

/** What a file that is not an .xlsx workbook turned out to be. */
export type FileNature = "xls" | "ods" | "opendocument" | "word" | "powerpoint" | "zip" | "ole" | "text" | "empty" | "unknown";

/** What can be wrong with a zip archive's structure. */
export type ZipDefect = "notZip" | "truncated" | "badDirectory" | "badEntry" | "unsupportedMethod" | "encryptedEntry";

/** How a workbook package is damaged. */
export type PackageDefect = ZipDefect | "corrupt" | "missingPart" | "badXml";
