import { BitWriter, encodeSortedSet } from './golomb-rice.ts';
import { GrowArray } from './grow-array.ts';
import type { SignedBatch } from './signatures.ts';

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
  private readonly published = new GrowArray(Float64Array);
  private readonly chars = new GrowArray(Uint32Array);
  private readonly exact = new GrowArray(Uint32Array);
  private readonly shingleOffsets = new GrowArray(Uint32Array);
  private readonly chunks: Uint8Array[] = [];
  private readonly chunkOf = new GrowArray(Uint32Array);
  private readonly codedOffsets = new GrowArray(Float64Array);
  private readonly bandKeys = new GrowArray(Uint32Array);
  private readonly units = new GrowArray(Uint32Array);
  private readonly sentenceEnds = new GrowArray(Uint32Array);
  private readonly docSentences = new GrowArray(Uint32Array);

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
