import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hash64, sha256, shortHash, stableId } from '../../pipeline/lib/hash.ts';

describe('hashes', () => {
  it('sha256 and stable ids are the usual hex digests', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(stableId(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea');
  });

  it('canonical JSON sorts object keys at every depth, never array items', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('short hashes are at most 11 base-36 characters and depend on every character', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.nat(), (text, at) => {
      const h = shortHash(text);
      expect(h).toMatch(/^[0-9a-z]{1,11}$/);
      expect(shortHash(text)).toBe(h);
      if (text.length) {
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
        expect(shortHash(changed)).not.toBe(h);
      }
    }), { numRuns: 500 });
  });

  it('short hashes keep their values (saved parts are keyed by them)', () => {
    expect(['share this story', '', 'é漢字🦊'].map(shortHash)).toEqual(['1uy03m3cnw6', 'wvjl67o803', 'f5bry3tbj4']);
  });

  it('64-bit hashes are two unsigned 32-bit halves, the low 53 bits those of shortHash, another seed another hash', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 2 ** 20 }), (text, seed) => {
      const [hi, lo] = hash64(text);
      for (const h of [hi, lo]) expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
      expect((4294967296 * (hi & 2097151) + lo).toString(36)).toBe(shortHash(text));
      expect(hash64(text, seed)).not.toEqual([hi, lo]);
    }), { numRuns: 300 });
  });

  it('short hashes of 200,000 distinct line keys do not collide', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(shortHash(`share this story ${i}`));
    expect(seen.size).toBe(200_000);
  });
});
