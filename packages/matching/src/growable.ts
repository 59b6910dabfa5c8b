// Append-only typed arrays that double when full: a million profiles' postings fit in a few
// flat buffers instead of millions of JS arrays (each costs ~100 bytes of header before any data).

type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float32Array | Float64Array;
type TypedArrayCtor<T extends TypedArray> = new (length: number) => T;

/** A typed array that grows by doubling; `data` may be longer than `length`. */
export class Growable<T extends TypedArray> {
  data: T;
  length = 0;

  constructor(
    private readonly ctor: TypedArrayCtor<T>,
    capacity = 16,
  ) {
    this.data = new ctor(Math.max(1, capacity));
  }

  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for at least `capacity` values. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    let next = this.data.length * 2;
    while (next < capacity) next *= 2;
    const bigger = new this.ctor(next);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }

  /** Value at `i` (0 past the end). */
  at(i: number): number {
    return this.data[i] ?? 0;
  }

  /** Sets the value at `i`, growing with zeros as needed. */
  set(i: number, value: number): void {
    if (i >= this.data.length) this.reserve(i + 1);
    if (i >= this.length) this.length = i + 1;
    this.data[i] = value;
  }

  /** Drops the values and, when `capacity` is given, the memory. */
  clear(capacity?: number): void {
    this.length = 0;
    if (capacity !== undefined) this.data = new this.ctor(Math.max(1, capacity));
  }
}
