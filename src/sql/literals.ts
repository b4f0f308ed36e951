/**
 * Numbers as SQL literals. A fraction is cast to a double, so the database
 * computes as the engine does (in binary floating point) rather than in exact
 * decimals, which round differently.
 */

/**
 * @example lit(30) //=> "30"
 * @example lit(-8) //=> "(-8)"
 * @example lit(0.35) //=> "CAST(0.35 AS DOUBLE PRECISION)"
 */
export function lit(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 53) return n < 0 ? `(${n})` : String(n);
  return `CAST(${String(n)} AS DOUBLE PRECISION)`;
}
