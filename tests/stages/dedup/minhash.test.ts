import { describe, expect, it } from 'vitest';
import { minhashSignature } from '../../../pipeline/stages/dedup/minhash.ts';
import { overlap } from '../../../pipeline/stages/dedup/similarity.ts';

/** Deterministic pseudo-random 24-bit values. */
const values = (n: number, seed: number): number[] => {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  });
};

describe('minhashSignature', () => {
  it('estimates Jaccard similarity within a few points', () => {
    const shared = values(300, 1);
    for (const extra of [0, 100, 300, 900]) {
      const a = Uint32Array.from(new Set([...shared, ...values(extra, 2)])).sort();
      const b = Uint32Array.from(new Set([...shared, ...values(extra, 3)])).sort();
      const sa = minhashSignature(a, 256, 7);
      const sb = minhashSignature(b, 256, 7);
      let agree = 0;
      for (let i = 0; i < 256; i++) if (sa[i] === sb[i]) agree++;
      expect(Math.abs(agree / 256 - overlap(a, b).jaccard)).toBeLessThan(0.1);
    }
  });

  it('fills every bin of a tiny set and leaves an empty set at the maximum', () => {
    const sig = minhashSignature(Uint32Array.of(42), 128, 1);
    expect(new Set(sig).size).toBe(1);
    expect(sig[0]).not.toBe(0xffffffff);
    expect(minhashSignature(new Uint32Array(0), 8, 1)).toEqual(new Uint32Array(8).fill(0xffffffff));
  });

  it('depends on the seed', () => {
    const set = Uint32Array.from(values(50, 9)).sort();
    expect(minhashSignature(set, 64, 1)).not.toEqual(minhashSignature(set, 64, 2));
  });
});
