/** A growable column of numbers: one typed array, doubled when full, so a million rows allocate a handful of times. */
export class NumberColumn {
  private data: Float64Array;
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Shortens the column (never lengthens it). */
  set length(value: number) {
    this.size = Math.min(this.size, value);
  }

  constructor(capacity: number) {
    this.data = new Float64Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }

  /** The values pushed so far (a view, not a copy). */
  values(): Float64Array {
    return this.data.subarray(0, this.size);
  }
}
