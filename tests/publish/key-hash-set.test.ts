import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyHashSet } from '../../pipeline/publish/key-hash-set.ts';

describe('KeyHashSet', () => {
  it('answers like a Set of the keys added, whatever they are', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 12 })), (added, probes) => {
      const set = new KeyHashSet();
      const reference = new Set<string>();
      for (const k of added) expect(set.add(k)).toBe(!reference.has(k) && !!reference.add(k));
      expect(set.size).toBe(reference.size);
      for (const k of [...added, ...probes]) expect(set.has(k)).toBe(reference.has(k));
    }));
  });

  it.each([
    ['article ids', (i: number) => JSON.stringify([i.toString(16).padStart(16, '0')])],
    ['(article_id, index) keys', (i: number) => JSON.stringify([(i >> 5).toString(16).padStart(16, '0'), i & 31])],
  ])('keeps 200,000 %s through its growth, with no false match among 200,000 others', (_name, key) => {
    const set = new KeyHashSet();
    let fresh = 0;
    for (let i = 0; i < 200_000; i++) if (set.add(key(i))) fresh++;
    expect([fresh, set.size]).toEqual([200_000, 200_000]);
    let found = 0;
    let false_ = 0;
    for (let i = 0; i < 200_000; i++) if (set.has(key(i))) found++;
    for (let i = 200_000; i < 400_000; i++) if (set.has(key(i))) false_++;
    expect([found, false_]).toEqual([200_000, 0]);
    expect(set.add(key(7))).toBe(false);
  });

  it('crosses threads as plain data and compares by content', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ maxLength: 10 }), { maxLength: 300 }), fc.string({ maxLength: 10 }), (keys, extra) => {
      const a = new KeyHashSet();
      const b = new KeyHashSet();
      for (const k of keys) a.add(k);
      for (const k of [...keys].reverse()) b.add(k); // another order, another slot layout when grown differently
      const back = KeyHashSet.from(structuredClone(a.toJSON()));
      expect([back.size, keys.every((k) => back.has(k))]).toEqual([keys.length, true]);
      expect([back.sameAs(b), b.sameAs(back)]).toEqual([true, true]);
      if (!keys.includes(extra)) {
        b.add(extra);
        expect([back.sameAs(b), b.sameAs(back)]).toEqual([false, false]);
      }
    }));
  });
});
