import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { tokenize } from '../../../pipeline/stages/annotate/tokenize.ts';

const opts = loadResources().tokenOptions;
const words = (text: string): string[] => tokenize(text, 0, text.length, opts).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['Kerry’s U.S. trip', ['Kerry', '’s', 'U.S.', 'trip']],
    ['Secretary John F. Kerry said.', ['Secretary', 'John', 'F.', 'Kerry', 'said']],
    ['Mr. Orban and Gen. Ryder', ['Mr.', 'Orban', 'and', 'Gen.', 'Ryder']],
    ['US-Russia talks and Putin-Merkel', ['US', 'Russia', 'talks', 'and', 'Putin', 'Merkel']],
    ['Amir-Abdollahian and Jean-Claude and al-Assad', ['Amir-Abdollahian', 'and', 'Jean-Claude', 'and', 'al-Assad']],
    ['the U.N.in order', ['the', 'U.N.', 'in', 'order']],
    ['a cease-fire, rebel-held', ['a', 'cease-fire', 'rebel-held']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('records shape facts and the gap before each token', () => {
    const [a, b, c] = tokenize('FBI, “Kerry” al-Assad', 0, 21, opts);
    expect(a).toMatchObject({ text: 'FBI', cap: true, upper: true, gap: '', start: 0, end: 3 });
    expect(b).toMatchObject({ text: 'Kerry', cap: true, upper: false, gap: ', “' });
    expect(c).toMatchObject({ text: 'al-Assad', cap: true, key: 'al assad' });
  });

  it('tokenizes a range with offsets into the whole text', () => {
    expect(tokenize('skip this Geneva', 10, 16, opts).map((t) => [t.text, t.start])).toEqual([['Geneva', 10]]);
  });
});

describe('tokenize word scanner', () => {
  // The scanner reads the same words as this pattern (without dots, hyphens or apostrophes nothing splits or keeps a dot).
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
  const pieces = ['a', 'Z', '7', ' ', ',', 'é', 'e\u0301', '\u0301', 'ß', 'İ', '日本', '١٢', 'Ⅻ', '😀', '𝐀', '\ud835', '\udc00', '\n', '—'];

  it('finds the words of the pattern, surrogate pairs and combining marks included', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(words(text)).toEqual(text.match(WORD) ?? []);
    }), { numRuns: 2000 });
  });

  it('does not read past the end of the range', () => {
    const text = 'ab 𝐀cd';
    expect(tokenize(text, 0, 4, opts).map((t) => t.text)).toEqual(['ab']);
    expect(tokenize(text, 1, text.length, opts).map((t) => t.text)).toEqual(['b', '𝐀cd']);
  });
});

