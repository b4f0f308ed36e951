"use strict";
const fs = require("fs");
/**
 * A realistic, deterministic accounts-receivable ledger, shared by the
 * benchmarks (plain Node) and the tests (through tests/support/generateLedger.ts).
 * Written in JavaScript so `npm run bench` needs no TypeScript compiler for it;
 * generateLedger.d.ts beside it gives the tests its types.
 *
 * The mix: 3-8 invoices per customer, customer sizes from a Pareto law (a few
 * customers hold most of the balance), about 30% paid rows with a paid date,
 * some credit notes, disputes, promises to pay, missing phones and e-mails.
 */

const HEADERS = {
  en: [
    "Customer",
    "Invoice",
    "Invoice Date",
    "Due Date",
    "Amount",
    "Open Balance",
    "Paid Date",
    "Credit Limit",
    "Risk Class",
    "Disputed",
    "Promise Date",
    "Broken Promises",
    "Phone",
    "E-mail",
    "Industry",
    "Currency",
  ],
  es: [
    "Cliente",
    "Factura",
    "Fecha de emisión",
    "Fecha de vencimiento",
    "Importe",
    "Saldo pendiente",
    "Fecha de pago",
    "Límite de crédito",
    "Riesgo",
    "En disputa",
    "Fecha de promesa",
    "Promesas incumplidas",
    "Teléfono",
    "Correo",
    "Rubro",
    "Moneda",
  ],
  pt: [
    "Cliente",
    "Fatura",
    "Data de emissão",
    "Data de vencimento",
    "Valor",
    "Saldo em aberto",
    "Data de pagamento",
    "Limite de crédito",
    "Risco",
    "Em disputa",
    "Data da promessa",
    "Promessas quebradas",
    "Telefone",
    "E-mail",
    "Setor",
    "Moeda",
  ],
};

const WORDS_A = [
  "Acme",
  "Northwind",
  "Blue Harbor",
  "Summit",
  "Granite",
  "Silverline",
  "Redwood",
  "Orion",
  "Atlas",
  "Pioneer",
  "Cedar",
  "Keystone",
  "Lakeside",
  "Meridian",
  "Horizon",
  "Beacon",
  "Riverside",
  "Evergreen",
  "Falcon",
  "Sterling",
  "Crescent",
  "Ironwood",
  "Harbor Point",
  "Vista",
  "Coastal",
  "Highland",
  "Union",
  "Liberty",
  "Golden Gate",
  "Prairie",
];
const WORDS_B = [
  "Foods",
  "Logistics",
  "Builders",
  "Pharma",
  "Textiles",
  "Motors",
  "Retail",
  "Energy",
  "Plastics",
  "Paper",
  "Electric",
  "Farms",
  "Metals",
  "Labs",
  "Media",
  "Hospitality",
  "Medical",
  "Tools",
  "Chemicals",
  "Packaging",
];
const LEGAL = {
  en: ["Inc.", "LLC", "Ltd.", "Co.", "Corp."],
  es: ["S.A.", "S.R.L.", "S.A. de C.V.", "S.L.", "Ltda."],
  pt: ["Ltda.", "S.A.", "ME", "EIRELI", "S/A"],
};
const INDUSTRIES = {
  en: [
    "Retail",
    "Manufacturing",
    "Construction",
    "Healthcare",
    "Wholesale",
    "Hospitality",
    "Transport",
    "Agriculture",
    "Technology",
    "Public sector",
  ],
  es: ["Comercio", "Manufactura", "Construcción", "Salud", "Mayorista", "Hotelería", "Transporte", "Agro", "Tecnología", "Sector público"],
  pt: ["Varejo", "Indústria", "Construção", "Saúde", "Atacado", "Hotelaria", "Transporte", "Agronegócio", "Tecnologia", "Setor público"],
};
const RISK = { en: ["Low", "Medium", "High"], es: ["Bajo", "Medio", "Alto"], pt: ["Baixo", "Médio", "Alto"] };
const YES = { en: "Yes", es: "Sí", pt: "Sim" };
const CURRENCIES = { en: ["USD", "EUR", "MXN"], es: ["MXN", "USD", "EUR"], pt: ["BRL", "USD", "EUR"] };

const DAY = 86400000;
/** 1899-12-30, day 0 of Excel's serial dates (valid for serials after 60). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** mulberry32: tiny, fast, and the same sequence on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

function pad(n, width) {
  return String(n).padStart(width, "0");
}

function isoOf(day) {
  const d = new Date(day * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function dmyOf(day) {
  const d = new Date(day * DAY);
  return `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;
}

/** Amount text the way a Spanish or Portuguese export writes it: 1.234,56 */
function latinAmount(n) {
  const negative = n < 0;
  const [int, dec] = Math.abs(n).toFixed(2).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped},${dec}`;
}

function customerName(i, locale) {
  const a = WORDS_A[i % WORDS_A.length];
  const b = WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length];
  const legal = LEGAL[locale][Math.floor(i / (WORDS_A.length * WORDS_B.length)) % 5];
  const round = Math.floor(i / (WORDS_A.length * WORDS_B.length * 5));
  return round === 0 ? `${a} ${b} ${legal}` : `${a} ${b} ${round + 1} ${legal}`;
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/**
 * Yields the header row, then `rows` data rows.
 *
 * options.dates: "serial" (Excel serial numbers, numbers as numbers: the 2-D
 * array Excel hands over), "date" (JS Date at UTC midnight, as ExcelJS reads a
 * date cell), "text" (every cell a string, as a csv gives it: ISO dates, or
 * DD/MM/YYYY and 1.234,56 amounts for the "es" and "pt" locales).
 */
function* ledgerRows(options) {
  const rows = options.rows;
  const seed = options.seed === undefined ? 42 : options.seed;
  const asOf = dayNumber(options.asOf || "2025-06-30");
  const mode = options.dates || "serial";
  const locale = options.locale || "en";
  const rand = prng(seed);
  const empty = "";
  const yes = YES[locale];

  const dateCell = (day) => {
    if (mode === "serial") return day - SERIAL_EPOCH / DAY;
    if (mode === "date") return new Date(day * DAY);
    return locale === "en" ? isoOf(day) : dmyOf(day);
  };
  const numberCell = (n) => (mode === "text" ? (locale === "en" ? n.toFixed(2) : latinAmount(n)) : n);
  const intCell = (n) => (mode === "text" ? String(n) : n);

  yield HEADERS[locale].slice();

  let produced = 0;
  let invoiceNo = 100000;
  for (let c = 0; produced < rows; c++) {
    // Pareto(alpha 1.2): most customers are small, a few are very large.
    const size = Math.min(400, Math.pow(1 - rand(), -1 / 1.2));
    const typical = 300 * size;
    const lateness = rand() < 0.55 ? rand() * 10 : rand() < 0.7 ? 10 + rand() * 35 : 45 + rand() * 90;
    const risk = RISK[locale][lateness < 12 ? 0 : lateness < 45 ? 1 : 2];
    const creditLimit = Math.max(1000, Math.round((typical * (4 + rand() * 10)) / 1000) * 1000);
    const broken = rand() < 0.7 ? 0 : rand() < 0.67 ? 1 : rand() < 0.7 ? 2 : 3;
    const name = customerName(c, locale);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
    const phone = rand() < 0.08 ? empty : `+1 555 ${pad(Math.floor(rand() * 1000), 3)} ${pad(Math.floor(rand() * 10000), 4)}`;
    const email = rand() < 0.1 ? empty : `ap@${slug}.example`;
    const industry = pick(rand, INDUSTRIES[locale]);
    const u = rand();
    const currency = CURRENCIES[locale][u < 0.8 ? 0 : u < 0.92 ? 1 : 2];
    const invoices = 3 + Math.floor(rand() * 6);

    for (let k = 0; k < invoices && produced < rows; k++, produced++) {
      // Most open items are recent; a thin tail reaches back 18 months.
      const issued = asOf - (rand() < 0.92 ? Math.floor(120 * Math.pow(rand(), 1.4)) : 120 + Math.floor(rand() * 420));
      const terms = pick(rand, [30, 30, 30, 45, 60, 15]);
      const due = issued + terms;
      const creditNote = rand() < 0.015;
      let amount = Math.round(typical * Math.exp((rand() - 0.5) * 1.4) * 100) / 100;
      if (amount < 5) amount = 5 + Math.round(rand() * 5000) / 100;
      if (creditNote) amount = -Math.round(amount * 0.3 * 100) / 100;

      let balance = amount;
      let paid = null;
      const delay = Math.round(lateness + (rand() - 0.5) * 20);
      // Invoices the customer's habits say are settled by now are mostly paid.
      const settled = due + delay < asOf;
      if (!creditNote && rand() < (settled ? 0.58 : 0.08)) {
        const day = Math.min(asOf, Math.max(issued + 1, due + delay));
        paid = day;
        balance = 0;
      } else if (!creditNote && rand() < 0.15) {
        balance = Math.round(amount * (0.2 + rand() * 0.7) * 100) / 100;
      }
      const open = balance !== 0;
      const disputed = open && !creditNote && rand() < 0.04;
      const promise = open && due < asOf && rand() < 0.1 ? asOf + Math.floor(rand() * 40) - 20 : null;

      yield [
        name,
        `INV-${invoiceNo++}`,
        dateCell(issued),
        dateCell(due),
        numberCell(amount),
        numberCell(balance),
        paid === null ? empty : dateCell(paid),
        numberCell(creditLimit),
        risk,
        disputed ? yes : empty,
        promise === null ? empty : dateCell(promise),
        intCell(broken),
        phone,
        email,
        industry,
        currency,
      ];
    }
  }
}

/** The whole ledger as an array of rows, header first. */
function generateLedger(options) {
  return Array.from(ledgerRows(options));
}

/** Escapes one csv field (RFC 4180). */
function csvField(value, delimiter) {
  const text = value === null || value === undefined ? "" : String(value);
  if (text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r")) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** Yields the ledger as csv lines (no line terminator), header first. */
function* ledgerCsvLines(options) {
  const delimiter = options.delimiter || ",";
  for (const row of ledgerRows({ ...options, dates: "text" })) {
    yield row.map((v) => csvField(v, delimiter)).join(delimiter);
  }
}

/** Writes a generated ledger of `rows` rows to a csv file, 20,000 lines at a time. */
function writeLedgerCsv(file, rows) {
  const lines = [];
  const fd = fs.openSync(file, "w");
  for (const line of ledgerCsvLines({ rows })) {
    lines.push(line);
    if (lines.length === 20000) fs.writeSync(fd, lines.splice(0).join("\n") + "\n");
  }
  fs.writeSync(fd, lines.join("\n") + "\n");
  fs.closeSync(fd);
}

module.exports = { ledgerRows, generateLedger, ledgerCsvLines, writeLedgerCsv, HEADERS };
