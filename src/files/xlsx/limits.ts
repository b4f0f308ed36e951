/**
 * How much a workbook's parts may inflate to. A part stated larger is refused
 * before a byte of it is inflated; a part that inflates past what its zip
 * entry states (a zip bomb that lies) is stopped there.
 */
export const PART_LIMITS = {
  /** The sheet being segmented, read as a stream: twice a full Excel sheet of 18 plain columns. */
  sheet: 2 * 1024 ** 3,
  /** Shared strings, read as a stream; only the strings are kept. */
  sharedStrings: 512 * 1024 ** 2,
  /** Parts read whole: workbook, relationships, content types, styles, tables, settings. */
  small: 64 * 1024 ** 2,
} as const;

export type PartLimits = { readonly [K in keyof typeof PART_LIMITS]: number };
