import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupDefaults, nearPair, pairSimilarity } from '../../../pipeline/stages/dedup/index.ts';


const sorted = (xs: number[]): Uint32Array => Uint32Array.from(new Set(xs)).sort();

/** Two sets drawn from one pool: a shared part and a part of each alone, so every overlap from none to all occurs. */
const pairArb = fc.record({
  shared: fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 120 }),
  onlyA: fc.uniqueArray(fc.integer({ min: 5001, max: 9000 }), { maxLength: 120 }),
  onlyB: fc.uniqueArray(fc.integer({ min: 9001, max: 13000 }), { maxLength: 120 }),
}).map(({ shared, onlyA, onlyB }) => [sorted([...shared, ...onlyA]), sorted([...shared, ...onlyB])] as const);

const optionsArb = fc.record({
  jaccardThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  containmentThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
  minContainmentShingles: fc.integer({ min: 0, max: 80 }),
}).map((o) => ({ ...dedupDefaults, ...o }));

describe('nearPair', () => {
  it.each([
    ['jaccard just reached', [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 6, 10, 11, 12], true], // 6/12 = 0.5
    ['jaccard just missed', [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 5, 10, 11, 12, 13], false], // 5/13
    ['sizes alone rule it out', [1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false], // at most 3/10
    ['disjoint', [1, 2], [3, 4], false],
    ['empty', [], [1], false],
  ])('%s', (_, a, b, want) => {
    expect(nearPair(Uint32Array.from(a), Uint32Array.from(b), dedupDefaults)).toBe(want);
    expect(pairSimilarity(Uint32Array.from(a), Uint32Array.from(b), dedupDefaults).near).toBe(want);
  });

  it('counts containment only for large enough sets', () => {
    const big = Uint32Array.from({ length: 100 }, (_, k) => k);
    const part = big.slice(0, 40);
    expect(nearPair(part, big, dedupDefaults)).toBe(true); // containment 1, 40 >= 30 shingles
    expect(nearPair(part.slice(0, 20), big, dedupDefaults)).toBe(false); // 20 shingles: jaccard 0.2 only
  });

  it('gives the answer of pairSimilarity for any two sets and thresholds', () => {
    fc.assert(fc.property(pairArb, optionsArb, ([a, b], o) => {
      expect(nearPair(a, b, o)).toBe(pairSimilarity(a, b, o).near);
      expect(nearPair(b, a, o)).toBe(pairSimilarity(a, b, o).near);
    }), { numRuns: 3000 });
  });

  it('gives the answer of pairSimilarity at the default thresholds, near the boundary', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (s, x, y) => {
      const a = Uint32Array.from({ length: s + x }, (_, k) => (k < s ? k : 1000 + k));
      const b = Uint32Array.from({ length: s + y }, (_, k) => (k < s ? k : 5000 + k));
      expect(nearPair(a, b, dedupDefaults)).toBe(pairSimilarity(a, b, dedupDefaults).near);
    }), { numRuns: 5000 });
  });
});
