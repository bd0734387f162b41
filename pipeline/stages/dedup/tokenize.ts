import { CHAR_FLAGS, charFlags } from '../segment/char-class.ts';

/** Non-word character kinds; any larger table value is the lower-cased code unit of a word character. */
const KIND = { separator: 0, apostrophe: 1, clause: 2, firstWord: 3 } as const;
/** Apostrophes are dropped inside words, so "don't" and "don’t" are one word. */
const APOSTROPHES = [0x27, 0x2018, 0x2019, 0x02bc];
/** Marks that end a clause (for the leading-clause rule of repeated text). */
const CLAUSE_MARKS = ',;:—–"“”«».!?()…';

/** One read per character: its kind, or for letters and digits their lower-case code unit (always ≥ 48). */
const table = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (surrogate || (charFlags[c] & (CHAR_FLAGS.letter | CHAR_FLAGS.digit)) !== 0) {
      const lower = surrogate ? '' : String.fromCharCode(c).toLowerCase();
      const folded = lower.length === 1 ? lower.charCodeAt(0) : c;
      t[c] = folded >= KIND.firstWord ? folded : c;
    }
  }
  for (const c of APOSTROPHES) t[c] = KIND.apostrophe;
  for (const ch of CLAUSE_MARKS) t[ch.charCodeAt(0)] = KIND.clause;
  return t;
})();

/**
 * Normalising word tokenizer. Words are maximal runs of letters and digits,
 * lower-cased; every other character (whitespace, punctuation, quote style)
 * only separates words, so case, whitespace, quotes and punctuation are
 * folded. Each word gets two 32-bit hashes (FNV-1a, and a mix of it with the
 * word length) so sequences can be hashed to 64 bits.
 * Reuses its buffers between calls: read the result before the next call.
 *
 * @example
 * const tok = new Tokenizer();
 * const n = tok.run('“Don’t”, he said.'); // 3 words: dont he said
 */
export class Tokenizer {
  /** FNV-1a hash of each word. */
  h1 = new Uint32Array(1024);
  /** Second, independent hash of each word. */
  h2 = new Uint32Array(1024);
  /** 1 when a clause mark follows word i (before word i + 1). */
  clause = new Uint8Array(1024);

  /**
   * Tokenizes `text`, appending its words after the first `from` words of the
   * buffers (so sentences can be tokenized one by one into one article);
   * returns the new number of words.
   */
  run(text: string, from = 0): number {
    let n = from;
    let inWord = false;
    let a = 0;
    let b = 0;
    const len = text.length;
    for (let i = 0; i < len; i++) {
      const x = table[text.charCodeAt(i)];
      if (x >= KIND.firstWord) {
        if (!inWord) {
          inWord = true;
          a = 0x811c9dc5;
          b = 0;
        }
        a = Math.imul(a ^ x, 0x01000193);
        b++;
      } else if (x === KIND.apostrophe && inWord && i + 1 < len && table[text.charCodeAt(i + 1)] >= KIND.firstWord) {
        // an apostrophe inside a word is dropped
      } else {
        if (inWord) {
          n = this.push(n, a, b);
          inWord = false;
        }
        if (x === KIND.clause && n > 0) this.clause[n - 1] = 1;
      }
    }
    if (inWord) n = this.push(n, a, b);
    return n;
  }

  private push(n: number, a: number, b: number): number {
    if (n === this.h1.length) this.grow();
    this.h1[n] = a >>> 0;
    // The second hash mixes the first with the word length: 64-bit sequence
    // hashes then only collide if two words collide on FNV-1a and length.
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    this.h2[n] = (h ^ (h >>> 16)) >>> 0;
    this.clause[n] = 0;
    return n + 1;
  }

  private grow(): void {
    const size = this.h1.length * 2;
    const h1 = new Uint32Array(size);
    const h2 = new Uint32Array(size);
    const clause = new Uint8Array(size);
    h1.set(this.h1);
    h2.set(this.h2);
    clause.set(this.clause);
    this.h1 = h1;
    this.h2 = h2;
    this.clause = clause;
  }
}
