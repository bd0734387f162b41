import { describe, expect, it } from 'vitest';
import { countWords } from '../../../pipeline/stages/segment/count-words.ts';

describe('countWords', () => {
  it.each([
    ['', 0], ['   ', 0], ['Kerry met Lavrov – again.', 4], ['U.S. officials, 2016', 3], ['„Ja“ — sagte er', 3],
    ['😀 𝒳', 1], ['one\ntwo\tthree', 3],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
