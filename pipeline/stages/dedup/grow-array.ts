/** Largest a growing array may become (a resizable buffer's limit here): 4 GiB. */
const MAX_BYTES = 2 ** 32;
/** Bytes a growing array is extended by at least, and copied out by at most per step of `finish`. */
export const GROW_STEP_BYTES = 4 * 2 ** 20;

type View = Uint32Array | Float64Array;
type ViewType<T extends View> = { new (buffer: ArrayBuffer, byteOffset?: number, length?: number): T; BYTES_PER_ELEMENT: number };
type Resizable = ArrayBuffer & { resize(n: number): void };

/**
 * A typed array that grows in place: a resizable buffer reserves the address space once and
 * commits memory as it grows, so growing never copies and never leaves an old copy behind for
 * the collector (which, for arrays of hundreds of megabytes, is what makes a run's memory peak).
 *
 * @example
 * const a = new GrowArray(Uint32Array);
 * a.push([1, 2, 3]);
 * a.push([10, 20], 1, 100); // appends 120
 * a.finish(); // Uint32Array [1, 2, 3, 120]
 */
export class GrowArray<T extends View> {
  length = 0;
  private readonly buffer: Resizable;
  /** A view that follows the buffer's length. */
  data: T;

  /**
   * @param type The typed array class (Uint32Array or Float64Array).
   * @param stepBytes Growth step and largest piece `finish` copies at a time (default `GROW_STEP_BYTES`).
   */
  constructor(private readonly type: ViewType<T>, private readonly stepBytes = GROW_STEP_BYTES) {
    this.buffer = new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => Resizable)(0, { maxByteLength: MAX_BYTES });
    this.data = new type(this.buffer);
  }

  /** Bytes the buffer holds now (what is committed, at least `length` values). */
  get reservedBytes(): number {
    return this.buffer.byteLength;
  }

  /** Appends `src` from position `from`, adding `shift` to each value (for offsets). */
  push(src: ArrayLike<number>, from = 0, shift = 0): void {
    const n = src.length - from;
    const need = (this.length + n) * this.type.BYTES_PER_ELEMENT;
    if (need > this.buffer.byteLength) {
      if (need > MAX_BYTES) throw new RangeError('dedup: a run holds at most 4 GiB of one kind of signature');
      this.buffer.resize(Math.min(MAX_BYTES, Math.max(need, this.buffer.byteLength + this.stepBytes)));
    }
    if (shift === 0 && from === 0 && ArrayBuffer.isView(src)) this.data.set(src as T, this.length);
    else for (let i = from; i < src.length; i++) this.data[this.length + i - from] = src[i] + shift;
    this.length += n;
  }

  /**
   * The values as a plain array; the growing buffer is empty after. Typed arrays on resizable
   * buffers are much slower to index, and dedup indexes these arrays millions of times, so the
   * copy pays. It is made from the end, `stepBytes` at a time, and the buffer shrinks behind each
   * piece: the pages of the new array are committed as the old ones are given back, so the
   * copy never holds the array twice (320 MB of sentence units at a million articles).
   */
  finish(): T {
    const size = this.type.BYTES_PER_ELEMENT;
    const out = new this.type(new ArrayBuffer(this.length * size));
    const step = Math.max(1, Math.floor(this.stepBytes / size));
    for (let end = this.length; end > 0;) {
      const start = Math.max(0, end - step);
      out.set(new this.type(this.buffer, start * size, end - start), start);
      this.buffer.resize(start * size);
      end = start;
    }
    this.buffer.resize(0);
    this.length = 0;
    return out;
  }
}
