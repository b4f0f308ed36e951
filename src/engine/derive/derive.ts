import type { SegmentationConfig } from "../config/schema";
import type { NumberArray } from "../ledger/columns";
import type { Ledger } from "../ledger/ledger";
import { addMonths } from "../parse";
import { STATUS } from "../parse/status";
import { bucketIndex, bucketLabels } from "./buckets";
import { riskFromClass, riskFromScore, UNKNOWN_RISK } from "./risk";

/**
 * Everything the models read beside the ledger itself, as of one date: per row
 * days past due, bucket and open balance; per customer the aggregates.
 * Arrays are indexed by ledger row, or by customer number for `customers`.
 */
export interface Derived {
  readonly asOf: number;
  readonly bucketLabels: readonly string[];
  /** Bucket index of each row; `paidBucket` for paid rows. */
  readonly bucket: Uint8Array;
  readonly paidBucket: number;
  /** Whole days (NaN when unknown). */
  readonly dpd: Float32Array;
  readonly paid: Uint8Array;
  /** Open balance (0 when paid or not yet issued; negative for a credit). */
  readonly open: Float64Array;
  /** 1 for an invoice dated after the as-of date: it does not exist yet then, and is in no total. */
  readonly notIssued: Uint8Array;
  /** 1 for an open credit: a negative open balance, or a credit status (credit note, unapplied cash). */
  readonly credit: Uint8Array;
  /** How many rows are not yet issued. */
  readonly notIssuedCount: number;
  readonly promisePending: Uint8Array;
  /** Broken promises: the sheet's count plus a promise date passed on an open row. */
  readonly broken: Float32Array;
  readonly risk: Uint8Array;
  readonly customers: CustomerFacts;
  readonly totalOpen: number;
}

export interface CustomerFacts {
  readonly count: number;
  readonly balance: Float64Array;
  readonly overdue: Float64Array;
  readonly oldestDpd: Float64Array;
  readonly openInvoices: Int32Array;
  readonly disputedAmount: Float64Array;
  readonly anyDisputed: Uint8Array;
  readonly share: Float64Array;
  readonly creditLimit: Float64Array;
  readonly avgDaysLate: Float64Array;
  readonly shareLate: Float64Array;
  readonly recentLate: Int32Array;
  readonly tenureMonths: Float64Array;
  readonly missingContact: Uint8Array;
  readonly promisePending: Uint8Array;
  readonly broken: Float64Array;
  readonly risk: Uint8Array;
  /** The row that stands for the customer: its oldest open invoice (else its first row). */
  readonly representative: Int32Array;
}

const DAYS_PER_MONTH = 365.25 / 12;
const NONE: NumberArray = new Float64Array(0);

/**
 * Derives days past due, buckets and customer facts as of `asOf` (a day serial).
 *
 * Each row, as of that date (the README states the same rules):
 * 1. dated after the as-of date: not yet issued — not aged, in no total and no customer fact;
 * 2. paid when its paid date is on or before the as-of date; with no paid date, when its status
 *    says paid (or closed, cleared, void) or its balance is 0. A paid date after the as-of date
 *    means it was open then, whatever the status says: its open balance is the balance, or the
 *    invoice amount when the balance is already 0;
 * 3. a credit when open with a negative balance, or when its status or document type says credit
 *    (the balance then counts as negative);
 * 4. otherwise open, with its balance.
 */
export function derive(ledger: Ledger, config: SegmentationConfig, asOf: number): Derived {
  const n = ledger.rowCount;
  const nums = ledger.numbers;
  const due = nums.dueDate ?? NONE;
  const inv = nums.invoiceDate ?? NONE;
  const given = nums.daysPastDue ?? NONE;
  const paidDate = nums.paidDate ?? NONE;
  const balance = nums.balance ?? nums.amount ?? NONE;
  const amount = nums.amount ?? NONE;
  const status = ledger.status;
  const hasBalance = ledger.has.has("balance") || ledger.has.has("amount");
  const basis = config.agingBasis === "invoiceDate" && ledger.has.has("invoiceDate") ? inv : due;
  const hasBasis = basis.length > 0;
  const edges = config.agingEdges;
  const labels = bucketLabels(edges);
  const paidBucket = labels.length;

  const dpd = new Float32Array(n);
  const bucket = new Uint8Array(n);
  const paid = new Uint8Array(n);
  const open = new Float64Array(n);
  const notIssued = new Uint8Array(n);
  const credit = new Uint8Array(n);
  let notIssuedCount = 0;
  let totalOpen = 0;

  for (let i = 0; i < n; i++) {
    const d = hasBasis && basis[i] === basis[i] ? asOf - basis[i] : given.length > 0 ? given[i] : NaN;
    dpd[i] = d;
    if (inv.length > 0 && inv[i] > asOf) {
      notIssued[i] = 1;
      notIssuedCount++;
      bucket[i] = paidBucket;
      continue;
    }
    const b = hasBalance ? balance[i] : NaN;
    const pd = paidDate.length > 0 ? paidDate[i] : NaN;
    const says = status !== undefined ? status[i] : STATUS.none;
    const isPaid = pd === pd ? pd <= asOf : says === STATUS.paid || b === 0;
    paid[i] = isPaid ? 1 : 0;
    let o = isPaid || b !== b ? 0 : b;
    // Paid after the as-of date: open then, for what the invoice was worth if its balance now reads 0.
    if (!isPaid && o === 0 && pd === pd && amount.length > 0 && amount[i] === amount[i]) o = amount[i];
    if (!isPaid && says === STATUS.credit && o > 0) o = -o;
    if (o < 0) credit[i] = 1;
    open[i] = o;
    totalOpen += o;
    bucket[i] = isPaid ? paidBucket : bucketIndex(d === d ? d : 0, edges);
  }
  const core = { asOf, bucketLabels: labels, bucket, paidBucket, dpd, paid, open, notIssued, credit, notIssuedCount, totalOpen };
  // Days past due, buckets, paid flags and open balances are worked out at once; the rest the first time something
  // reads them, since a configuration reads only some (the aging preset: no promises, risk, payment history or
  // tenure), and on a million rows each group costs time and memory.
  let promises: ReturnType<typeof promiseFacts> | undefined;
  let riskLevels: Uint8Array | undefined;
  let customers: CustomerFacts | undefined;
  const derived: Derived = {
    ...core,
    get promisePending() {
      return (promises ??= promiseFacts(ledger, core)).promisePending;
    },
    get broken() {
      return (promises ??= promiseFacts(ledger, core)).broken;
    },
    get risk() {
      return (riskLevels ??= riskColumn(ledger));
    },
    get customers() {
      return (customers ??= new Customers(ledger, config, derived));
    },
  };
  return derived;
}

/** Promises per row: one still pending, and broken ones (the sheet's count plus a promise date passed on an open row). */
function promiseFacts(
  ledger: Ledger,
  rows: Pick<Derived, "asOf" | "paid" | "notIssued">,
): { promisePending: Uint8Array; broken: Float32Array } {
  const n = ledger.rowCount;
  const asOf = rows.asOf;
  const promise = ledger.numbers.promiseDate ?? NONE;
  const brokenGiven = ledger.numbers.brokenPromises ?? NONE;
  const promisePending = new Uint8Array(n);
  const broken = new Float32Array(n);
  const paid = rows.paid;
  const notIssued = rows.notIssued;
  for (let i = 0; i < n; i++) {
    if (notIssued[i] === 1) continue;
    const isPaid = paid[i] === 1;
    const p = promise.length > 0 ? promise[i] : NaN;
    promisePending[i] = !isPaid && p >= asOf ? 1 : 0;
    const g = brokenGiven.length > 0 && brokenGiven[i] === brokenGiven[i] ? brokenGiven[i] : 0;
    broken[i] = g + (!isPaid && p < asOf ? 1 : 0);
  }
  return { promisePending, broken };
}

function riskColumn(ledger: Ledger): Uint8Array {
  const n = ledger.rowCount;
  const out = new Uint8Array(n).fill(UNKNOWN_RISK);
  const classes = ledger.texts.riskClass;
  const scores = ledger.numbers.creditScore;
  // A risk class has a handful of values: read each once, then look rows up by code.
  const levelOfCode = classes ? classes.dictionary.map(riskFromClass) : [];
  for (let i = 0; i < n; i++) {
    let level = classes ? levelOfCode[classes.codes[i]] : UNKNOWN_RISK;
    if (level === UNKNOWN_RISK && scores) level = riskFromScore(scores[i]);
    out[i] = level;
  }
  return out;
}

/** What the summary and customer level need: balances, the oldest open invoice, disputes. */
type Balances = Pick<
  CustomerFacts,
  "balance" | "overdue" | "oldestDpd" | "openInvoices" | "disputedAmount" | "anyDisputed" | "share" | "representative"
>;
/** Everything else known of a customer: payment history, tenure, credit limit, contact, promises, risk. */
type Profile = Omit<CustomerFacts, keyof Balances | "count">;

/** Customer facts in two groups, each worked out the first time one of its facts is read. */
class Customers implements CustomerFacts {
  readonly count: number;
  private balances: Balances | undefined;
  private profiles: Profile | undefined;

  constructor(
    private readonly ledger: Ledger,
    private readonly config: SegmentationConfig,
    private readonly rows: Derived,
  ) {
    this.count = ledger.customerNames.length;
  }

  private get b(): Balances {
    return (this.balances ??= customerBalances(this.ledger, this.rows));
  }
  private get p(): Profile {
    return (this.profiles ??= customerProfile(this.ledger, this.config, this.rows));
  }

  get balance(): Float64Array {
    return this.b.balance;
  }
  get overdue(): Float64Array {
    return this.b.overdue;
  }
  get oldestDpd(): Float64Array {
    return this.b.oldestDpd;
  }
  get openInvoices(): Int32Array {
    return this.b.openInvoices;
  }
  get disputedAmount(): Float64Array {
    return this.b.disputedAmount;
  }
  get anyDisputed(): Uint8Array {
    return this.b.anyDisputed;
  }
  get share(): Float64Array {
    return this.b.share;
  }
  get representative(): Int32Array {
    return this.b.representative;
  }
  get creditLimit(): Float64Array {
    return this.p.creditLimit;
  }
  get avgDaysLate(): Float64Array {
    return this.p.avgDaysLate;
  }
  get shareLate(): Float64Array {
    return this.p.shareLate;
  }
  get recentLate(): Int32Array {
    return this.p.recentLate;
  }
  get tenureMonths(): Float64Array {
    return this.p.tenureMonths;
  }
  get missingContact(): Uint8Array {
    return this.p.missingContact;
  }
  get promisePending(): Uint8Array {
    return this.p.promisePending;
  }
  get broken(): Float64Array {
    return this.p.broken;
  }
  get risk(): Uint8Array {
    return this.p.risk;
  }
}

function customerBalances(ledger: Ledger, rows: Derived): Balances {
  const c = ledger.customerNames.length;
  const n = ledger.rowCount;
  const cust = ledger.customer;
  const disputed = ledger.disputed;
  const { open, dpd, paid, notIssued, totalOpen } = rows;
  const balance = new Float64Array(c);
  const overdue = new Float64Array(c);
  const oldestDpd = new Float64Array(c).fill(NaN);
  const openInvoices = new Int32Array(c);
  const disputedAmount = new Float64Array(c);
  const anyDisputed = new Uint8Array(c);
  const share = new Float64Array(c);
  const representative = new Int32Array(c).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = cust[i];
    if (representative[k] < 0) representative[k] = i;
    if (paid[i] === 1 || notIssued[i] === 1) continue;
    const o = open[i];
    const d = dpd[i];
    balance[k] += o;
    openInvoices[k]++;
    if (d > 0) overdue[k] += o;
    if (disputed[i] === 1) {
      disputedAmount[k] += o;
      anyDisputed[k] = 1;
    }
    // The oldest open invoice: the first open row, then any open row with more (known) days past due. A row with no
    // days past due never displaces one that has them, so the row order decides only between equal ages.
    if (openInvoices[k] === 1) {
      oldestDpd[k] = d;
      representative[k] = i;
    } else if (d === d && !(oldestDpd[k] >= d)) {
      oldestDpd[k] = d;
      representative[k] = i;
    }
  }
  for (let k = 0; k < c; k++) share[k] = totalOpen !== 0 ? balance[k] / totalOpen : 0;
  return { balance, overdue, oldestDpd, openInvoices, disputedAmount, anyDisputed, share, representative };
}

function customerProfile(ledger: Ledger, config: SegmentationConfig, rows: Derived): Profile {
  const c = ledger.customerNames.length;
  const n = ledger.rowCount;
  const asOf = rows.asOf;
  const cust = ledger.customer;
  const nums = ledger.numbers;
  const due = nums.dueDate ?? NONE;
  const paidDate = nums.paidDate ?? NONE;
  const amount = nums.amount ?? NONE;
  const balance = nums.balance ?? NONE;
  const limit = nums.creditLimit ?? NONE;
  const since = nums.customerSince ?? NONE;
  const invDate = nums.invoiceDate ?? NONE;
  const contact = ledger.contact;
  const recentFrom = addMonths(asOf, -config.recentMonths);
  const { paid, notIssued, promisePending: rowPromise, broken: rowBroken, risk: rowRisk } = rows;

  const f = {
    creditLimit: new Float64Array(c).fill(NaN),
    avgDaysLate: new Float64Array(c).fill(NaN),
    shareLate: new Float64Array(c).fill(NaN),
    recentLate: new Int32Array(c),
    tenureMonths: new Float64Array(c).fill(NaN),
    missingContact: new Uint8Array(c),
    promisePending: new Uint8Array(c),
    broken: new Float64Array(c),
    risk: new Uint8Array(c).fill(UNKNOWN_RISK),
  };
  const lateWeighted = new Float64Array(c);
  const lateWeight = new Float64Array(c);
  const lateCount = new Int32Array(c);
  const lateSum = new Float64Array(c);
  const paidCount = new Int32Array(c);
  const paidLate = new Int32Array(c);
  const first = new Float64Array(c).fill(Infinity);
  const contactSeen = new Uint8Array(c);

  for (let i = 0; i < n; i++) {
    // An invoice not yet issued as of the date tells nothing of the customer then.
    if (notIssued[i] === 1) continue;
    const k = cust[i];
    if (paid[i] === 0 && rowPromise[i] === 1) f.promisePending[k] = 1;
    f.broken[k] += rowBroken[i];
    if (rowRisk[i] < UNKNOWN_RISK && (f.risk[k] === UNKNOWN_RISK || rowRisk[i] > f.risk[k])) f.risk[k] = rowRisk[i];
    if (limit.length > 0 && limit[i] === limit[i] && !(f.creditLimit[k] >= limit[i])) f.creditLimit[k] = limit[i];
    const start = since.length > 0 && since[i] === since[i] ? since[i] : invDate.length > 0 ? invDate[i] : NaN;
    if (start < first[k]) first[k] = start;
    if (contact !== undefined && contact[i] === 1) contactSeen[k] = 1;

    // Payment behaviour: days late of a paid invoice, or of an unpaid one already due.
    const du = due.length > 0 ? due[i] : NaN;
    if (du === du) {
      const pd = paidDate.length > 0 ? paidDate[i] : NaN;
      const settled = pd <= asOf;
      // Unpaid and not yet due: left out. Paid (a zero balance, or a paid status) with no paid date: paid on an unknown day, left out too.
      const unknownPayment = !settled && pd !== pd && paid[i] === 1;
      if ((settled || asOf >= du) && !unknownPayment) {
        const late = Math.max(0, (settled ? pd : asOf) - du);
        const w =
          amount.length > 0 && amount[i] === amount[i]
            ? Math.abs(amount[i])
            : balance.length > 0 && balance[i] === balance[i]
              ? Math.abs(balance[i])
              : 0;
        lateWeighted[k] += w * late;
        lateWeight[k] += w;
        lateSum[k] += late;
        lateCount[k]++;
        if (settled) {
          paidCount[k]++;
          if (late > 0) {
            paidLate[k]++;
            if (pd >= recentFrom) f.recentLate[k]++;
          }
        }
      }
    }
  }

  for (let k = 0; k < c; k++) {
    if (lateCount[k] > 0) f.avgDaysLate[k] = lateWeight[k] > 0 ? lateWeighted[k] / lateWeight[k] : lateSum[k] / lateCount[k];
    if (paidCount[k] > 0) f.shareLate[k] = (paidLate[k] / paidCount[k]) * 100;
    if (first[k] !== Infinity) f.tenureMonths[k] = Math.max(0, (asOf - first[k]) / DAYS_PER_MONTH);
    f.missingContact[k] = contact !== undefined && contactSeen[k] === 0 ? 1 : 0;
  }
  return f;
}

/** Payment grade index from the amount-weighted average days late: A ≤ 30 < B ≤ 60 < C ≤ 90 < D. */
export const GRADES = ["A", "B", "C", "D", "No history"] as const;

/**
 * @example
 * gradeIndex(17.8) //=> 0 ("A")
 * gradeIndex(NaN)  //=> 4 ("No history")
 */
export function gradeIndex(avgDaysLate: number): number {
  if (avgDaysLate !== avgDaysLate) return 4;
  return avgDaysLate <= 30 ? 0 : avgDaysLate <= 60 ? 1 : avgDaysLate <= 90 ? 2 : 3;
}
