import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitWriter, decodeSortedSet, encodeSortedSet } from '../../../pipeline/stages/dedup/golomb-rice.ts';
import { SHINGLE_BITS } from '../../../pipeline/stages/dedup/shingles.ts';

const setArb = fc.uniqueArray(fc.integer({ min: 0, max: 2 ** SHINGLE_BITS - 1 }), { maxLength: 600 })
  .map((xs) => Uint32Array.from(xs).sort());

describe('Golomb-Rice set coding', () => {
  it('round-trips any sorted set, several sets per buffer', () => {
    fc.assert(fc.property(fc.array(setArb, { maxLength: 5 }), (sets) => {
      const w = new BitWriter();
      const offsets = sets.map((s) => {
        const at = w.length;
        encodeSortedSet(s, w);
        return at;
      });
      // Also from the exact bytes written: the last set's bits end at the buffer's end.
      const exact = w.bytes.slice(0, w.length);
      sets.forEach((s, i) => expect(decodeSortedSet(w.bytes, offsets[i], s.length)).toEqual(s));
      sets.forEach((s, i) => expect(decodeSortedSet(exact, offsets[i], s.length)).toEqual(s));
    }), { numRuns: 200 });
  });

  it('says so when a coded set is cut short, instead of returning wrong values', () => {
    const w = new BitWriter();
    encodeSortedSet(Uint32Array.of(5, 900, 70000, 2 ** SHINGLE_BITS - 1), w);
    expect(() => decodeSortedSet(w.bytes.slice(0, w.length - 2), 0, 4)).toThrow(/ends early/);
  });

  it('codes a 400-shingle set in under 20 bits per shingle', () => {
    const set = Uint32Array.from({ length: 400 }, (_, i) => Math.floor((i * 2 ** SHINGLE_BITS) / 400) + (i % 7)).sort();
    const w = new BitWriter();
    encodeSortedSet(set, w);
    expect((w.length * 8) / 400).toBeLessThan(20);
  });
});
