import type { DedupIndex } from './dedup-index.ts';
import { indexShingles } from './dedup-index.ts';
import { batchShingles, type SignedBatch } from './signatures.ts';

/**
 * The article numbering every step shares: previously indexed articles are
 * 0..m-1 (index order), articles of the current batch are m..m+n-1.
 */
export interface DocSpace {
  previous: DedupIndex;
  batch: SignedBatch;
}

export const docCount = (s: DocSpace): number => s.previous.ids.length + s.batch.ids.length;

/** Sorted shingle set of article `d`. */
export function docShingles(s: DocSpace, d: number): Uint32Array {
  const m = s.previous.ids.length;
  if (d < m) return indexShingles(s.previous, d);
  return batchShingles(s.batch, d - m);
}

/** Shingle count of article `d` (no decoding). */
export function docShingleCount(s: DocSpace, d: number): number {
  const m = s.previous.ids.length;
  if (d < m) return s.previous.shingleCounts[d];
  return s.batch.shingleOffsets[d - m + 1] - s.batch.shingleOffsets[d - m];
}

/** Field accessors over both parts. */
export const docId = (s: DocSpace, d: number): string =>
  d < s.previous.ids.length ? s.previous.ids[d] : s.batch.ids[d - s.previous.ids.length];
export const docPublished = (s: DocSpace, d: number): number =>
  d < s.previous.ids.length ? s.previous.published[d] : s.batch.published[d - s.previous.ids.length];
export const docChars = (s: DocSpace, d: number): number =>
  d < s.previous.ids.length ? s.previous.chars[d] : s.batch.chars[d - s.previous.ids.length];
export function docExact(s: DocSpace, d: number, half: 0 | 1): number {
  const m = s.previous.ids.length;
  return d < m ? s.previous.exact[2 * d + half] : s.batch.exact[2 * (d - m) + half];
}
export function docBandKey(s: DocSpace, d: number, band: number): number {
  const m = s.previous.ids.length;
  const bands = s.previous.params.bands;
  return d < m ? s.previous.bandKeys[d * bands + band] : s.batch.bandKeys[(d - m) * bands + band];
}
