/**
 * A header as the words it means, whatever convention wrote it: camelCase,
 * PascalCase, snake_case, kebab-case, ALL CAPS, a pandas copy suffix
 * (`document_create_date.1`), abbreviations (`Amt`, `Inv Dt`, `O/S`, `Venc.`),
 * filler words (`date of invoice`) and a currency (`Amount (EUR)`, `Valor R$`).
 * Headers and synonyms both pass through here, so they meet in one form.
 */
import { foldText } from "../parse/normalize";
import { ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, FILLER_WORDS, FORECAST_WORDS, LOCAL_CURRENCY_WORDS } from "./headerVocabulary";
import { NOT_A_FIELD, SYNONYMS } from "./synonyms";

export interface HeaderWords {
  /** The meaning words, abbreviations spelled out, filler and currency words left out, in the header's order. */
  readonly words: readonly string[];
  /** The words sorted and joined: two headers with the same key say the same thing in any word order. */
  readonly key: string;
  /** The currency the header names (`EUR`, `R$`, `local`), when it names one: the column holds money. */
  readonly currency: string | undefined;
  /** The header names a forecast (predicted, expected, estimated …): never a fact. */
  readonly forecast: boolean;
  /** 1, 2 … for a copy that a tool numbered (`due_date.1`); 0 for the original. */
  readonly copy: number;
}

const COPY_SUFFIX = /\.(\d{1,2})$/;
// A capital after a small letter ("invoiceDate"), or the last capital of a run before a small letter ("IDNumber").
const CAMEL_BOUNDARY = /(\p{Ll})(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})/gu;
const OUT_STANDING = /\bo\s*\/\s*s\b/gi;
const NUMBER_SIGNS = /[#№]|\bn[º°]\.?/gi;

/**
 * The words a header means.
 *
 * @example headerWords("customerID").words //=> ["customer", "id"]
 * @example headerWords("Inv Dt").key //=> "date invoice"
 * @example headerWords("Remaining_Amt_LCY").currency //=> "local"
 * @example headerWords("Payment_date_predict").forecast //=> true
 */
export function headerWords(header: string): HeaderWords {
  let text = header.trim();
  let copy = 0;
  const copied = COPY_SUFFIX.exec(text);
  if (copied) {
    copy = Number(copied[1]);
    text = text.slice(0, copied.index);
  }
  let currency: string | undefined;
  for (const symbol of CURRENCY_SYMBOLS) {
    if (text.includes(symbol)) {
      currency ??= symbol;
      text = text.split(symbol).join(" ");
    }
  }
  text = text
    .replace(OUT_STANDING, " outstanding ")
    .replace(NUMBER_SIGNS, " number ")
    .replace(CAMEL_BOUNDARY, (_m, a?: string, b?: string, c?: string, d?: string) => (a !== undefined ? `${a} ${b}` : `${c} ${d}`));
  const all: string[] = [];
  let words: string[] = [];
  let forecast = false;
  for (const token of foldText(text).split(" ")) {
    if (token === "") continue;
    if (FORECAST_WORDS.has(token)) forecast = true;
    const isCode = CURRENCY_CODES.has(token);
    if (isCode || LOCAL_CURRENCY_WORDS.has(token)) {
      currency ??= isCode ? token.toUpperCase() : "local";
      all.push(token);
      continue;
    }
    const spelled = ABBREVIATIONS.get(token) ?? splitCompound(token) ?? [token];
    for (const word of spelled) {
      if (FILLER_WORDS.has(word)) continue;
      all.push(word);
      words.push(word);
    }
  }
  // "Amount in local currency": the currency words themselves are not part of the meaning.
  if (currency === undefined && dropLocalCurrencyPhrase(words)) currency = "local";
  // A header of currency words alone ("Local Currency", "USD") names the currency, not money.
  if (words.length === 0 && all.length > 0) {
    words = all;
    currency = undefined;
  }
  return { words, key: [...words].sort().join(" "), currency, forecast, copy };
}

/** Takes "local currency" / "moneda local" / "moeda interna" out of the words; true when it was there. */
function dropLocalCurrencyPhrase(words: string[]): boolean {
  const at = words.findIndex((w, i) => isLocalPair(w, words[i + 1]));
  if (at < 0) return false;
  words.splice(at, 2);
  return true;
}

const LOCAL_PAIRS = new Set(["local currency", "moneda local", "moeda interna", "moeda local", "company currency", "home currency"]);
const isLocalPair = (a: string, b: string | undefined): boolean => b !== undefined && LOCAL_PAIRS.has(`${a} ${b}`);

let vocabulary: ReadonlySet<string> | undefined;

/** Every word of every synonym, abbreviation and non-field header: what a run-together header ("duedate") is made of. */
function words(): ReadonlySet<string> {
  if (vocabulary) return vocabulary;
  const all = new Set<string>();
  const texts = [...Object.values(SYNONYMS).flat(), ...NOT_A_FIELD, ...[...ABBREVIATIONS.values()].map((w) => w.join(" "))];
  for (const text of texts) for (const word of foldText(text).split(" ")) if (word.length >= 2 && !FILLER_WORDS.has(word)) all.add(word);
  for (const short of ABBREVIATIONS.keys()) all.add(short);
  return (vocabulary = all);
}

/**
 * A token written as words run together ("duedate", "totalopenamount",
 * "isopen"), split into known words and abbreviations spelled out; undefined
 * for a word of its own or one that does not split into known words.
 *
 * @example splitCompound("invoiceamount") //=> ["invoice", "amount"]
 */
export function splitCompound(token: string): readonly string[] | undefined {
  const known = words();
  if (token.length < 5 || known.has(token) || /\d/.test(token)) return undefined;
  const split = (rest: string): string[] | undefined => {
    if (known.has(rest)) return [...(ABBREVIATIONS.get(rest) ?? [rest])];
    for (let i = rest.length - 2; i >= 2; i--) {
      const head = rest.slice(0, i);
      if (!known.has(head)) continue;
      const tail = split(rest.slice(i));
      if (tail) return [...(ABBREVIATIONS.get(head) ?? [head]), ...tail];
    }
    return undefined;
  };
  return split(token);
}
