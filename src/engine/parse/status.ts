import { BLANK, INVALID, type CellValue, type Parsed } from "../cell";
import { foldText } from "./normalize";

/** What a status or document-type cell says of an item. 0 is "says nothing". */
export const STATUS = { none: 0, open: 1, paid: 2, disputed: 3, credit: 4 } as const;
export type StatusCode = (typeof STATUS)[keyof typeof STATUS];

const WORDS: readonly (readonly [StatusCode, string])[] = [
  [
    STATUS.open,
    "open|opened|partial|partially paid|part paid|partly paid|pagada parcialmente|pagado parcialmente|paga parcialmente|pago parcialmente|overdue|past due|unpaid|not paid|awaiting payment|authorised|authorized|" +
      "sent|outstanding|due|abierta|abierto|pendiente|pendiente de pago|parcial|parcialmente pagada|parcialmente pagado|vencida|vencido|" +
      "por cobrar|no pagada|impaga|impago|em aberto|aberto|aberta|pendente|parcialmente paga|parcialmente pago|vencida|atrasada|atrasado|" +
      "a receber|nao paga|nao pago",
  ],
  [
    STATUS.paid,
    "paid|paid in full|fully paid|closed|cleared|settled|reconciled|void|voided|cancelled|canceled|written off|pagada|pagado|" +
      "liquidada|liquidado|cancelada|cancelado|cobrada|cobrado|compensada|compensado|cerrada|cerrado|saldada|saldado|anulada|anulado|" +
      "paga|pago|quitada|quitado|liquidada|baixada|baixado|recebida|recebido|fechada|fechado|compensada",
  ],
  [
    STATUS.disputed,
    "disputed|in dispute|dispute|on hold|blocked|en disputa|disputa|disputada|reclamo|reclamada|reclamado|en reclamo|litigio|en litigio|" +
      "em disputa|contestada|contestado|reclamacao|em litigio|bloqueada|bloqueado",
  ],
  [
    STATUS.credit,
    "credit|credit note|credit memo|creditnote|creditmemo|cm|cn|unapplied|unapplied cash|unapplied payment|overpayment|prepayment|" +
      "payment|receipt|cash receipt|nota de credito|nota credito|nc|abono|anticipo|pago a cuenta|saldo a favor|credito|pagamento|" +
      "adiantamento|recebimento|dg|dz|h|haben|cr|credito|abono",
  ],
  [
    STATUS.none,
    "invoice|factura|fatura|nota fiscal|bill|debit note|debit memo|nota de debito|rv|dr|journal entry|je|charge|cargo|soll|debit|debe|debito",
  ],
];

export const BY_WORD: ReadonlyMap<string, StatusCode> = new Map(
  WORDS.flatMap(([code, words]) => words.split("|").map((w) => [foldText(w), code] as const)),
);

// A status column holds a handful of distinct texts, so each is folded once.
const MAX_CACHED = 1024;
const cache = new Map<string, Parsed<StatusCode>>();

/**
 * Reads a status or document-type cell: Open, Partial, Abierta, Pendiente, Em aberto → open;
 * Paid, Closed, Cleared, Pagada, Liquidada, Cancelada, Paga, Quitada → paid (also Void: nothing
 * is owed); Disputed, En disputa, Em disputa, Reclamo → disputed; Credit, Credit note, Nota de
 * crédito, Payment (unapplied cash) → credit; Invoice, Factura → says nothing. A yes/no cell (an
 * `isOpen` or `Open` column) is read by `yesMeans`: 1 / TRUE / Yes is open (or paid, for a
 * column named like "Paid" or "Closed"). Other text is INVALID: the run counts it, and it changes
 * nothing.
 *
 * @example parseStatusCell("En disputa", STATUS.open) //=> STATUS.disputed
 * @example parseStatusCell(0, STATUS.open) //=> STATUS.paid
 */
export function parseStatusCell(value: CellValue, yesMeans: typeof STATUS.open | typeof STATUS.paid): Parsed<StatusCode> {
  const no = yesMeans === STATUS.open ? STATUS.paid : STATUS.open;
  if (typeof value === "boolean") return value ? yesMeans : no;
  if (typeof value === "number") return value === 1 ? yesMeans : value === 0 ? no : INVALID;
  if (typeof value !== "string") return value === null || value === undefined ? BLANK : INVALID;
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const folded = foldText(value);
  let parsed: Parsed<StatusCode>;
  if (folded === "") parsed = BLANK;
  else if (YES.has(folded)) parsed = yesMeans;
  else if (NO.has(folded)) parsed = no;
  else parsed = BY_WORD.get(folded) ?? INVALID;
  if (cache.size < MAX_CACHED) cache.set(value, parsed);
  return parsed;
}

export const YES = new Set(["1", "true", "yes", "y", "si", "s", "sim", "x", "verdadero", "verdadeiro"]);
export const NO = new Set(["0", "false", "no", "n", "nao", "falso"]);

/** Header words that make a yes/no status column mean "paid" when yes ("Paid", "isClosed", "Cleared", "Pagada"). */
const PAID_WORDS = new Set([
  "paid",
  "closed",
  "cleared",
  "settled",
  "pagada",
  "pagado",
  "paga",
  "pago",
  "liquidada",
  "quitada",
  "cerrada",
  "fechada",
]);

/**
 * What "yes" means in a yes/no status column, from its header's words.
 *
 * @example yesMeansOf(["is", "open"]) //=> STATUS.open
 * @example yesMeansOf(["is", "paid"]) //=> STATUS.paid
 */
export function yesMeansOf(headerWords: readonly string[]): typeof STATUS.open | typeof STATUS.paid {
  return headerWords.some((w) => PAID_WORDS.has(w)) ? STATUS.paid : STATUS.open;
}
