import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trieSource } from '../../pipeline/lib/trie-pattern.ts';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

describe('trieSource', () => {
  it.each([
    [['cookie', 'cookies', 'copy'], 'co(?:okies?|py)'],
    [['ab', 'abc', 'abd'], 'ab(?:c|d)?'],
    [['a.b', 'a-c'], 'a(?:\\-c|\\.b)'],
  ])('factors common prefixes: %j', (words, want) => {
    expect(trieSource(words)).toBe(want);
  });

  it('finds a word in a text exactly when the plain alternation does', () => {
    const word = fc.stringMatching(/^[a-c.()|*+?é-]{1,5}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 30 }), (words, text) => {
        const plain = new RegExp(words.map(escape).join('|'));
        expect(new RegExp(trieSource(words)).test(text)).toBe(plain.test(text));
        // and every word is found in a text holding it
        for (const w of words) expect(new RegExp(trieSource(words)).test(`x${w}y`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
