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

/** A column of texts stored as codes into a dictionary of distinct values: few strings, no million-pointer arrays. */
export interface TextCodes {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** Builds a `TextCodes` column; most columns (currency, risk class, industry) have a handful of values. */
export class TextColumn {
  private readonly codes: NumberColumn;
  private readonly ids = new Map<string, number>();
  private readonly dictionary: string[] = [];
  private last: string | undefined;
  private lastCode = -1;

  constructor(capacity: number) {
    this.codes = new NumberColumn(capacity);
  }

  push(text: string): void {
    // Rows of one customer repeat their texts: the same text as the row before needs no lookup.
    if (text !== this.last) {
      let code = this.ids.get(text);
      if (code === undefined) {
        code = this.dictionary.length;
        this.ids.set(text, code);
        this.dictionary.push(text);
      }
      this.last = text;
      this.lastCode = code;
    }
    this.codes.push(this.lastCode);
  }

  values(): TextCodes {
    return { codes: Int32Array.from(this.codes.values()), dictionary: this.dictionary };
  }
}
