import {
  INLINE_ABBREVIATIONS, MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS, ORDINAL_MONTHS, TITLE_ABBREVIATIONS,
} from './abbreviations.ts';
import { CHAR_FLAGS, charFlags } from './char-class.ts';

/** Sentence-final marks that need whitespace after them (Latin, Cyrillic, Greek...). */
const TERMINATORS = new Set(['.', '!', '?', '\u2026', '\u203d'].map((s) => s.charCodeAt(0)));
/** Sentence-final marks that end a sentence even when the next one follows without a space. */
const CJK_TERMINATORS = new Set(['\u3002', '\uff01', '\uff1f', '\uff61'].map((s) => s.charCodeAt(0)));
/** Closing marks that stay with the sentence they close ( ."  .”  ?”  .) ). */
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', '\u203a', ')', ']', '}', '\u300d', '\u300f', '\uff09']
  .map((s) => s.charCodeAt(0)));
/** Closers that are unambiguously closing, so ".”The" still ends a sentence. */
const CURLY_CLOSERS = new Set(['\u201d', '\u00bb', '\u300d', '\u300f'].map((s) => s.charCodeAt(0)));
const PERIOD = 46;
const NEWLINE = 10;
/** Longest word looked at before a period; bounds the work per period (linear time). */
const MAX_TOKEN = 24;
/** Closing marks consumed after a terminator. */
const MAX_CLOSERS = 3;

/** Options of {@link createSentenceSplitter}. */
export interface SplitterOptions {
  /** Extra lower-case abbreviations (without the period) that never end a sentence. */
  extraAbbreviations: readonly string[];
  /** A single "\n" ends a sentence too. */
  splitOnLineBreaks: boolean;
}

/** Appends [start, end) UTF-16 spans of the sentences of text[from, to) to `out`. */
export type SentenceSplitter = (text: string, from: number, to: number, out: number[]) => void;

const has = (c: number, flag: number): boolean => (charFlags[c] & flag) !== 0;

/**
 * Builds a linear-time sentence splitter. A terminator (. ! ? …) followed by
 * closing quotes/brackets and whitespace ends a sentence unless the next word
 * starts lower case, or the period belongs to an abbreviation, an initial
 * ("John F. Kerry"), an initialism ("U.S.", "a.m."), "No. 5" or a German
 * ordinal date ("9. September"). Decimals, URLs and e-mail addresses never
 * split because their periods are not followed by whitespace.
 *
 * @example
 * const split = createSentenceSplitter({ extraAbbreviations: [], splitOnLineBreaks: false });
 * const out: number[] = [];
 * split('Mr. Kerry met Gen. Votel. They spoke.', 0, 37, out); // out = [0, 25, 26, 37]
 */
export function createSentenceSplitter(options: SplitterOptions): SentenceSplitter {
  const never = new Set<string>([...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...INLINE_ABBREVIATIONS,
    ...options.extraAbbreviations.map((a) => a.toLowerCase().replace(/\.$/, ''))]);
  const beforeNumber = new Set<string>(NUMBER_ABBREVIATIONS);
  const months = new Set<string>(ORDINAL_MONTHS);
  const lineBreaks = options.splitOnLineBreaks;

  /** Does the single period at `p` (next word at `m`) end the sentence? */
  const periodEnds = (text: string, floor: number, p: number, m: number): boolean => {
    let t = p;
    while (t > floor && p - t < MAX_TOKEN) {
      const c = text.charCodeAt(t - 1);
      if (c !== PERIOD && !has(c, CHAR_FLAGS.letter)) break;
      t--;
    }
    if (t < p && text.charCodeAt(t) !== PERIOD && (t === floor || !has(text.charCodeAt(t - 1), CHAR_FLAGS.letter))) {
      const token = text.slice(t, p);
      if (token.includes('.')) {
        // Initialisms: every part at most two letters (U.S., a.m., z.B., Ph.D.).
        if (token.split('.').every((part) => part.length > 0 && part.length <= 2)) return false;
      } else {
        const lower = token.toLowerCase();
        if (never.has(lower)) return false;
        if (token.length === 1 && has(token.charCodeAt(0), CHAR_FLAGS.upper)) return false;
        if (beforeNumber.has(lower) && has(text.charCodeAt(m), CHAR_FLAGS.digit)) return false;
      }
      return true;
    }
    if (t === p) {
      let d = p;
      while (d > floor && p - d < 3 && has(text.charCodeAt(d - 1), CHAR_FLAGS.digit)) d--;
      if (d < p && (d === floor || !has(text.charCodeAt(d - 1), CHAR_FLAGS.digit))) {
        let e = m;
        while (e < text.length && e - m < 12 && has(text.charCodeAt(e), CHAR_FLAGS.letter)) e++;
        if (months.has(text.slice(m, e).toLowerCase())) return false;
      }
    }
    return true;
  };

  const split: SentenceSplitter = (text, from, to, out) => {
    let start = from;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE && lineBreaks) {
        let e = i;
        while (e > start && has(text.charCodeAt(e - 1), CHAR_FLAGS.space)) e--;
        let m = i + 1;
        while (m < to && has(text.charCodeAt(m), CHAR_FLAGS.space)) m++;
        if (e > start && m < to) {
          out.push(start, e);
          start = m;
        }
        i = m;
        continue;
      }
      const cjk = CJK_TERMINATORS.has(c);
      if (!cjk && !TERMINATORS.has(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && (TERMINATORS.has(text.charCodeAt(j)) || CJK_TERMINATORS.has(text.charCodeAt(j)))) j++;
      let k = j;
      let curly = false;
      while (k < to && k - j < MAX_CLOSERS && CLOSERS.has(text.charCodeAt(k))) {
        if (CURLY_CLOSERS.has(text.charCodeAt(k))) curly = true;
        k++;
      }
      if (k >= to) break;
      const next = text.charCodeAt(k);
      let m = k;
      if (has(next, CHAR_FLAGS.space)) {
        while (m < to && has(text.charCodeAt(m), CHAR_FLAGS.space)) m++;
        if (m >= to) break;
      } else if (!cjk && !(curly && has(next, CHAR_FLAGS.upper))) {
        i = j;
        continue;
      }
      if (!cjk) {
        const first = text.charCodeAt(m);
        const ends = !has(first, CHAR_FLAGS.lower)
          && (j - i !== 1 || c !== PERIOD || periodEnds(text, start, i, m));
        if (!ends) {
          i = k;
          continue;
        }
      }
      out.push(start, k);
      start = m;
      i = m;
    }
    if (to > start) out.push(start, to);
  };
  return split;
}
