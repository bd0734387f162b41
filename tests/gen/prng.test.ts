import { describe, expect, it } from 'vitest';
import { Prng } from '../../pipeline/gen/prng.ts';

describe('Prng', () => {
  it('repeats for the same seeds and differs for others', () => {
    const draw = (...seeds: number[]): number[] => {
      const rng = new Prng(...seeds);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1, 2)).toEqual(draw(1, 2));
    expect(draw(1, 2)).not.toEqual(draw(2, 1));
    expect(draw(1, 2 ** 33)).not.toEqual(draw(1, 0));
  });

  it('stays in range', () => {
    const rng = new Prng(9);
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
