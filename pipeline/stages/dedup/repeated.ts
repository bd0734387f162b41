import type { SegmentRecord } from '../../lib/types.ts';
import { fmix32, POLY_HI, POLY_LO, poly32 } from './hash.ts';
import { Tokenizer } from './tokenize.ts';
import { U64Table } from '../../lib/u64-table.ts';

/** Options of {@link countRepeated}. */
export interface RepeatedOptions {
  /** A leading clause of at least this many words is a text unit of its own. */
  minClauseWords: number;
}

/**
 * Text units of the sentences of many articles: unit hashes (hi, lo pairs),
 * where each sentence's units end (an offset into `units`), and each
 * article's sentence range (article i has sentences docSentences[i]..[i+1]).
 */
export interface SentenceUnits {
  units: Uint32Array;
  sentenceEnds: Uint32Array;
  docSentences: Uint32Array;
}

/**
 * Appends the text units of the sentence tokenized as words [from, to) of
 * `tok` to `out` as 64-bit hashes (hi, lo): its whole normalised text, and its
 * leading clause (the words before the first clause mark , ; : — or a quote)
 * when that clause has at least `minClauseWords` words and is not the whole
 * sentence. A wire quote cut short or attributed differently ("This is not a
 * decision that was taken lightly," Kirby said / ... lightly, unfortunately,
 * Russia failed ...) still shares its leading clause.
 */
export function sentenceUnits(tok: Tokenizer, from: number, to: number, minClauseWords: number, out: number[]): void {
  if (to <= from) return;
  let hi = 0x2f1c3b5d;
  let lo = 0x6a09e667;
  let clauseSeen = false;
  for (let w = from; w < to; w++) {
    hi = poly32(hi, tok.h1[w], POLY_HI);
    lo = poly32(lo, tok.h2[w], POLY_LO);
    const len = w + 1 - from;
    if (!clauseSeen && tok.clause[w] === 1 && w + 1 < to) {
      clauseSeen = true;
      if (len >= minClauseWords) out.push(fmix32(hi ^ len), fmix32(lo + len));
    }
  }
  out.push(fmix32(hi ^ (to - from)), fmix32(lo + to - from));
}

/** Text units of every sentence of `records`. */
export function collectSentenceUnits(records: readonly SegmentRecord[], options: RepeatedOptions): SentenceUnits {
  const tok = new Tokenizer();
  const units: number[] = [];
  const ends: number[] = [];
  const docSentences = new Uint32Array(records.length + 1);
  records.forEach((rec, r) => {
    for (const s of rec.sentences) {
      sentenceUnits(tok, 0, tok.run(s.text), options.minClauseWords, units);
      ends.push(units.length);
    }
    docSentences[r + 1] = ends.length;
  });
  return { units: Uint32Array.from(units), sentenceEnds: Uint32Array.from(ends), docSentences };
}

/** Text units counted per pass of `countRepeatedUnits` at most (its table then takes ~136 MB). */
const UNITS_PER_PASS = 2 ** 22;

/**
 * For every sentence of the articles `docs` (positions in `su`), the number
 * of OTHER articles among `docs` holding one of its text units (the maximum
 * over its units). One count array per article, aligned with its sentences.
 * Units are counted in passes, each over the units whose hash starts with the
 * pass's bits, so the count table holds at most about `unitsPerPass` units
 * (a single table for a million articles' units would take over half a GB).
 * The counts do not depend on the number of passes.
 */
export function countRepeatedUnits(su: SentenceUnits, docs: ArrayLike<number>, unitsPerPass = UNITS_PER_PASS): Uint32Array[] {
  const { units, sentenceEnds, docSentences } = su;
  const unitRange = (d: number): [number, number] => {
    const s0 = docSentences[d];
    return [s0 === 0 ? 0 : sentenceEnds[s0 - 1], docSentences[d + 1] === 0 ? 0 : sentenceEnds[docSentences[d + 1] - 1]];
  };
  let total = 0;
  for (let k = 0; k < docs.length; k++) {
    const [a, b] = unitRange(docs[k]);
    total += (b - a) / 2;
  }
  let bits = 0;
  while (bits < 16 && total / 2 ** bits > unitsPerPass) bits++;
  const out = Array.from({ length: docs.length }, (_, k) => new Uint32Array(docSentences[docs[k] + 1] - docSentences[docs[k]]));
  for (let pass = 0; pass < 2 ** bits; pass++) {
    const inPass = (hi: number): boolean => bits === 0 || hi >>> (32 - bits) === pass;
    const table = new U64Table(Math.ceil(total / 2 ** bits));
    for (let k = 0; k < docs.length; k++) {
      const [a, b] = unitRange(docs[k]);
      for (let u = a; u < b; u += 2) {
        if (!inPass(units[u])) continue;
        const slot = table.slot(units[u], units[u + 1]);
        if (table.tag[slot] !== k) {
          table.tag[slot] = k;
          table.value[slot]++;
        }
      }
    }
    for (let k = 0; k < docs.length; k++) {
      const d = docs[k];
      const counts = out[k];
      let u = unitRange(d)[0];
      for (let s = 0; s < counts.length; s++) {
        const end = sentenceEnds[docSentences[d] + s];
        let most = counts[s];
        for (; u < end; u += 2) if (inPass(units[u])) most = Math.max(most, table.value[table.slot(units[u], units[u + 1])] - 1);
        counts[s] = most;
      }
    }
  }
  return out;
}

/**
 * Repeated text across articles: for every sentence, the number of OTHER
 * articles in `records` holding one of its text units (the maximum over its
 * units). Returns one count array per record, aligned with its sentences.
 *
 * @example
 * countRepeated(keptRecords, { minClauseWords: 8 }); // [[0, 2, 0], [0, 2], ...]
 */
export function countRepeated(records: readonly SegmentRecord[], options: RepeatedOptions): Uint32Array[] {
  return countRepeatedUnits(collectSentenceUnits(records, options), Array.from(records, (_, i) => i));
}
