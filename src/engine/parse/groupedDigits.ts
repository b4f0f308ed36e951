/**
 * The digits of an amount with their separators (`1.234.567,89`, `1 234,5`,
 * `1'234.50`): which separator is decimal, and whether the grouping is real.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Space, tab, no-break space, narrow no-break space, thin space: all appear as thousands gaps.
const isGap = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019; // ' ’: 1'234.50

/** Kinds of separator between digits; a Gap (space or apostrophe) only ever groups thousands. */
const Sep = { None: 0, Dot: 1, Comma: 2, Gap: 3 } as const;
type Sep = (typeof Sep)[keyof typeof Sep];

function sepKind(c: number): Sep {
  if (c === 46) return Sep.Dot;
  if (c === 44) return Sep.Comma;
  if (isGap(c)) return Sep.Gap;
  return Sep.None;
}

/**
 * The value of the digits and separators in text[from, to), which starts with a
 * digit or a separator and ends with a digit; NaN when the grouping is not a
 * consistent thousands grouping.
 */
export function parseGroupedDigits(text: string, from: number, to: number): number {
  let dots = 0;
  let commas = 0;
  let gaps = 0;
  let lastSep: Sep = Sep.None;
  let lastSepAt = -1;
  for (let i = from; i < to; i++) {
    const kind = sepKind(text.charCodeAt(i));
    if (kind === Sep.None) {
      if (!isDigit(text.charCodeAt(i))) return NaN;
      continue;
    }
    if (i > from && sepKind(text.charCodeAt(i - 1)) !== Sep.None) return NaN; // two separators in a row
    if (kind === Sep.Dot) dots++;
    else if (kind === Sep.Comma) commas++;
    else gaps++;
    lastSep = kind;
    lastSepAt = i;
  }

  // The decimal separator is the last one, if it is a dot or comma that occurs once.
  let decimalAt = -1;
  let group: Sep = Sep.None;
  if (lastSep === Sep.Dot || lastSep === Sep.Comma) {
    const same = lastSep === Sep.Dot ? dots : commas;
    const other = lastSep === Sep.Dot ? commas : dots;
    if (same > 1) {
      if (other > 0 || gaps > 0) return NaN;
      group = lastSep; // 1.234.567 or 1,234,567
    } else if (other > 0 || gaps > 0) {
      if (other > 0 && gaps > 0) return NaN;
      decimalAt = lastSepAt;
      group = other > 0 ? (lastSep === Sep.Dot ? Sep.Comma : Sep.Dot) : Sep.Gap;
    } else if (lastSep === Sep.Comma && to - lastSepAt - 1 === 3 && looksLikeThousands(text, from, lastSepAt)) {
      group = Sep.Comma; // 1,234 and 12,500: amounts with three decimals are rare
    } else {
      decimalAt = lastSepAt; // 1.234 and 1,5: a single dot is always decimal
    }
  } else if (lastSep === Sep.Gap) {
    if (dots > 0 || commas > 0) return NaN;
    group = Sep.Gap;
  }

  // Read the digits, checking that groups are 1-3 digits then exactly 3.
  let mantissa = 0; // all digits as one integer: exact while below 2^53
  let digits = 0;
  let run = 0;
  let groups = 0;
  const intEnd = decimalAt < 0 ? to : decimalAt;
  for (let i = from; i < intEnd; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      run++;
      continue;
    }
    if (sepKind(c) !== group) return NaN;
    if (groups === 0 ? run < 1 || run > 3 : run !== 3) return NaN;
    groups++;
    run = 0;
  }
  if (groups > 0 && run !== 3) return NaN;
  let scale = 1;
  for (let i = decimalAt + 1; decimalAt >= 0 && i < to; i++) {
    mantissa = mantissa * 10 + (text.charCodeAt(i) - 48);
    digits++;
    scale *= 10;
  }
  // Dividing two exact integers rounds once, like Number("1234.56") does.
  if (digits <= 15) return mantissa / scale;
  return Number(digitsOnly(text, from, intEnd) + (decimalAt < 0 ? "" : "." + text.slice(decimalAt + 1, to)));
}

/** The digits of text[from, to) without separators (the rare path for 16+ digits). */
function digitsOnly(text: string, from: number, to: number): string {
  let out = "0";
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) out += text[i];
  return out;
}

/** The integer part before a lone comma is 1-3 digits and not a lone zero (0,500 is a half). */
function looksLikeThousands(text: string, from: number, commaAt: number): boolean {
  const length = commaAt - from;
  return length >= 1 && length <= 3 && !(length === 1 && text.charCodeAt(from) === 48);
}
