import { BitWriter, decodeSortedSet, encodeSortedSet } from './golomb-rice.ts';
import type { DedupOptions } from './options.ts';
import { batchShingles, type SignedBatch } from './signatures.ts';

/** Signature parameters an index was built with. */
export type IndexParams = Pick<DedupOptions, 'shingleSize' | 'permutations' | 'bands' | 'rows' | 'seed'>;

/**
 * Everything a later run needs to compare new inputs with the articles kept
 * so far, without their text: per article its id, ranking keys, exact hash,
 * LSH band keys and Golomb-Rice coded shingle set (~0.9 KB for 400 words).
 */
export interface DedupIndex {
  version: 1;
  params: IndexParams;
  ids: string[];
  /** ms since the epoch, NaN when unknown. */
  published: Float64Array;
  chars: Uint32Array;
  /** hi, lo per article. */
  exact: Uint32Array;
  /** `params.bands` keys per article. */
  bandKeys: Uint32Array;
  shingleCounts: Uint32Array;
  /** Article i's coded set is the shingleBytes[i] bytes at byte shingleOffsets[i] of shingleChunks[shingleChunk[i]]. */
  shingleChunk: Uint32Array;
  shingleOffsets: Float64Array;
  shingleBytes: Uint32Array;
  /**
   * Golomb-Rice coded shingle sets. Chunks are shared, never copied or modified:
   * appending shares the earlier index's chunks, and a sorted index shares the
   * chunks its sets came from (the earlier index's, a run's coded signatures),
   * which may hold other sets too; the encoded index holds only its own sets.
   */
  shingleChunks: Uint8Array[];
}

/** Index params taken from options. */
export const indexParams = (o: DedupOptions): IndexParams => ({
  shingleSize: o.shingleSize, permutations: o.permutations, bands: o.bands, rows: o.rows, seed: o.seed,
});

/** An index with no articles. */
export function emptyIndex(params: IndexParams): DedupIndex {
  return {
    version: 1, params, ids: [], published: new Float64Array(0), chars: new Uint32Array(0), exact: new Uint32Array(0),
    bandKeys: new Uint32Array(0), shingleCounts: new Uint32Array(0), shingleChunk: new Uint32Array(0),
    shingleOffsets: new Float64Array(0), shingleBytes: new Uint32Array(0), shingleChunks: [],
  };
}

/** The shingle set of article i of an index. */
export const indexShingles = (index: DedupIndex, i: number): Uint32Array =>
  decodeSortedSet(index.shingleChunks[index.shingleChunk[i]], index.shingleOffsets[i], index.shingleCounts[i]);

/**
 * A new index holding `previous` followed by the articles `docs` of `batch`
 * (batch positions, in the order given).
 */
export function appendToIndex(previous: DedupIndex, batch: SignedBatch, docs: ArrayLike<number>): DedupIndex {
  const m = previous.ids.length;
  const n = m + docs.length;
  const bands = previous.params.bands;
  const out: DedupIndex = {
    version: 1, params: previous.params, ids: previous.ids.slice(), published: new Float64Array(n),
    chars: new Uint32Array(n), exact: new Uint32Array(2 * n), bandKeys: new Uint32Array(n * bands),
    shingleCounts: new Uint32Array(n), shingleChunk: new Uint32Array(n), shingleOffsets: new Float64Array(n),
    shingleBytes: new Uint32Array(n), shingleChunks: previous.shingleChunks.slice(),
  };
  out.published.set(previous.published);
  out.chars.set(previous.chars);
  out.exact.set(previous.exact);
  out.bandKeys.set(previous.bandKeys);
  out.shingleCounts.set(previous.shingleCounts);
  out.shingleChunk.set(previous.shingleChunk);
  out.shingleOffsets.set(previous.shingleOffsets);
  out.shingleBytes.set(previous.shingleBytes);
  const chunk = previous.shingleChunks.length;
  const w = new BitWriter();
  for (let k = 0; k < docs.length; k++) {
    const d = docs[k];
    const i = m + k;
    out.ids.push(batch.ids[d]);
    out.published[i] = batch.published[d];
    out.chars[i] = batch.chars[d];
    out.exact[2 * i] = batch.exact[2 * d];
    out.exact[2 * i + 1] = batch.exact[2 * d + 1];
    out.bandKeys.set(batch.bandKeys.subarray(d * bands, (d + 1) * bands), i * bands);
    const set = batchShingles(batch, d);
    out.shingleCounts[i] = set.length;
    out.shingleChunk[i] = chunk;
    out.shingleOffsets[i] = w.length;
    encodeSortedSet(set, w);
    out.shingleBytes[i] = w.length - out.shingleOffsets[i];
  }
  if (docs.length > 0) out.shingleChunks.push(w.bytes.slice(0, w.length));
  return out;
}
