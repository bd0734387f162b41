import { describe, expect, it } from 'vitest';
import { overlap } from '../../../pipeline/stages/dedup/similarity.ts';

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
