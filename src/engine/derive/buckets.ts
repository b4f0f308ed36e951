/**
 * Aging buckets from their upper edges in days past due.
 *
 * @example
 * bucketLabels([0, 30, 60, 90]) //=> ["Current", "1-30", "31-60", "61-90", "90+"]
 */
export function bucketLabels(edges: readonly number[]): string[] {
  const labels = ["Current"];
  for (let k = 1; k < edges.length; k++) labels.push(`${edges[k - 1] + 1}-${edges[k]}`);
  labels.push(`${edges[edges.length - 1]}+`);
  return labels;
}

/** The label a paid row carries in the Aging Bucket column: paid invoices are not aged. */
export const PAID_BUCKET = "Paid";

/**
 * Index of the bucket a number of days past due falls in (DPD ≤ first edge is Current).
 *
 * @example
 * bucketIndex(45, [0, 30, 60, 90]) //=> 2   ("31-60")
 */
export function bucketIndex(dpd: number, edges: readonly number[]): number {
  for (let k = 0; k < edges.length; k++) if (dpd <= edges[k]) return k;
  return edges.length;
}
