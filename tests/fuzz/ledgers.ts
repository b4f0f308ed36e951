/**
 * Randomly generated, messy ledgers for the fuzz suites: headers in three
 * languages in any order (some missing, some repeated, junk columns), title
 * rows above, blank and total rows among the data, and cells written every
 * way exports write them — and ways they should not: error values, "no value"
 * words, double negatives, amounts past the bound, text that starts like a
 * formula, quotes, delimiters, line breaks, control characters.
 */
import fc from "fast-check";
import { PRESET_NAMES } from "../../src/engine";
import type { Delimiter } from "../../src/files/csv/splitter";

/**
 * How many runs: FUZZ_SCALE multiplies them (`npm run fuzz` sets it); FUZZ_SEED, with FUZZ_PATH, replays
 * the failure a run printed.
 */
/** The seed `npm test` replays (a seed `npm run fuzz` found failing is replayed with FUZZ_SEED, not here). */
const CI_SEED = 20261202;

export function fuzzOptions(runs: number): fc.Parameters<unknown> {
  const { FUZZ_SCALE, FUZZ_SEED, FUZZ_PATH } = process.env;
  return {
    numRuns: Math.max(1, Math.round(runs * Number(FUZZ_SCALE ?? "1"))),
    // `npm test` replays one fixed seed, so CI says the same thing twice; `npm run fuzz` explores new seeds (FUZZ_SCALE set).
    ...(FUZZ_SEED !== undefined ? { seed: Number(FUZZ_SEED) } : FUZZ_SCALE === undefined ? { seed: CI_SEED } : {}),
    ...(FUZZ_PATH === undefined ? {} : { path: FUZZ_PATH }),
    endOnFailure: true,
  };
}

type Kind = "customer" | "invoice" | "amount" | "date" | "flag" | "integer" | "text" | "currency";

const COLUMNS: readonly { readonly kind: Kind; readonly headers: readonly string[] }[] = [
  { kind: "customer", headers: ["Customer", "Cliente", "Razón social", "Customer ID", "Sacado"] },
  { kind: "invoice", headers: ["Invoice", "Invoice #", "Factura", "Nota fiscal", "Document"] },
  { kind: "amount", headers: ["Open Balance", "Balance", "Saldo pendiente", "Valor em aberto", "Outstanding"] },
  { kind: "amount", headers: ["Amount", "Importe", "Valor", "Original Amount"] },
  { kind: "date", headers: ["Due Date", "Fecha de vencimiento", "Data de vencimento", "Net due date"] },
  { kind: "date", headers: ["Invoice Date", "Fecha de emisión", "Data de emissão"] },
  { kind: "date", headers: ["Paid Date", "Fecha de pago", "Data de pagamento"] },
  { kind: "date", headers: ["Promise Date", "Fecha de promesa"] },
  { kind: "flag", headers: ["Disputed", "En disputa", "Em disputa"] },
  { kind: "amount", headers: ["Credit Limit", "Límite de crédito"] },
  { kind: "integer", headers: ["Broken Promises", "Promesas incumplidas"] },
  { kind: "integer", headers: ["Days Past Due", "Días de atraso"] },
  { kind: "text", headers: ["Risk Class", "Riesgo"] },
  { kind: "text", headers: ["Phone", "Teléfono"] },
  { kind: "currency", headers: ["Currency", "Moneda"] },
  { kind: "text", headers: ["Notes", "Region", "Segment", "Score", "Total"] },
];

/** Texts that break naive readers and writers. */
const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1)",
  "\tTAB",
  "'=x",
  "''",
  '"',
  '""',
  ",",
  ";",
  "\n",
  "\r\n",
  "Total",
  "TOTAL",
  "Grand total",
  "Segment",
  "",
];
const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#SPILL!", "#GETTING_DATA"];

const textChar = fc.constantFrom(
  ..."abcXYZ áéñçãü 0123456789.,;:-+=@'\"()[]/\\\t\n€$%#*?".split(""),
  "\r\n",
  "\u0001",
  "\u00a0",
  "é",
  "日",
);
const looseText = fc.string({ unit: textChar, maxLength: 12 });

const money = fc.integer({ min: -5_000_000, max: 50_000_000 }).map((cents) => cents / 100);

function formatMoney(value: number, style: number): string {
  const fixed = Math.abs(value).toFixed(2);
  const [int, dec] = fixed.split(".");
  const grouped = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const negative = value < 0;
  switch (style % 8) {
    case 0:
      return `${negative ? "-" : ""}${fixed}`;
    case 1:
      return `${negative ? "-" : ""}${grouped(",")}.${dec}`;
    case 2:
      return `${negative ? "-" : ""}${grouped(".")},${dec}`;
    case 3:
      return negative ? `(${grouped(",")}.${dec})` : `$${grouped(",")}.${dec}`;
    case 4:
      return `R$ ${negative ? "-" : ""}${grouped(".")},${dec}`;
    case 5:
      return negative ? `${grouped(",")}.${dec} CR` : `${grouped(",")}.${dec} DR`;
    case 6:
      return `${negative ? "-" : ""}${int}`;
    default:
      return `${negative ? "-" : ""}USD ${fixed}`;
  }
}

/** An amount cell: written every way exports do, and, in a dirty ledger, ways that must be refused. */
const amountCell = (dirty: boolean, style: number) =>
  fc.oneof(
    { weight: 36, arbitrary: money.map((v) => formatMoney(v, style)) },
    { weight: 4, arbitrary: fc.tuple(money, fc.nat(7)).map(([v, other]) => formatMoney(v, other)) },
    { weight: 2, arbitrary: fc.constantFrom("", "n/a", "N/A", "none", "null", "-", "—", " ") },
    {
      weight: dirty ? 2 : 0,
      arbitrary: fc.constantFrom(
        "(-5)",
        "-(5)",
        "(5) CR",
        "-5 CR",
        "1e308",
        "2,000,000,000,000,000",
        "1" + "0".repeat(20),
        "lots",
        "1.234.5",
        ...ERRORS,
      ),
    },
    { weight: dirty ? 1 : 0, arbitrary: looseText },
  );

const day = fc.integer({ min: 45_300, max: 46_100 }); // 2024-01 … 2026-03, as serials
function formatDate(serial: number, style: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  switch (style % 5) {
    case 0:
      return `${y}-${m}-${d}`;
    case 1:
      return `${d}/${m}/${y}`;
    case 2:
      return `${m}/${d}/${y}`;
    case 3:
      return `${d}.${m}.${String(y).slice(2)}`;
    default:
      return String(serial);
  }
}
const dateCell = (dirty: boolean, style: number) =>
  fc.oneof(
    { weight: 36, arbitrary: day.map((serial) => formatDate(serial, style)) },
    { weight: 4, arbitrary: fc.tuple(day, fc.nat(4)).map(([serial, other]) => formatDate(serial, other)) },
    { weight: 4, arbitrary: fc.constantFrom("", "n/a", "none", "-", " ") },
    { weight: dirty ? 2 : 0, arbitrary: fc.constantFrom("someday", "2025-02-30", "31/31/2025", "0", "99999999", ...ERRORS) },
  );
const flagCell = fc.constantFrom(
  "Yes",
  "No",
  "",
  "x",
  "Sí",
  "Não",
  "n/a",
  "N/A",
  "none",
  "null",
  "-",
  "#N/A",
  "price difference",
  "TRUE",
  "0",
  "1",
);
const integerCell = (dirty: boolean) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: -5, max: 400 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom("", "n/a") },
    { weight: dirty ? 1 : 0, arbitrary: fc.constantFrom("2.5", "#N/A", "many") },
  );
const customerCell = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom("Acme", "Beta SA", "Gamma Ltda", "Délta", "Total Logistics Ltd", "日本商事", "O'Brien & Co") },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: looseText },
);
const textCell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Low", "Medium", "High", "", "North", "555-0100") },
  { weight: 2, arbitrary: looseText },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...HOSTILE),
  },
);

/** A column's cells; most of a column is written in one style, as one export writes it. */
function cellArb(kind: Kind, dirty: boolean, style: number): fc.Arbitrary<string> {
  switch (kind) {
    case "customer":
      return customerCell;
    case "invoice":
      return fc.oneof(
        fc.integer({ min: 1, max: 99999 }).map((n) => `INV-${n}`),
        fc.constantFrom("", "=1+1", "-7"),
      );
    case "amount":
      return amountCell(dirty, style);
    case "date":
      return dateCell(dirty, style);
    case "flag":
      return flagCell;
    case "integer":
      return integerCell(dirty);
    case "text":
      return textCell;
    case "currency":
      return fc.constantFrom("USD", "EUR", "usd", "BRL", "", "€");
  }
}

export interface FuzzLedger {
  /** Every record as text cells, title rows and header included. */
  readonly rows: readonly (readonly string[])[];
}

/** The columns every ledger has (a balance, a due date, a customer) unless it is one of the few that must be refused for it. */
const [CUSTOMER, , BALANCE, , DUE_DATE] = COLUMNS;

/**
 * A ledger: some columns in any order, title rows, the header, data rows with
 * blank and total rows among them. Half are clean (every cell readable); the
 * other half have cells that must be refused.
 */
export const ledgerArb: fc.Arbitrary<FuzzLedger> = fc
  .record({
    others: fc.subarray(COLUMNS.filter((c) => c !== CUSTOMER && c !== BALANCE && c !== DUE_DATE)),
    keep: fc.constantFrom(true, true, true, true, true, true, true, true, true, false),
    order: fc.array(fc.nat(), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
    headerPicks: fc.array(fc.nat(4), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
    titles: fc.array(fc.constantFrom("Aged receivables", "ACME Corp — As of 30/06/2025", "", "Report"), { maxLength: 2 }),
    rowCount: fc.nat(30),
    dirty: fc.boolean(),
  })
  .chain(({ others, keep, order, headerPicks, titles, rowCount, dirty }) => {
    const chosen = [...(keep ? [CUSTOMER, BALANCE, DUE_DATE] : [BALANCE]), ...others];
    const columns = chosen
      .map((c, i) => ({ c, key: order[i] }))
      .sort((a, b) => a.key - b.key)
      .map(({ c }) => c);
    const header = columns.map((c, i) => c.headers[headerPicks[i] % c.headers.length]);
    const dataRow = fc.tuple(...columns.map((c, i) => cellArb(c.kind, dirty, headerPicks[i] + order[i])));
    const row = fc.oneof(
      { weight: 20, arbitrary: dataRow.map((cells) => cells as string[]) },
      { weight: 1, arbitrary: fc.constant(columns.map(() => "")) },
      { weight: 1, arbitrary: fc.constant(["Total", ...columns.slice(1).map(() => "")]) },
      // A row shorter or wider than the header, as sloppy exports have.
      { weight: 1, arbitrary: dataRow.map((cells) => cells.slice(0, Math.max(1, cells.length - 2))) },
      { weight: 1, arbitrary: dataRow.map((cells) => [...cells, "", "extra"]) },
    );
    return fc
      .array(row, { minLength: rowCount, maxLength: rowCount })
      .map((rows) => ({ rows: [...titles.map((t) => [t]), header, ...rows] }));
  });

/** How a ledger is written to csv. */
export interface CsvStyle {
  readonly delimiter: Delimiter;
  readonly newline: "\n" | "\r\n";
  readonly bom: boolean;
  /** Quote every field, not only those that need it. */
  readonly quoteAll: boolean;
  readonly finalNewline: boolean;
  /** Record and field (counted from the end) where a stray quote opens a field that is never closed, as a hand edit leaves it. */
  readonly strayQuote: readonly [number, number] | undefined;
}

export const csvStyleArb: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom<Delimiter>(",", ";", "\t"),
  newline: fc.constantFrom<"\n" | "\r\n">("\n", "\r\n"),
  bom: fc.boolean(),
  quoteAll: fc.boolean(),
  finalNewline: fc.boolean(),
  strayQuote: fc.option(fc.tuple(fc.nat(40), fc.nat(5)), { nil: undefined, freq: 8 }),
});

/** The ledger as csv text, quoted as RFC 4180 writers do. */
export function csvOf(ledger: FuzzLedger, style: CsvStyle): string {
  const field = (text: string) =>
    style.quoteAll || text.includes(style.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const stray = style.strayQuote;
  const body = ledger.rows
    .map((row, r) =>
      row
        .map((text, c) => (stray && stray[0] === r && stray[1] === row.length - 1 - c && !style.quoteAll ? `"${text}` : field(text)))
        .join(style.delimiter),
    )
    .join(style.newline);
  return `${style.bom ? "\uFEFF" : ""}${body}${style.finalNewline ? style.newline : ""}`;
}

export interface RunChoice {
  readonly preset: string;
  readonly level: "invoice" | "customer" | undefined;
  readonly skipBadRows: boolean;
  readonly asOf: string;
}

export const runChoiceArb: fc.Arbitrary<RunChoice> = fc.record({
  preset: fc.constantFrom(...PRESET_NAMES),
  level: fc.constantFrom<"invoice" | "customer" | undefined>(undefined, "invoice", "customer"),
  skipBadRows: fc.boolean(),
  asOf: fc.constantFrom("2025-06-30", "2024-12-31", "2026-01-15"),
});
