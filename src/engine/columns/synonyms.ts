import type { Field } from "../fields";

/**
 * Header names seen in accounts-receivable exports (SAP, Oracle, Dynamics,
 * QuickBooks, Xero, Latin-American ERPs), in English, Spanish and Portuguese,
 * as a person writes them. They are folded once when this module loads (see
 * foldText), so accents, case and punctuation never matter.
 *
 * Keep each folded synonym in one field only (a test checks it), and prefer
 * adding a longer, more specific synonym over changing the scoring.
 */
export const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  customer: [
    "customer", "customer name", "customer id", "customer number", "customer no", "customer code",
    "customer account", "cust", "cust name", "cust id", "cust no", "client", "client name", "client id",
    "account", "account name", "account number", "account no", "account id", "debtor", "debtor name",
    "bill to", "bill to name", "bill to customer", "sold to", "payer", "buyer", "contact", "contact name",
    "cliente", "nombre cliente", "nombre del cliente", "nombre de cliente", "razón social", "código cliente",
    "cod cliente", "id cliente", "número cliente", "nro cliente", "deudor", "comprador",
    "cliente nome", "nome cliente", "nome do cliente", "código do cliente", "sacado", "devedor",
  ],
  invoice: [
    "invoice", "invoice number", "invoice no", "invoice num", "invoice id", "invoice ref", "invoice reference",
    "inv", "inv no", "inv number", "document", "document number", "document no", "doc no", "doc number", "doc",
    "reference", "ref", "ref no", "transaction", "transaction number", "trx number", "num", "number",
    "factura", "número factura", "número de factura", "no factura", "nro factura", "num factura", "folio",
    "comprobante", "número comprobante", "nro comprobante", "documento", "número documento", "nro documento",
    "referencia", "fatura", "número fatura", "número da fatura", "nota fiscal", "nf", "nfe", "número nf",
    "número nota", "título", "número título", "número do título", "duplicata",
  ],
  balance: [
    "balance", "open amount", "open balance", "amount open", "outstanding", "outstanding amount",
    "outstanding balance", "amount outstanding", "amount due", "due amount", "balance due", "total due",
    "remaining", "remaining amount", "remaining balance", "amount remaining", "residual", "unpaid",
    "unpaid amount", "unpaid balance", "current balance", "net balance", "balance amount", "open",
    "saldo", "saldo pendiente", "saldo abierto", "saldo actual", "saldo insoluto", "saldo por cobrar",
    "importe pendiente", "monto pendiente", "pendiente", "por cobrar", "valor em aberto", "valor aberto",
    "em aberto", "saldo devedor", "saldo em aberto", "valor pendente", "saldo atual", "valor saldo",
    "a receber", "valor a receber",
  ],
  amount: [
    "amount", "invoice amount", "original amount", "amount original", "orig amount", "total", "invoice total",
    "total amount", "gross amount", "document amount", "amount in local currency", "amount in document currency",
    "amount in doc curr", "amount in lc", "amount in dc", "importe", "importe factura", "importe original",
    "importe total", "monto", "monto original", "monto factura", "monto total", "total factura", "valor",
    "valor original", "valor factura", "valor da fatura", "valor do título", "valor nominal", "valor documento",
    "valor total", "total fatura",
  ],
  invoiceDate: [
    "invoice date", "inv date", "date", "doc date", "document date", "posting date", "transaction date",
    "trx date", "issue date", "date issued", "billing date", "bill date", "fecha", "fecha factura",
    "fecha de factura", "fecha emisión", "fecha de emisión", "fecha documento", "fecha doc",
    "fecha contabilización", "emisión", "data emissão", "data de emissão", "data documento",
    "data do documento", "data fatura", "data da fatura", "emissão", "data lançamento",
  ],
  dueDate: [
    "due date", "date due", "due dt", "due on", "net due date", "payment due date", "maturity date",
    "maturity", "vencimiento", "fecha vencimiento", "fecha de vencimiento", "fecha vto", "f vencimiento",
    "vto", "vence", "vencimento", "data vencimento", "data de vencimento", "dt vencimento", "venc",
    "data venc",
  ],
  paidDate: [
    "paid date", "date paid", "payment date", "settled date", "settlement date", "clearing date",
    "cleared date", "closed date", "close date", "paid on", "receipt date", "fecha de pago", "fecha pago",
    "fecha cobro", "fecha de cobro", "fecha cancelación", "data de pagamento", "data pagamento", "data pgto",
    "data baixa", "data de baixa", "data recebimento", "data de recebimento", "data liquidação",
  ],
  daysPastDue: [
    "days past due", "days overdue", "dpd", "days late", "days delinquent", "overdue days", "past due days",
    "days in arrears", "arrears days", "arrears", "arrears after net due date", "días de atraso", "días atraso", "días vencidos", "días vencido",
    "días de mora", "días mora", "días em atraso", "dias atrasados", "atraso",
  ],
  creditLimit: [
    "credit limit", "credit line", "credit limit amount", "limit", "límite", "límite de crédito",
    "límite crédito", "cupo", "cupo de crédito", "línea de crédito", "limite de crédito", "limite crédito",
  ],
  creditScore: [
    "credit score", "score", "scoring", "puntaje", "puntuación", "puntaje crediticio", "pontuação",
    "score de crédito", "score crédito",
  ],
  riskClass: [
    "risk", "risk class", "risk category", "risk rating", "risk level", "risk score", "risk grade", "risk code",
    "credit rating", "rating", "riesgo", "clase de riesgo", "clase riesgo", "categoría de riesgo",
    "nivel de riesgo", "calificación", "risco", "classe de risco", "classificação de risco", "nível de risco",
    "rating de crédito",
  ],
  disputed: [
    "disputed", "dispute", "in dispute", "dispute flag", "disputed flag", "en disputa", "disputa", "em disputa",
    "contestado", "contestada", "reclamo", "reclamação", "litigio", "en litigio", "em litígio",
  ],
  promiseDate: [
    "promise date", "promise to pay", "promise to pay date", "ptp", "ptp date", "promised date",
    "promised payment date", "fecha promesa", "fecha de promesa", "promesa de pago", "fecha promesa de pago",
    "fecha compromiso", "compromiso de pago", "data promessa", "data da promessa", "promessa de pagamento",
    "data prometida",
  ],
  brokenPromises: [
    "broken promises", "broken ptp", "broken promises to pay", "promises broken", "promesas incumplidas",
    "promesas rotas", "promessas quebradas", "promessas não cumpridas", "incumplimientos",
  ],
  phone: [
    "phone", "phone number", "telephone", "tel", "mobile", "cell", "contact phone", "whatsapp", "teléfono",
    "número de teléfono", "celular", "móvil", "telefone", "fone",
  ],
  email: [
    "email", "e-mail", "mail", "email address", "e-mail address", "contact email", "correo",
    "correo electrónico", "email contacto", "endereço de e-mail",
  ],
  industry: [
    "industry", "sector", "segment", "customer segment", "customer type", "customer class", "customer group",
    "customer category", "category", "rubro", "giro", "ramo", "segmento", "tipo cliente", "tipo de cliente",
    "actividad", "atividade", "setor", "grupo cliente", "clase cliente",
  ],
  currency: ["currency", "curr", "ccy", "cur", "currency code", "moneda", "divisa", "moeda", "cod moneda"],
  customerSince: [
    "customer since", "client since", "account opened", "open date", "start date", "since", "cliente desde",
    "fecha alta", "fecha de alta", "data cadastro", "data de cadastro", "cliente desde data",
  ],
};

/**
 * Headers that look like a field's synonym but are something else ("Last payment
 * date" is not the invoice's paid date, "Amount paid" is not its amount). A
 * column matching one of these at least as well as a field is not mapped to it.
 */
export const NOT_A_FIELD: readonly string[] = [
  "last payment date", "last payment", "last paid date", "last payment amount", "fecha último pago",
  "último pago", "data último pagamento", "último pagamento", "expected payment date", "forecast date",
  "disputed amount", "amount disputed", "dispute amount", "monto en disputa", "valor em disputa",
  "promised amount", "promise amount", "monto prometido", "valor prometido", "paid amount", "amount paid",
  "payment amount", "monto pagado", "importe pagado", "valor pago", "past due", "overdue amount",
  "amount overdue", "overdue", "credit limit used", "available credit", "crédito disponible",
  "account manager", "account owner", "account executive", "account type", "account status", "customer po",
  "purchase order", "invoice status", "invoice type", "document type", "doc type", "tipo documento",
  "tipo de documento", "tipo doc",
];

/**
 * Single words that match only a whole header, never inside a longer one: they
 * are too short or too generic ("Date" is the document date, but "Date paid"
 * must not match it).
 */
export const EXACT_ONLY: readonly string[] = [
  "date", "fecha", "open", "total", "number", "num", "ref", "doc", "inv", "cust", "curr", "cur", "ccy", "tel",
  "mail", "cell", "nf", "nfe", "vto", "venc", "since", "limit", "transaction", "remaining", "pendiente",
];

/**
 * Single words that usually qualify another one ("Customer currency", "Invoice
 * date"): inside a longer header they count least.
 */
export const QUALIFIER_WORDS: readonly string[] = [
  "customer", "client", "cliente", "account", "contact", "invoice", "factura", "fatura", "document", "documento",
  "reference", "referencia",
];

/**
 * Single words too general to be sure of inside a longer header ("Amount in local
 * currency"): they count less than other words, more than qualifiers.
 */
export const WEAK_WORDS: readonly string[] = [
  "amount", "importe", "monto", "valor", "currency", "moneda", "divisa", "moeda",
];
