/** The text encodings a csv file is read in. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * A csv file's encoding, told by its byte-order mark: FF FE is UTF-16 little
 * endian (Excel's "Unicode Text" and many Windows exports), FE FF big endian;
 * anything else is read as UTF-8 (plain ASCII included).
 *
 * @example
 * encodingOf(new Uint8Array([0xff, 0xfe, 0x43, 0x00])) //=> "utf-16le"
 * encodingOf(Buffer.from("Customer,Balance"))          //=> "utf-8"
 */
export function encodingOf(start: Uint8Array): CsvEncoding {
  if (start.length >= 2 && start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start.length >= 2 && start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  return "utf-8";
}
