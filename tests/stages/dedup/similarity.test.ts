import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlap, sharedCount } from '../../../pipeline/stages/dedup/similarity.ts';

describe('overlap', () => {
  it.each([
    [[1, 2, 3], [2, 3], 2 / 3, 1],
    [[1, 2], [3, 4], 0, 0],
    [[], [1], 0, 0],
    [[5, 6, 7, 8], [5, 6, 7, 8], 1, 1],
  ])('%j vs %j', (a, b, jaccard, containment) => {
    expect(overlap(Uint32Array.from(a), Uint32Array.from(b))).toEqual({ jaccard, containment });
  });
});

describe('sharedCount', () => {
  const setArb = fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 120 }).map((xs) => Uint32Array.from(xs).sort());
  it('counts the shared elements; with a need, says only whether the count reaches it', () => {
    fc.assert(fc.property(setArb, setArb, fc.integer({ min: 0, max: 130 }), (a, b, need) => {
      const full = a.filter((x) => b.includes(x)).length;
      expect(sharedCount(a, b)).toBe(full);
      expect(sharedCount(a, b, need) >= need).toBe(full >= need);
    }), { numRuns: 2000 });
  });
});
