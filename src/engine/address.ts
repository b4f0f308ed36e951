/**
 * Column letters for a 0-based column index.
 *
 * @example
 * columnLetters(0)  //=> "A"
 * columnLetters(27) //=> "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A1 address of a 0-based sheet row and column.
 *
 * @example
 * cellAddress(4, 2) //=> "C5"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
