/**
 * One array holding the chunks' bytes in order.
 *
 * @example
 * concatBytes([Uint8Array.of(1), Uint8Array.of(2, 3)]) //=> Uint8Array [1, 2, 3]
 */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
