import { describe, expect, it } from 'vitest';
import { scoreClusters } from '../../pipeline/gen/score-clusters.ts';

describe('scoreClusters', () => {
  it.each([
    { name: 'perfect', predicted: ['a', 'a', 'b', 'c'], truth: ['x', 'x', 'y', 'z'], precision: 1, recall: 1, ari: 1 },
    { name: 'one pair missed', predicted: ['a', 'b', 'c', 'd'], truth: ['x', 'x', 'y', 'z'], precision: 1, recall: 0, ari: 0 },
    { name: 'one false merge', predicted: ['a', 'a', 'a', 'b'], truth: ['x', 'x', 'y', 'z'], precision: 1 / 3, recall: 1, ari: 1 / 3 },
    { name: 'all singletons', predicted: ['a', 'b'], truth: ['x', 'y'], precision: 1, recall: 1, ari: 1 },
  ])('$name', ({ predicted, truth, precision, recall, ari }) => {
    const s = scoreClusters(predicted, truth);
    expect(s.precision).toBeCloseTo(precision, 10);
    expect(s.recall).toBeCloseTo(recall, 10);
    expect(s.ari).toBeCloseTo(ari, 10);
  });

  it('computes F1 and pair counts', () => {
    const s = scoreClusters(['a', 'a', 'a', 'b'], ['x', 'x', 'y', 'y']);
    expect([s.predictedPairs, s.truePairs, s.correctPairs]).toEqual([3, 2, 1]);
    expect(s.f1).toBeCloseTo((2 * (1 / 3) * 0.5) / (1 / 3 + 0.5), 10);
  });
});
