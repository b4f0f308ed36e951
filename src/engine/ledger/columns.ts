type Typed = Float64Array | Int32Array | Uint8Array;

/**
 * A growable typed column: one typed array, doubled when full (sized once when
 * the row count is known). Whole numbers and flags get narrow arrays: less
 * memory outside the heap means fewer collections forced on a large sheet.
 */
export class GrowableColumn<A extends Typed> {
  private data: A;
  private size = 0;

  constructor(
    private readonly make: (length: number) => A,
    capacity: number,
  ) {
    this.data = make(Math.max(16, capacity));
  }

  get length(): number {
    return this.size;
  }

  /** Shortens the column (never lengthens it). */
  set length(value: number) {
    this.size = Math.min(this.size, value);
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = value;
  }

  /** The values pushed so far (a view, not a copy). */
  values(): A {
    return this.data.subarray(0, this.size) as A;
  }
}

export type NumberColumn = GrowableColumn<Float64Array>;
/** Numbers, dates (day serials) and NaN for blanks. */
export const numberColumn = (capacity: number): NumberColumn => new GrowableColumn((n) => new Float64Array(n), capacity);
/** Row indexes and codes. */
export const intColumn = (capacity: number): GrowableColumn<Int32Array> => new GrowableColumn((n) => new Int32Array(n), capacity);
/** Yes/no flags as 1 and 0. */
export const flagColumn = (capacity: number): GrowableColumn<Uint8Array> => new GrowableColumn((n) => new Uint8Array(n), capacity);

/** A column of texts stored as codes into a dictionary of distinct values: few strings, no million-pointer arrays. */
export interface TextCodes {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** Builds a `TextCodes` column; most columns (currency, risk class, industry) have a handful of values. */
export class TextColumn {
  private readonly codes: GrowableColumn<Int32Array>;
  private readonly ids = new Map<string, number>();
  private readonly dictionary: string[] = [];
  private last: string | undefined;
  private lastCode = -1;

  constructor(capacity: number) {
    this.codes = intColumn(capacity);
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
    return { codes: this.codes.values(), dictionary: this.dictionary };
  }
}
