import type { Result } from "../result";
import { fail, ok } from "../result";
import type { ExpressionError } from "./messages";
import { EXPRESSION_MESSAGES as M } from "./messages";

/** One lexical unit of an expression; `start`/`end` are 0-based offsets into the text. */
export type Token =
  | { readonly kind: "word"; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: "field"; readonly name: string; readonly start: number; readonly end: number }
  | { readonly kind: "string"; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: "number"; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: "date"; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: "operator"; readonly op: ComparisonSymbol; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: "punct"; readonly text: "(" | ")" | "," | "-"; readonly start: number; readonly end: number }
  | { readonly kind: "end"; readonly start: number; readonly end: number };

export type ComparisonSymbol = "=" | "!=" | ">" | ">=" | "<" | "<=";

const OPERATORS: Readonly<Record<string, ComparisonSymbol>> = {
  "=": "=",
  "==": "=",
  "!=": "!=",
  "<>": "!=",
  "≠": "!=",
  ">": ">",
  ">=": ">=",
  "≥": ">=",
  "<": "<",
  "<=": "<=",
  "≤": "<=",
};

const WORD = /[\p{L}_][\p{L}\p{M}\p{N}_]*/uy;
const NAME_CHAR = /[\p{L}\p{M}\p{N}_.]/u;
const DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/y;
const MANTISSA = /\d+(?:\.\d+)?/y;
const EXPONENT = /[eE][+-]?\d+/y;
const OPERATOR_CHARS = /[=<>!≠≤≥]+/y;
const SUFFIX_EXPONENT: Readonly<Record<string, number>> = { k: 3, K: 3, m: 6, M: 6 };

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function nameCharAt(text: string, at: number): boolean {
  return at < text.length && NAME_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/** Whether y-m-d is a day of the proleptic Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

type Scan = Result<Token, ExpressionError>;

function scanNumberOrDate(text: string, start: number): Scan {
  const date = matchAt(DATE, text, start);
  if (date && !nameCharAt(text, DATE.lastIndex)) {
    const [, y, m, d] = date;
    const end = DATE.lastIndex;
    if (!isCalendarDate(Number(y), Number(m), Number(d))) return fail({ position: start, ...M.badDate(date[0]) });
    return ok({ kind: "date", value: `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`, start, end });
  }
  const mantissa = matchAt(MANTISSA, text, start)![0];
  let end = start + mantissa.length;
  let exponent = 0;
  const exp = matchAt(EXPONENT, text, end);
  if (exp && !nameCharAt(text, end + exp[0].length)) {
    exponent = Number(exp[0].slice(1));
    end += exp[0].length;
  } else if (text[end] in SUFFIX_EXPONENT && !nameCharAt(text, end + 1)) {
    // 2.5m → "2.5e6": the decimal literal is converted once, so 1.1k is exactly 1100.
    exponent = SUFFIX_EXPONENT[text[end]];
    end += 1;
  } else if (text[end] === "%") {
    end += 1;
  }
  if (nameCharAt(text, end)) {
    let stop = end;
    while (nameCharAt(text, stop)) stop += 1;
    return fail({ position: start, ...M.badNumber(text.slice(start, stop)) });
  }
  return ok({ kind: "number", value: Number(`${mantissa}e${exponent}`), start, end });
}

function scanQuoted(text: string, start: number): Scan {
  const open = text[start];
  const close = open === "“" ? "”" : open;
  let value = "";
  let at = start + 1;
  while (at < text.length) {
    const ch = text[at];
    if (ch === close) {
      // A doubled quote stands for one quote character, as in Excel formulas.
      if (open !== "“" && text[at + 1] === close) {
        value += close;
        at += 2;
        continue;
      }
      return ok({ kind: "string", value, start, end: at + 1 });
    }
    value += ch;
    at += 1;
  }
  return fail({ position: start, ...M.unclosedString() });
}

function scanBracketed(text: string, start: number): Scan {
  let name = "";
  let at = start + 1;
  while (at < text.length) {
    if (text[at] === "]") {
      if (text[at + 1] === "]") {
        name += "]";
        at += 2;
        continue;
      }
      const trimmed = name.trim();
      if (trimmed === "") return fail({ position: start, ...M.emptyBracket() });
      return ok({ kind: "field", name: trimmed, start, end: at + 1 });
    }
    name += text[at];
    at += 1;
  }
  return fail({ position: start, ...M.unclosedBracket() });
}

function scanOne(text: string, at: number): Scan {
  const ch = text[at];
  if (ch === "(" || ch === ")" || ch === "," || ch === "-") return ok({ kind: "punct", text: ch, start: at, end: at + 1 });
  if (ch === '"' || ch === "'" || ch === "“") return scanQuoted(text, at);
  if (ch === "[") return scanBracketed(text, at);
  if (ch >= "0" && ch <= "9") return scanNumberOrDate(text, at);
  const operator = matchAt(OPERATOR_CHARS, text, at);
  if (operator) {
    const op = OPERATORS[operator[0]];
    if (op === undefined) return fail({ position: at, ...M.unknownOperator(operator[0]) });
    return ok({ kind: "operator", op, text: operator[0], start: at, end: at + operator[0].length });
  }
  const word = matchAt(WORD, text, at);
  if (word) return ok({ kind: "word", text: word[0], start: at, end: at + word[0].length });
  return fail({ position: at, ...M.unexpectedCharacter(String.fromCodePoint(text.codePointAt(at) ?? 0)) });
}

/**
 * Splits an expression into tokens, ending with an `end` token.
 *
 * @example
 * tokenize("Balance > 10k").value.map((t) => t.kind) //=> ["word", "operator", "number", "end"]
 */
export function tokenize(text: string): Result<Token[], ExpressionError> {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    if (/\s/.test(text[at])) {
      at += 1;
      continue;
    }
    const scanned = scanOne(text, at);
    if (!scanned.ok) return scanned;
    tokens.push(scanned.value);
    at = scanned.value.end;
  }
  tokens.push({ kind: "end", start: text.length, end: text.length });
  return ok(tokens);
}
