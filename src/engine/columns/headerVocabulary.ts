/**
 * The small words that decide how a header is read (see headerWords): the
 * abbreviations accountants and ERPs write, filler words, currency codes and
 * symbols, and the words that mark a forecast. All folded (see foldText).
 */

/** Abbreviation → the words it stands for. */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ["amt", "amount"],
      ["amnt", "amount"],
      ["amts", "amount"],
      ["bal", "balance"],
      ["inv", "invoice"],
      ["invc", "invoice"],
      ["dt", "date"],
      ["doc", "document"],
      ["cust", "customer"],
      ["acct", "account"],
      ["acc", "account"],
      ["no", "number"],
      ["nr", "number"],
      ["nro", "number"],
      ["num", "number"],
      ["nbr", "number"],
      ["nos", "number"],
      ["venc", "vencimiento"],
      ["vencto", "vencimiento"],
      ["vcto", "vencimiento"],
      ["vto", "vencimiento"],
      ["vencimento", "vencimiento"],
      // Date in Spanish, Portuguese and German: one word, so "Fec. pago", "Dt. pagamento" and "Data de pagamento" meet.
      ["fecha", "date"],
      ["data", "date"],
      ["datum", "date"],
      ["fec", "date"],
      ["fch", "date"],
      ["pd", "paid"],
      ["imp", "importe"],
      ["orig", "original"],
      ["dpd", "days past due"],
      ["rem", "remaining"],
      ["pmt", "payment"],
      ["pymt", "payment"],
      ["paymt", "payment"],
      ["curr", "currency"],
      ["ccy", "currency"],
      ["cur", "currency"],
      ["cod", "codigo"],
      ["mont", "montante"],
      ["tel", "telephone"],
      ["ref", "reference"],
      ["trx", "transaction"],
      ["txn", "transaction"],
      ["trans", "transaction"],
      ["dias", "days"],
      ["dia", "days"],
      ["días", "days"],
      ["nf", "nota fiscal"],
      ["nfe", "nota fiscal"],
      ["cli", "cliente"],
      ["clte", "cliente"],
      ["dcto", "documento"],
      ["docto", "documento"],
      ["tp", "tipo"],
      ["qty", "quantity"],
      // SAP's technical field names, as line-item lists (FBL5N) export them, are abbreviations too.
      ["kunnr", "customer number"],
      ["belnr", "document number"],
      ["blart", "document type"],
      ["bldat", "document date"],
      ["budat", "posting date"],
      ["zfbdt", "baseline date"],
      ["faedt", "net due date"],
      ["verzn", "arrears after net due date"],
      ["dmbtr", "amount local currency"],
      ["wrbtr", "amount document currency"],
      ["waers", "currency"],
      ["hwaer", "local currency"],
      ["augdt", "clearing date"],
      ["augbl", "clearing document"],
      ["zuonr", "assignment"],
      ["shkzg", "debit credit indicator"],
      ["xblnr", "reference"],
      ["zterm", "payment terms"],
    ] as const
  ).map(([short, long]) => [short, long.split(" ")] as const),
);

/** Words that carry no meaning in a header: "date of invoice" is "invoice date", "due in date" is "due date". */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  // Business Central's analytics API prefixes its customer-ledger fields: cleOpen, cleRemainingAmtLCY.
  "cle",
  "of",
  "the",
  "in",
  "at",
  "for",
  "by",
  "de",
  "del",
  "la",
  "el",
  "los",
  "las",
  "da",
  "do",
  "das",
  "dos",
]);

/** Words that make a header a forecast: a model's guess, never a fact. */
export const FORECAST_WORDS: ReadonlySet<string> = new Set([
  "predict",
  "predicted",
  "prediction",
  "predictions",
  "forecast",
  "forecasted",
  "expected",
  "estimated",
  "estimate",
  "projected",
  "projection",
  "pred",
  "prevista",
  "previsto",
  "prevision",
  "previsao",
  "pronostico",
  "estimada",
  "estimado",
  "esperada",
  "esperado",
  "proyectada",
  "proyectado",
  "projetada",
  "projetado",
]);

/**
 * ISO 4217 codes likely in an AR header (the Americas, Europe, the largest
 * others), minus codes that are also plain words (ALL, CUP, TOP, MOP).
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    "usd eur gbp chf jpy cny cad aud nzd inr zar sek nok dkk pln czk huf ron try rub " +
    "mxn brl ars clp cop pen uyu pyg bob ves crc gtq hnl nio pab dop jmd ttd bsd bzd xcd " +
    "sgd hkd krw twd thb myr idr php vnd aed sar qar kwd ils egp ngn kes mad"
  ).split(" "),
);

/** Words that say an amount is in the company's own (local) currency. */
export const LOCAL_CURRENCY_WORDS: ReadonlySet<string> = new Set(["lcy", "lc", "mn", "ml", "mi", "hauswahrung"]);

/** Currency symbols written in headers (longest first, so "R$" is not read as "$"). */
export const CURRENCY_SYMBOLS: readonly string[] = [
  "US$",
  "R$",
  "S/.",
  "S/",
  "RD$",
  "C$",
  "A$",
  "NZ$",
  "$",
  "€",
  "£",
  "¥",
  "₹",
  "₡",
  "₲",
  "₱",
  "₩",
];
