import { BitWriter, encodeSortedSet } from './golomb-rice.ts';
import type { SignedBatch } from './signatures.ts';

/** Largest a growing array may become (a resizable buffer's limit here): 4 GiB. */
const MAX_BYTES = 2 ** 32;
/** Bytes a growing array is extended by at least. */
const STEP_BYTES = 4 * 2 ** 20;

type View = Uint32Array | Float64Array;
type ViewType<T extends View> = { new (buffer: ArrayBuffer, byteOffset?: number, length?: number): T; BYTES_PER_ELEMENT: number };

/**
 * A typed array that grows in place: a resizable buffer reserves the address space once and
 * commits memory as it grows, so growing never copies and never leaves an old copy behind for
 * the collector (which, for arrays of hundreds of megabytes, is what makes a run's memory peak).
 */
class Grow<T extends View> {
  length = 0;
  private readonly buffer: ArrayBuffer;
  /** A view that follows the buffer's length. */
  data: T;

  constructor(private readonly type: ViewType<T>) {
    this.buffer = new (ArrayBuffer as unknown as new (n: number, o: { maxByteLength: number }) => ArrayBuffer)(0, { maxByteLength: MAX_BYTES });
    this.data = new type(this.buffer);
  }

  /** Appends `src` from position `from`, adding `shift` to each value (for offsets). */
  push(src: ArrayLike<number>, from = 0, shift = 0): void {
    const n = src.length - from;
    const need = (this.length + n) * this.type.BYTES_PER_ELEMENT;
    if (need > this.buffer.byteLength) {
      if (need > MAX_BYTES) throw new RangeError('dedup: a run holds at most 4 GiB of one kind of signature');
      (this.buffer as unknown as { resize(n: number): void }).resize(Math.min(MAX_BYTES, Math.max(need, this.buffer.byteLength + STEP_BYTES)));
    }
    if (shift === 0 && from === 0 && ArrayBuffer.isView(src)) this.data.set(src as T, this.length);
    else for (let i = from; i < src.length; i++) this.data[this.length + i - from] = src[i] + shift;
    this.length += n;
  }

  /**
   * The values as a plain array, and the growing buffer given back at once (resized to nothing,
   * not left to the collector). Typed arrays on resizable buffers are much slower to index, and
   * dedup indexes these arrays millions of times, so the copy pays; it is made one array at a time.
   */
  finish(): T {
    const out = new this.type(new ArrayBuffer(this.length * this.type.BYTES_PER_ELEMENT));
    out.set(this.data.subarray(0, this.length));
    (this.buffer as unknown as { resize(n: number): void }).resize(0);
    this.length = 0;
    return out;
  }
}

/**
 * The same batch with its shingle sets Golomb-Rice coded into one byte chunk (`coded`), the raw
 * `shingles` dropped: about 60% of the bytes, e.g. to send a shard's signatures to another thread.
 *
 * @example
 * const small = codeShingles(signRecords(records, options)); // batchShingles(small, i) decodes
 */
export function codeShingles(b: SignedBatch): SignedBatch {
  if (b.coded) return b;
  const w = new BitWriter();
  const offsets = new Float64Array(b.ids.length);
  for (let i = 0; i < b.ids.length; i++) {
    offsets[i] = w.length;
    encodeSortedSet(b.shingles.subarray(b.shingleOffsets[i], b.shingleOffsets[i + 1]), w);
  }
  return { ...b, shingles: new Uint32Array(0), coded: { chunks: [w.bytes.slice(0, w.length)], chunkOf: new Uint32Array(b.ids.length), offsets } };
}

/**
 * Appends signed shards one after another into one batch without holding the shards and the
 * merged copy at once (what `mergeBatches` gives, built incrementally as shards arrive, with
 * the shingle sets coded: read them with `batchShingles`).
 *
 * @example
 * const b = new SignedBatchBuilder();
 * for (const shard of shards) b.add(shard);
 * const batch = b.build();
 */
export class SignedBatchBuilder {
  private readonly ids: string[] = [];
  private readonly sources: string[] = [];
  private readonly published = new Grow(Float64Array);
  private readonly chars = new Grow(Uint32Array);
  private readonly exact = new Grow(Uint32Array);
  private readonly shingleOffsets = new Grow(Uint32Array);
  private readonly chunks: Uint8Array[] = [];
  private readonly chunkOf = new Grow(Uint32Array);
  private readonly codedOffsets = new Grow(Float64Array);
  private readonly bandKeys = new Grow(Uint32Array);
  private readonly units = new Grow(Uint32Array);
  private readonly sentenceEnds = new Grow(Uint32Array);
  private readonly docSentences = new Grow(Uint32Array);

  constructor() {
    this.shingleOffsets.push([0]);
    this.docSentences.push([0]);
  }

  /** Number of articles added so far. */
  get size(): number { return this.ids.length; }

  /** Appends one shard (signed with the same options as the others). */
  add(b: SignedBatch): void {
    for (const id of b.ids) this.ids.push(id);
    for (const s of b.sources) this.sources.push(s);
    this.published.push(b.published);
    this.chars.push(b.chars);
    this.exact.push(b.exact);
    // Shingle sets are held Golomb-Rice coded (coded where the shard was signed, or here): the
    // largest part of the signatures, in about 60% of the memory, never copied again.
    const base = this.shingleOffsets.data[this.shingleOffsets.length - 1];
    this.shingleOffsets.push(b.shingleOffsets, 1, base);
    const coded = b.coded ?? codeShingles(b).coded!;
    this.codedOffsets.push(coded.offsets);
    this.chunkOf.push(coded.chunkOf, 0, this.chunks.length);
    for (const chunk of coded.chunks) this.chunks.push(chunk);
    this.bandKeys.push(b.bandKeys);
    const su = b.sentences ?? { units: new Uint32Array(0), sentenceEnds: new Uint32Array(0), docSentences: new Uint32Array(b.ids.length + 1) };
    this.docSentences.push(su.docSentences, 1, this.sentenceEnds.length);
    this.sentenceEnds.push(su.sentenceEnds, 0, this.units.length);
    this.units.push(su.units);
  }

  /** The batch of every shard added, in order; the builder is empty after. */
  build(): SignedBatch {
    return {
      ids: this.ids, sources: this.sources, published: this.published.finish(), chars: this.chars.finish(), exact: this.exact.finish(),
      shingleOffsets: this.shingleOffsets.finish(), shingles: new Uint32Array(0), bandKeys: this.bandKeys.finish(),
      coded: { chunks: this.chunks, chunkOf: this.chunkOf.finish(), offsets: this.codedOffsets.finish() },
      sentences: { units: this.units.finish(), sentenceEnds: this.sentenceEnds.finish(), docSentences: this.docSentences.finish() },
    };
  }
}
