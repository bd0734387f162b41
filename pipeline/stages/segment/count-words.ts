import { CHAR_FLAGS, charFlags } from './char-class.ts';

const WORDISH = CHAR_FLAGS.letter | CHAR_FLAGS.digit;

/**
 * Counts word tokens: maximal runs of non-whitespace that contain at least one
 * letter or digit ("U.S." and "2016" count, a lone "–" does not).
 *
 * @example
 * countWords('Kerry met Lavrov – again.'); // 4
 */
export function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let wordish = false;
  for (let i = 0; i < text.length; i++) {
    const f = charFlags[text.charCodeAt(i)];
    if (f & CHAR_FLAGS.space) {
      if (inToken && wordish) words++;
      inToken = false;
      wordish = false;
    } else {
      inToken = true;
      // Surrogate halves have no flags: count astral characters as word material.
      if (f & WORDISH || f === 0) wordish = wordish || (f & WORDISH) !== 0 || isAstralLetter(text, i);
    }
  }
  if (inToken && wordish) words++;
  return words;
}

const ASTRAL_LETTER = /[\p{L}\p{N}]/u;

function isAstralLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  return ASTRAL_LETTER.test(text.slice(i, i + 2));
}
