/** Figures of one segment × aging-bucket cell, or of a whole segment. */
export interface Figures {
  readonly count: number;
  readonly balance: number;
  /** Share of total open AR, 0..1. */
  readonly share: number;
}

export interface SegmentLine extends Figures {
  readonly segment: string;
  /** Priority of the segment (the lowest number seen on its rows), null when none. */
  readonly priority: number | null;
  /** One entry per bucket label, in `Summary.buckets` order. */
  readonly byBucket: readonly Figures[];
}

export interface Kpis {
  readonly totalAR: number;
  readonly currentAR: number;
  /** currentAR ÷ totalAR, 0..1 (0 when there is no AR). */
  readonly percentCurrent: number;
  readonly overdueAR: number;
  /** Open balance per bucket, in `Summary.buckets` order. */
  readonly arByBucket: readonly number[];
  /** Σ(balance × DPD⁺) ÷ Σ balance over open rows with a positive balance. */
  readonly weightedAvgDaysPastDue: number;
  /** Share of the customers' positive balances held by the 10 largest customers, 0..1. */
  readonly top10Share: number;
  readonly customers: number;
  readonly openInvoices: number;
  /** Open credits (credit notes, unapplied cash, overpayments): their number and (negative) total, set apart and never chased. */
  readonly creditItems: number;
  readonly creditBalance: number;
  /** Invoices dated after the as-of date: not yet issued then, so in no other figure. */
  readonly notYetIssued: number;
}

export interface CurrencyLine {
  readonly currency: string;
  readonly totalAR: number;
  readonly overdueAR: number;
  readonly count: number;
}

export interface Summary {
  /** Aging bucket labels, Current first. */
  readonly buckets: readonly string[];
  /** Segments in priority order (1 first; no priority last). */
  readonly segments: readonly SegmentLine[];
  readonly total: Figures & { readonly byBucket: readonly Figures[] };
  readonly kpis: Kpis;
  /** Open AR by currency, when the ledger has more than one currency. */
  readonly currencies: readonly CurrencyLine[];
  /** The as-of date the figures are computed at, YYYY-MM-DD. */
  readonly asOf: string;
  /** Rows segmented, those not yet issued included (they are in no total: `total.count` + `kpis.notYetIssued` = rowCount). */
  readonly rowCount: number;
}
