import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../pipeline/stages/dedup/candidates.ts';
import { emptyIndex, indexParams } from '../../../pipeline/stages/dedup/dedup-index.ts';
import type { DocSpace } from '../../../pipeline/stages/dedup/doc-space.ts';
import { dedupDefaults } from '../../../pipeline/stages/dedup/options.ts';
import type { SignedBatch } from '../../../pipeline/stages/dedup/signatures.ts';

/** A batch whose band keys are given directly (2 bands). */
const space = (keys: number[][]): DocSpace => {
  const params = { ...indexParams(dedupDefaults), bands: 2 };
  const batch = { ids: keys.map((_, i) => String(i)), bandKeys: Uint32Array.from(keys.flat()) } as unknown as SignedBatch;
  return { previous: emptyIndex(params), batch };
};
const opts = { maxBucketSize: 100, bandFrom: 0, bandTo: 2 };

describe('candidatePairs', () => {
  it('pairs articles sharing a band key, once, sorted', () => {
    const s = space([[1, 7], [1, 8], [2, 8], [3, 9], [1, 7]]);
    expect(Array.from(candidatePairs(s, new Uint8Array(5).fill(1), opts))).toEqual([0, 1, 0, 4, 1, 2, 1, 4]);
  });

  it('skips inactive articles and caps big buckets', () => {
    const s = space([[1, 0], [1, 1], [1, 2], [1, 3]]);
    expect(Array.from(candidatePairs(s, Uint8Array.of(1, 0, 1, 1), opts))).toEqual([0, 2, 0, 3, 2, 3]);
    expect(Array.from(candidatePairs(s, new Uint8Array(4).fill(1), { ...opts, maxBucketSize: 1 }))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('handles one band slice at a time', () => {
    const s = space([[1, 7], [1, 8], [2, 8]]);
    expect(Array.from(candidatePairs(s, new Uint8Array(3).fill(1), { ...opts, bandTo: 1 }))).toEqual([0, 1]);
    expect(Array.from(candidatePairs(s, new Uint8Array(3).fill(1), { ...opts, bandFrom: 1 }))).toEqual([1, 2]);
  });
});
