/**
 * fast-check arbitraries for the SQL equivalence suite: small typed ledgers
 * full of the cases that decide segments (blank, total and heading lines,
 * credits, paid rows, paid after the as-of date, invoices not yet issued,
 * statuses, disputes in words, equal ages, missing values) and random
 * configurations of every model over the fields the rules can test.
 */
import fc from "fast-check";
import { validateConfig, type SegmentationConfig } from "../../src/engine";
import { isoFromSerial, serialFromIso } from "../../src/engine/parse";
import type { Kind, TypedCell, TypedLedger } from "./sqlLedger";

const AS_OF = serialFromIso("2026-01-31")!;
const STRATEGY = { channel: "Phone", action: "Call", tone: "Firm", message: "" } as const;

interface ColumnSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly value: fc.Arbitrary<TypedCell>;
}

const day = (offset: number) => isoFromSerial(AS_OF + offset);
const dates = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map(day);
const maybe = <T extends TypedCell>(a: fc.Arbitrary<T>, nulls = 1) =>
  fc.oneof({ weight: 6, arbitrary: a }, { weight: nulls, arbitrary: fc.constant(null) });
/** Amounts whose sums are exact in binary, so sums in any order agree to the last bit. */
const money = fc.oneof(
  fc.integer({ min: -2000, max: 40000 }),
  fc.integer({ min: -400, max: 4000 }).map((n) => n / 4),
  fc.constant(0),
  fc.constant(5000),
);

const CUSTOMERS = ["ACME", "Beta S.A.", "Ça Va Ltd", 'O"Brien; DROP TABLE x', "Zeta", "  Padded  "];
const OPTIONAL: readonly ColumnSpec[] = [
  { name: "Invoice", kind: "text", value: maybe(fc.integer({ min: 1, max: 999 }).map((n) => `INV-${n}`)) },
  { name: "Amount", kind: "number", value: maybe(money) },
  { name: "Invoice Date", kind: "date", value: maybe(dates(-200, 20)) },
  { name: "Paid Date", kind: "date", value: maybe(dates(-150, 30), 4) },
  {
    name: "Status",
    kind: "text",
    value: maybe(fc.constantFrom("Open", "Paid", "Credit note", "En disputa", "void", "Parcial", "huh", "", "1", "0")),
  },
  { name: "Disputed", kind: "text", value: maybe(fc.constantFrom("Yes", "No", "Sí", "x", "price difference", "n/a", "-", "", "✓", "Não")) },
  { name: "Credit Limit", kind: "number", value: maybe(fc.constantFrom(0, 1000, 5000, 20000, 50000)) },
  { name: "Credit Score", kind: "number", value: maybe(fc.constantFrom(0.5, 35, 55, 80, 420, 700, 850)) },
  { name: "Risk Class", kind: "text", value: maybe(fc.constantFrom("Low", "Medio", "Alto", "B", "Risk C", "unknown", "")) },
  { name: "Promise Date", kind: "date", value: maybe(dates(-40, 40), 3) },
  { name: "Broken Promises", kind: "number", value: maybe(fc.integer({ min: 0, max: 3 })) },
  { name: "Phone", kind: "text", value: maybe(fc.constantFrom("+1 555 0100", "", " ")) },
  { name: "E-mail", kind: "text", value: maybe(fc.constantFrom("ap@x.example", "")) },
  { name: "Industry", kind: "text", value: maybe(fc.constantFrom("Retail", "retail ", "Construcción", "Public sector")) },
  { name: "Currency", kind: "text", value: maybe(fc.constantFrom("USD", "usd", "EUR")) },
  { name: "Customer Since", kind: "date", value: maybe(dates(-3000, -10)) },
  { name: "Region", kind: "text", value: maybe(fc.constantFrom("North", "South", "Norte", "")) },
];

/**
 * The columns' headers in Spanish and Portuguese, as exports write them: a
 * ledger so headed is read the same way and written in its language
 * (segments of a preset, strategies, bucket words, Reasons).
 */
const HEADERS: Readonly<Record<"es" | "pt", Readonly<Record<string, string>>>> = {
  es: {
    Customer: "Cliente",
    Balance: "Saldo pendiente",
    "Due Date": "Fecha de vencimiento",
    Invoice: "Factura",
    Amount: "Importe",
    "Invoice Date": "Fecha de emisión",
    "Paid Date": "Fecha de pago",
    Status: "Estado",
    Disputed: "En disputa",
    "Credit Limit": "Límite de crédito",
    "Credit Score": "Puntaje de crédito",
    "Risk Class": "Clase de riesgo",
    "Promise Date": "Fecha de promesa",
    "Broken Promises": "Promesas incumplidas",
    Phone: "Teléfono",
    "E-mail": "Correo",
    Industry: "Rubro",
    Currency: "Moneda",
    "Customer Since": "Cliente desde",
  },
  pt: {
    Customer: "Cliente",
    Balance: "Valor em aberto",
    "Due Date": "Data de vencimento",
    Invoice: "Nota fiscal",
    Amount: "Valor",
    "Invoice Date": "Data de emissão",
    "Paid Date": "Data de pagamento",
    Status: "Situação",
    Disputed: "Em disputa",
    "Credit Limit": "Limite de crédito",
    "Credit Score": "Score de crédito",
    "Risk Class": "Classe de risco",
    "Promise Date": "Data da promessa",
    "Broken Promises": "Promessas quebradas",
    Phone: "Telefone",
    "E-mail": "E-mail",
    Industry: "Setor",
    Currency: "Moeda",
    "Customer Since": "Cliente desde",
  },
};

/**
 * A ledger: Customer, Balance and Due Date, some optional columns, and rows
 * (some blank, total or heading lines), headed in English, Spanish or Portuguese.
 */
export const ledgerArb: fc.Arbitrary<TypedLedger> = fc
  .record({
    optional: fc.subarray([...OPTIONAL]),
    headers: fc.constantFrom("en", "en", "es", "pt"),
  })
  .chain(({ optional, headers }) => {
    const header = (name: string) => (headers === "en" ? name : (HEADERS[headers][name] ?? name));
    const columns: ColumnSpec[] = [
      { name: "Customer", kind: "text", value: maybe(fc.constantFrom(...CUSTOMERS), 1) },
      { name: "Balance", kind: "number", value: maybe(money) },
      { name: "Due Date", kind: "date", value: maybe(dates(-130, 60)) },
      ...optional,
    ];
    const item = fc.tuple(...columns.map((c) => c.value));
    const blank = fc.constant(columns.map(() => null as TypedCell));
    const total = fc
      .constantFrom("Total", "Grand total", "Total for ACME")
      .map((label) => columns.map((c, i) => (i === 0 ? label : c.name === "Balance" ? 1234 : null)));
    // A heading line with two texts: the engine carries a customer down only from a heading that holds one text alone, and a table has no row order to carry it by.
    const second = columns.findIndex((c) => c.name === "Region" || c.name === "Invoice");
    const heading = fc.constant(columns.map((c, i) => (second < 0 ? null : i === 0 ? "Section" : i === second ? "Note" : null)));
    const row = fc.oneof(
      { weight: 20, arbitrary: item },
      { weight: 1, arbitrary: blank },
      { weight: 1, arbitrary: total },
      { weight: 1, arbitrary: heading },
    );
    return fc
      .array(row, { minLength: 1, maxLength: 30 })
      .map((rows) => ({ columns: columns.map(({ name, kind }) => ({ name: header(name), kind })), rows }));
  });

const NUMBER_FIELDS = [
  "Balance",
  "Amount",
  "DaysPastDue",
  "CreditLimit",
  "CreditUse",
  "CreditScore",
  "BrokenPromises",
  "CustomerBalance",
  "CustomerOverdue",
  "OldestDaysPastDue",
  "OpenInvoices",
  "DisputedAmount",
  "PortfolioShare",
  "AvgDaysLate",
  "ShareLate",
  "RecentLatePayments",
  "TenureMonths",
  "Score",
];
const DATE_FIELDS = ["DueDate", "InvoiceDate", "PaidDate", "PromiseDate"];
const TEXT_FIELDS = [
  "Customer",
  "Invoice",
  "AgingBucket",
  "PaymentGrade",
  "RiskLevel",
  "RiskClass",
  "Industry",
  "Currency",
  "Phone",
  "Region",
];
const FLAG_FIELDS = ["Paid", "Credit", "Disputed", "PromisePending", "MissingContact", "NewCustomer"];
const TEXT_VALUES = [
  "Retail",
  "retail",
  "ACME",
  "ça va ltd",
  "1-30",
  "90+",
  "Current",
  "Paid",
  "A",
  "B",
  "No history",
  "Low",
  "High",
  "usd",
  "North",
  "",
  'o"brien; drop table x',
];

const numberValue = fc.oneof(fc.integer({ min: -10, max: 120 }), fc.constantFrom(0, 30, 1000, 5000, 25000, 0.5, 40, 70));

type Cond = Record<string, unknown>;
const compare = (field: string, op: string, value?: unknown): Cond =>
  value === undefined ? { kind: "compare", field, op } : { kind: "compare", field, op, value };

const leaf: fc.Arbitrary<Cond> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NUMBER_FIELDS), fc.constantFrom("=", "!=", ">", ">=", "<", "<="), numberValue)
    .map(([f, op, v]) => compare(f, op, v)),
  fc.tuple(fc.constantFrom(...NUMBER_FIELDS), numberValue, numberValue).map(([f, a, b]) => compare(f, "between", [a, b])),
  fc
    .tuple(fc.constantFrom(...NUMBER_FIELDS), fc.array(numberValue, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([f, v, not]) => compare(f, not ? "notIn" : "in", v)),
  fc
    .tuple(fc.constantFrom(...NUMBER_FIELDS, ...DATE_FIELDS), fc.constantFrom("isBlank", "isNotBlank", "isTrue", "isFalse"))
    .map(([f, op]) => compare(f, op)),
  fc
    .tuple(fc.constantFrom(...DATE_FIELDS), fc.constantFrom(">", "<=", "="), fc.integer({ min: -100, max: 40 }))
    .map(([f, op, o]) => compare(f, op, day(o))),
  fc
    .tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom("=", "!=", "contains", "startsWith"), fc.constantFrom(...TEXT_VALUES))
    .map(([f, op, v]) => compare(f, op, v)),
  fc
    .tuple(fc.constantFrom(...TEXT_FIELDS), fc.array(fc.constantFrom(...TEXT_VALUES), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([f, v, not]) => compare(f, not ? "notIn" : "in", v)),
  fc.tuple(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom("isBlank", "isNotBlank", "isTrue", "isFalse")).map(([f, op]) => compare(f, op)),
  fc.tuple(fc.constantFrom(...FLAG_FIELDS), fc.constantFrom("isTrue", "isFalse", "isBlank", "isNotBlank")).map(([f, op]) => compare(f, op)),
  fc.tuple(fc.constantFrom(...FLAG_FIELDS), fc.constantFrom(true, false, "yes", "no", "sí")).map(([f, v]) => compare(f, "=", v)),
);

const condition: fc.Arbitrary<Cond> = fc.letrec<{ c: Cond }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie("c"), { minLength: 1, maxLength: 3 }).map((conditions) => ({ kind: "all", conditions })) },
    { weight: 1, arbitrary: fc.array(tie("c"), { minLength: 1, maxLength: 3 }).map((conditions) => ({ kind: "any", conditions })) },
    { weight: 1, arbitrary: tie("c").map((c) => ({ kind: "not", condition: c })) },
  ),
})).c;

/** A rule's when: a condition tree, or an expression from the presets' language. */
const when = fc.oneof(
  { weight: 4, arbitrary: condition },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "Credit",
      "Paid",
      "DaysPastDue > 30 and not Disputed",
      'PaymentGrade in ("C", "D") or Score < 40',
      '[Customer] contains "a"',
      "always",
    ),
  },
);

/** Segment names that test quoting: quotes, a semicolon, SQL comment marks. */
const segmentName = (k: number) => fc.constantFrom(`S${k}`, `S${k} 'quoted'`, `S${k}; DROP TABLE ledger; --`, `S${k} "dq" \\`);
const priority = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constant(null));

const rules = fc
  .array(fc.tuple(when, priority), { minLength: 1, maxLength: 5 })
  .chain((list) =>
    fc
      .tuple(...list.map((_, k) => segmentName(k)))
      .map((names) => list.map(([w, p], k) => ({ when: w, segment: names[k], priority: p, strategy: STRATEGY }))),
  );

const outcome = (name: string) => priority.map((p) => ({ segment: name, priority: p, strategy: STRATEGY }));

const model = fc.oneof(
  rules.chain((rs) => outcome("Otherwise").map((otherwise) => ({ kind: "rules", rules: rs, otherwise }))),
  fc
    .tuple(
      fc.array(fc.tuple(when, fc.integer({ min: 1, max: 100 })), { minLength: 1, maxLength: 4 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 }),
    )
    .map(([ps, mins]) => ({
      kind: "points",
      rules: ps.map(([w, points], k) => ({ name: `P${k}`, when: w, points })),
      bands: [0, ...mins].map((minPercent, k) => ({ minPercent, segment: `Band ${k}`, priority: k + 1, strategy: STRATEGY })),
    })),
  fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 }).map((mins) => ({
    kind: "score",
    bands: [0, ...mins].map((minScore, k) => ({ minScore, segment: `Band ${k}`, priority: k + 1, strategy: STRATEGY })),
  })),
  fc
    .tuple(
      fc.constantFrom("Score", "DaysPastDue", "CreditScore", "AvgDaysLate", "CustomerBalance"),
      fc.uniqueArray(numberValue, { minLength: 1, maxLength: 2 }),
      fc.boolean(),
      fc.constantFrom("CustomerBalance", "Balance", "OpenInvoices", "Amount"),
      fc.uniqueArray(numberValue, { minLength: 1, maxLength: 2 }),
    )
    .map(([rf, rc, riskier, vf, vc]) => {
      const riskCuts = [...rc].sort((a, b) => a - b);
      const valueCuts = [...vc].sort((a, b) => a - b);
      return {
        kind: "matrix",
        risk: { field: rf, cuts: riskCuts, higherIsRiskier: riskier },
        value: { field: vf, cuts: valueCuts },
        cells: Array.from({ length: riskCuts.length + 1 }, (_, r) =>
          Array.from({ length: valueCuts.length + 1 }, (_, v) => ({ segment: `Cell ${r}${v}`, priority: r + v + 1, strategy: STRATEGY })),
        ),
      };
    }),
);

const scoreCard = fc.option(
  fc
    .array(
      fc.oneof(
        fc
          .tuple(
            fc.constantFrom(...NUMBER_FIELDS.filter((f) => f !== "Score"), "DueDate"),
            fc.uniqueArray(fc.integer({ min: -10, max: 100 }), { minLength: 1, maxLength: 3 }),
          )
          .map(([field, cuts]) => {
            const sorted = [...cuts].sort((a, b) => a - b);
            const ranges = [
              { max: sorted[0], score: 90 },
              ...sorted.map((c, k) => ({ min: c, ...(k + 1 < sorted.length ? { max: sorted[k + 1] } : {}), score: 70 - k * 20 })),
            ];
            return { field, ranges, missing: 40 };
          }),
        fc.constantFrom("RiskLevel", "Industry", "PaymentGrade", "Disputed").map((field) => ({
          field,
          ranges: [
            { equals: field === "Disputed" ? "yes" : field === "RiskLevel" ? "High" : field === "Industry" ? "retail" : "A", score: 15 },
          ],
          missing: 60,
        })),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((factors) => factors.map((f) => ({ ...f, weight: 1 / factors.length }))),
  { nil: undefined },
);

const edges = fc.uniqueArray(fc.integer({ min: 1, max: 150 }), { maxLength: 4 }).map((e) => [0, ...[...e].sort((a, b) => a - b)]);

/** A configuration of any model; valid by the engine's own validation (cases it refuses are dropped). */
export const configArb: fc.Arbitrary<SegmentationConfig> = fc
  .record({
    level: fc.constantFrom("invoice", "customer"),
    // Mostly the headers' language; sometimes one the configuration asks for.
    language: fc.constantFrom(undefined, undefined, undefined, "en", "es", "pt"),
    asOfOffset: fc.integer({ min: -60, max: 30 }),
    agingEdges: edges,
    agingBasis: fc.constantFrom("dueDate", "dueDate", "invoiceDate"),
    scoreCard,
    model,
    first: fc.option(rules, { nil: undefined }),
  })
  .map(({ asOfOffset, first, model: m, scoreCard: card, language, ...rest }) => ({
    version: 2,
    ...rest,
    ...(language ? { language } : {}),
    asOf: day(asOfOffset),
    ...(card ? { scoreCard: card } : {}),
    model: m.kind !== "rules" && first ? { ...m, first: first.map((r, k) => ({ ...r, segment: `First ${k} ${r.segment}` })) } : m,
  }))
  .map((input) => validateConfig(input, "generated"))
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.value : (undefined as never)));
