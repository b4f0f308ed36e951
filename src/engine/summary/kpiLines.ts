import type { Kpis } from "./types";

/** How a KPI's figure reads: each face turns this into its own number format. */
export type KpiKind = "money" | "percent" | "days" | "count";

export interface KpiLine {
  readonly key: Exclude<keyof Kpis, "arByBucket">;
  readonly label: string;
  readonly kind: KpiKind;
}

/**
 * The key figures every face shows beside a segmentation, in order and with
 * one wording: the command line's table, the Excel summary sheet and the xlsx
 * summary sheet all list these.
 */
export const KPI_LINES: readonly KpiLine[] = [
  { key: "totalAR", label: "Total AR", kind: "money" },
  { key: "currentAR", label: "Current AR", kind: "money" },
  { key: "percentCurrent", label: "% current", kind: "percent" },
  { key: "overdueAR", label: "Overdue AR", kind: "money" },
  { key: "weightedAvgDaysPastDue", label: "Weighted average days past due", kind: "days" },
  { key: "top10Share", label: "Top-10 customers' share", kind: "percent" },
  { key: "customers", label: "Customers", kind: "count" },
  { key: "openInvoices", label: "Open invoices", kind: "count" },
  { key: "creditBalance", label: "Credits (not chased)", kind: "money" },
  { key: "creditItems", label: "Credit items", kind: "count" },
  { key: "notYetIssued", label: "Not yet issued (in no total)", kind: "count" },
];
