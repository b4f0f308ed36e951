/**
 * Column storage for a parsed ledger: typed arrays, each as narrow as its
 * values allow. Their buffers live outside the JS heap, and V8 answers every
 * ~64 MB of new outside memory with a full collection of the whole heap (the
 * caller's million-row sheet included, 0.3-0.6 s each), so bytes per row
 * decide the speed of a large sheet as much as the loops do.
 */
type Typed = Float64Array | Float32Array | Int32Array | Uint16Array | Uint8Array;

/** Amounts (Float64Array), or day serials and whole counts (Float32Array: exact to 16 million); NaN for blanks. */
export type NumberArray = Float64Array | Float32Array;

/** Codes into a dictionary, as narrow as the dictionary allows. */
export type Codes = Uint8Array | Uint16Array | Int32Array;

/**
 * A growable typed column: one typed array, doubled when full (sized once when
 * the row count is known). Values are written a chunk at a time by `append`,
 * straight into the array, so the hot loops make no call per value.
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

  /** Appends `count` values that `write` puts at data[at], data[at + 1], … data[at + count - 1]. */
  append(count: number, write: (data: A, at: number) => void): void {
    this.ensure(this.size + count);
    write(this.data, this.size);
    this.size += count;
  }

  push(value: number): void {
    this.ensure(this.size + 1);
    this.data[this.size++] = value;
  }

  /** The values appended so far (a view, not a copy). */
  values(): A {
    return this.data.subarray(0, this.size) as A;
  }

  /** The same values in a wider array (for codes that outgrow their width). */
  widen<B extends Typed>(make: (length: number) => B): GrowableColumn<B> {
    const wider = new GrowableColumn(make, this.data.length);
    wider.data.set(this.values());
    wider.size = this.size;
    return wider;
  }

  private ensure(length: number): void {
    if (length <= this.data.length) return;
    const next = this.make(Math.max(length, this.data.length * 2));
    next.set(this.data.subarray(0, this.size));
    this.data = next;
  }
}

export type NumberColumn = GrowableColumn<NumberArray>;
/** Amounts: full double precision. */
export const amountColumn = (capacity: number): NumberColumn => new GrowableColumn<NumberArray>((n) => new Float64Array(n), capacity);
/** Day serials and whole counts: half the bytes of an amount, still exact. */
export const dayColumn = (capacity: number): NumberColumn => new GrowableColumn<NumberArray>((n) => new Float32Array(n), capacity);
/** Row indexes. */
export const intColumn = (capacity: number): GrowableColumn<Int32Array> => new GrowableColumn((n) => new Int32Array(n), capacity);
/** Yes/no flags as 1 and 0. */
export const flagColumn = (capacity: number): GrowableColumn<Uint8Array> => new GrowableColumn((n) => new Uint8Array(n), capacity);

/** A column of texts stored as codes into a dictionary of distinct values: few strings, no million-pointer arrays. */
export interface TextCodes {
  readonly codes: Codes;
  readonly dictionary: readonly string[];
}

/**
 * A copy of `text` that holds on to nothing else. A string cut from a larger
 * one (a csv reader's field, cut from a megabyte of decoded file) keeps that
 * whole larger string alive in V8; a dictionary of 200,000 customer names
 * would otherwise keep the entire file's text in memory.
 */
export function detached(text: string): string {
  return (" " + text).slice(1);
}

/**
 * Builds a `TextCodes` column. Most columns (currency, risk class, industry)
 * have a handful of values: their codes take one byte a row, widened to two
 * or four only when the dictionary outgrows 256 or 65,536 texts.
 */
export class TextColumn {
  private codes: GrowableColumn<Codes>;
  private limit: number;
  private readonly ids = new Map<string, number>();
  private readonly dictionary: string[] = [];
  private last: string | undefined;
  private lastCode = -1;

  /** `wide`: start at four bytes a code (customers: usually thousands, so no widening copies). */
  constructor(capacity: number, wide = false) {
    this.codes = wide
      ? new GrowableColumn<Codes>((n) => new Int32Array(n), capacity)
      : new GrowableColumn<Codes>((n) => new Uint8Array(n), capacity);
    this.limit = wide ? 2 ** 31 : 256;
  }

  push(text: string): void {
    // Rows of one customer repeat their texts: the same text as the row before needs no lookup.
    if (text !== this.last) {
      let code = this.ids.get(text);
      if (code === undefined) {
        code = this.dictionary.length;
        if (code === this.limit) this.widen();
        const kept = detached(text);
        this.ids.set(kept, code);
        this.dictionary.push(kept);
      }
      this.last = text;
      this.lastCode = code;
    }
    this.codes.push(this.lastCode);
  }

  values(): TextCodes {
    return { codes: this.codes.values(), dictionary: this.dictionary };
  }

  private widen(): void {
    if (this.limit === 256) {
      this.codes = this.codes.widen<Codes>((n) => new Uint16Array(n));
      this.limit = 65536;
    } else {
      this.codes = this.codes.widen<Codes>((n) => new Int32Array(n));
      this.limit = 2 ** 31;
    }
  }
}
