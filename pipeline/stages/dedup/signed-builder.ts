import type { SignedBatch } from './signatures.ts';

class Grow<T extends Uint32Array | Float64Array> {
  length = 0;
  constructor(public data: T, private readonly make: (n: number) => T) {}
  /** Appends `src`, adding `shift` to each value (for offsets). */
  push(src: ArrayLike<number>, from = 0, shift = 0): void {
    const n = src.length - from;
    if (this.length + n > this.data.length) {
      // Grow by a quarter, not double: the arrays are the run's largest and the copy is transient.
      const next = this.make(Math.max(this.length + n, Math.ceil(this.data.length * 1.25) + 1024));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    if (shift === 0 && from === 0 && ArrayBuffer.isView(src)) this.data.set(src as T, this.length);
    else for (let i = from; i < src.length; i++) this.data[this.length + i - from] = src[i] + shift;
    this.length += n;
  }
  view(): T { return this.data.subarray(0, this.length) as T; }
}

/**
 * Appends signed shards one after another into one batch without holding the shards and the
 * merged copy at once (what `mergeBatches` gives, built incrementally as shards arrive).
 *
 * @example
 * const b = new SignedBatchBuilder();
 * for (const shard of shards) b.add(shard);
 * const batch = b.build();
 */
export class SignedBatchBuilder {
  private readonly ids: string[] = [];
  private readonly sources: string[] = [];
  private readonly published = new Grow(new Float64Array(0), (n) => new Float64Array(n));
  private readonly chars = new Grow(new Uint32Array(0), (n) => new Uint32Array(n));
  private readonly exact = new Grow(new Uint32Array(0), (n) => new Uint32Array(n));
  private readonly shingleOffsets = new Grow(new Uint32Array(1), (n) => new Uint32Array(n));
  private readonly shingles = new Grow(new Uint32Array(0), (n) => new Uint32Array(n));
  private readonly bandKeys = new Grow(new Uint32Array(0), (n) => new Uint32Array(n));
  private readonly units = new Grow(new Uint32Array(0), (n) => new Uint32Array(n));
  private readonly sentenceEnds = new Grow(new Uint32Array(0), (n) => new Uint32Array(n));
  private readonly docSentences = new Grow(new Uint32Array(1), (n) => new Uint32Array(n));

  constructor() {
    this.shingleOffsets.length = 1;
    this.docSentences.length = 1;
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
    this.shingleOffsets.push(b.shingleOffsets, 1, this.shingles.length);
    this.shingles.push(b.shingles);
    this.bandKeys.push(b.bandKeys);
    const su = b.sentences ?? { units: new Uint32Array(0), sentenceEnds: new Uint32Array(0), docSentences: new Uint32Array(b.ids.length + 1) };
    this.docSentences.push(su.docSentences, 1, this.sentenceEnds.length);
    this.sentenceEnds.push(su.sentenceEnds, 0, this.units.length);
    this.units.push(su.units);
  }

  /** The batch of every shard added, in order (views of the builder's arrays). */
  build(): SignedBatch {
    return {
      ids: this.ids, sources: this.sources, published: this.published.view(), chars: this.chars.view(), exact: this.exact.view(),
      shingleOffsets: this.shingleOffsets.view(), shingles: this.shingles.view(), bandKeys: this.bandKeys.view(),
      sentences: { units: this.units.view(), sentenceEnds: this.sentenceEnds.view(), docSentences: this.docSentences.view() },
    };
  }
}
