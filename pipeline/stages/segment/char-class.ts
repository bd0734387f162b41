/**
 * Character classes the sentence splitter needs, as lookup tables over UTF-16
 * code units so each test is one array read.
 */

const SPACE = /\s/;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** Bit flags of one code unit. */
export const CHAR_FLAGS = { space: 1, letter: 2, upper: 4, lower: 8, digit: 16 } as const;

/** Flags for every BMP code unit (surrogates have none). */
export const charFlags: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    let f = 0;
    if (SPACE.test(ch)) f |= CHAR_FLAGS.space;
    if (LETTER.test(ch)) f |= CHAR_FLAGS.letter;
    if (UPPER.test(ch)) f |= CHAR_FLAGS.upper;
    if (LOWER.test(ch)) f |= CHAR_FLAGS.lower;
    if (DIGIT.test(ch)) f |= CHAR_FLAGS.digit;
    table[c] = f;
  }
  return table;
})();

/** True when the code unit is whitespace in the sense of JavaScript's `\s`. */
export const isSpace = (c: number): boolean => (charFlags[c] & CHAR_FLAGS.space) !== 0;
