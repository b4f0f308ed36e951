/** Bytes gathered before decoding: fewer, larger pieces cost less to join and search than many small ones. */
const GATHER = 1 << 18;

/**
 * UTF-8 text of a stream of byte pieces, decoded a quarter megabyte or so at a
 * time (a character cut between two pieces is decoded whole). A byte-order
 * mark is dropped.
 *
 * @example
 * for await (const text of textPieces(inflateEntry(zip, entry, options))) scanner.push(text);
 */
export async function* textPieces(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let held: Uint8Array[] = [];
  let size = 0;
  for await (const piece of bytes) {
    held.push(piece);
    size += piece.length;
    if (size < GATHER) continue;
    yield decoder.decode(join(held, size), { stream: true });
    held = [];
    size = 0;
  }
  const last = decoder.decode(join(held, size));
  if (last) yield last;
}

function join(pieces: Uint8Array[], size: number): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
