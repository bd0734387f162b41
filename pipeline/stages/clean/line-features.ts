import { STOPWORDS, type StopwordLanguage } from './data/stopwords.ts';

/** Text signals of one line used by the classifier. */
export interface LineFeatures {
  /** Length of the trimmed line in UTF-16 units. */
  chars: number;
  /** Word count (CJK: CJK characters / 2 plus other words). */
  words: number;
  /** Share of words that are stop words of the document language (CJK: punctuation-based proxy). */
  stopDensity: number;
  /** Ends with sentence-final punctuation (optionally followed by a closing quote or bracket, then by an editor's or agency's initials in brackets: "… voraus. (dpa)"). */
  terminal: boolean;
  /** Share of words that look like URLs, handles, e-mail addresses or file names. */
  urlDensity: number;
  /** Share of letters that are upper case (first 400 characters). */
  upperRatio: number;
}

/** Document language (stop-word list used) and the features of every line. */
export interface MeasuredLines {
  /** The stop-word list covering most words, `cjk`, or `und` when no list covers the page's words. */
  lang: StopwordLanguage | 'cjk' | 'und';
  feats: LineFeatures[];
}

const LANGS = (Object.keys(STOPWORDS) as StopwordLanguage[]).sort();
/**
 * Stop word -> bit mask of the languages listing it (bit i = LANGS[i]), keyed
 * by two independent 32-bit hashes of the word's UTF-16 units, so that lines
 * are scanned without allocating a string per word (a collision of both
 * hashes is negligible and could only add a stop word). An open-addressing
 * table on typed arrays: a lookup allocates nothing (a `Map` keyed by a
 * 53-bit number boxes every key).
 */
const TABLE_BITS = 13;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const KEY_A = new Int32Array(1 << TABLE_BITS);
const KEY_B = new Int32Array(1 << TABLE_BITS);
const MASKS = new Uint16Array(1 << TABLE_BITS);
const h1Step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
const h2Step = (h: number, c: number): number => (Math.imul(h, 0x9e3779b1) ^ c) | 0;
const slotOf = (a: number, b: number): number => (a ^ Math.imul(b, 0x85ebca6b)) & TABLE_MASK;
/** Language mask of the word hashed to (a, b); 0 when it is no stop word. */
function stopMask(a: number, b: number): number {
  for (let s = slotOf(a, b); MASKS[s] !== 0; s = (s + 1) & TABLE_MASK) if (KEY_A[s] === a && KEY_B[s] === b) return MASKS[s];
  return 0;
}
LANGS.forEach((lang, i) => {
  for (const w of STOPWORDS[lang].split(/\s+/)) {
    if (!w) continue;
    let a = 0;
    let b = 0;
    for (let k = 0; k < w.length; k++) {
      a = h1Step(a, w.charCodeAt(k));
      b = h2Step(b, w.charCodeAt(k));
    }
    let s = slotOf(a, b);
    while (MASKS[s] !== 0 && !(KEY_A[s] === a && KEY_B[s] === b)) s = (s + 1) & TABLE_MASK;
    KEY_A[s] = a;
    KEY_B[s] = b;
    MASKS[s] |= 1 << i;
  }
});
// linear probing stays short while the table is at most half full
if (MASKS.filter((m) => m !== 0).length > (1 << TABLE_BITS) / 2) throw new Error('line-features: stop-word table over half full, raise TABLE_BITS');

/** Sentence-final punctuation at the end of a line (tested on its last 8 characters); Armenian, Myanmar, Khmer and Ethiopic full stops too. */
const TERMINAL = /[.!?。！？…:;؟۔।։။។።]["'”’»)\]]*$|["”»]$/u;
/**
 * Articles in many languages end with the initials of the editor or agency in brackets after the
 * last full stop ("… voraus. (bsc)", "… la semaine prochaine. (AFP)", "… (ab/dpa)"): the line
 * still ends a sentence (tested on its last 16 characters, only when it ends with a bracket).
 */
const TERMINAL_THEN_INITIALS = /[.!?。！？…]["'”’»]? \(\p{L}{2,5}(?:\/\p{L}{2,5})?\)$/u;
const URL_HINT = /@|https?:|www\.|\.(?:com|org|net|html?|jpe?g|png|gif)\b/i;
const URLISH = /^(?:https?:|www\.)|@\w|\.(?:com|org|net|html?|jpe?g|png|gif)\b/i;

/** A line of a script without spaces between words holding this many letters and two spaces is prose (Thai has no full stop). */
const MIN_UNSPACED_PROSE = 60;

/** Below this share of stop words overall, the document's language has no list here and a proxy is used. */
const MIN_STOP_COVERAGE = 0.08;

/** Thai, Lao, Myanmar and Khmer: scripts written without spaces between words (a space ends a phrase or a sentence). */
const isUnspaced = (c: number): boolean => (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff);
/** Scripts counted by character, not by word: Chinese, Japanese, Korean, and those written without spaces. */
const isCjk = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || isUnspaced(c);
/** Word character: ASCII letters/digits, and non-ASCII letters (approximated: not punctuation/space blocks). */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff20) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfeff);

/** Character classes of the line scan, by UTF-16 unit: not part of a word, CJK, CJK sentence punctuation, letter, digit. */
const OTHER = 0;
const CJK = 1;
const CJK_PUNCT = 2;
/** A letter of a script without spaces between words (counted as CJK, and apart). */
const UNSPACED = 3;
const LETTER = 4;
const DIGIT = 5;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isUnspaced(c)) CLASS[c] = UNSPACED;
  else if (isCjk(c)) CLASS[c] = CJK;
  else if (c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff01 || c === 0xff1f) CLASS[c] = CJK_PUNCT;
  else if (c >= 48 && c <= 57) CLASS[c] = DIGIT;
  else if (isWordChar(c)) CLASS[c] = LETTER;
  else CLASS[c] = OTHER;
}

interface RawLine {
  chars: number;
  words: number;
  stops: number[];
  urls: number;
  cjk: number;
  cjkPunct: number;
  /** Letters of a script without spaces between words, and the spaces of the line (its phrases). */
  unspaced: number;
  spaces: number;
  latin: number;
  terminal: boolean;
  upperRatio: number;
}

function scan(text: string): RawLine {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const stops = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  let cjk = 0;
  let cjkPunct = 0;
  let unspaced = 0;
  let spaces = 0;
  let latin = 0;
  let letters = 0;
  let upper = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const k = CLASS[c];
    if (k < LETTER) {
      if (k === CJK) cjk++;
      else if (k === UNSPACED) {
        cjk++;
        unspaced++;
      } else if (k === CJK_PUNCT) cjkPunct++;
      else if (c === 32) spaces++;
      i++;
      continue;
    }
    let j = i;
    let a = 0;
    let b = 0;
    for (; j < n; j++) {
      const d = lower.charCodeAt(j);
      const kd = CLASS[d];
      if (kd < LETTER) break;
      a = h1Step(a, d);
      b = h2Step(b, d);
      if (kd === LETTER && j < 400) {
        letters++;
        if (sameLength && text.charCodeAt(j) !== d) upper++;
      }
    }
    words++;
    if (c < 0x80) latin++;
    if (j - i <= 12) {
      const mask = stopMask(a, b);
      if (mask) for (let l = 0; l < LANGS.length; l++) if (mask & (1 << l)) stops[l]++;
    }
    i = j;
  }
  let urls = 0;
  if (URL_HINT.test(text)) for (const w of text.split(/\s+/)) if (URLISH.test(w)) urls++;
  return {
    chars: text.length, words, stops, urls, cjk, cjkPunct, unspaced, spaces, latin,
    terminal: TERMINAL.test(text.length > 8 ? text.slice(-8) : text) || (text.endsWith(')') && TERMINAL_THEN_INITIALS.test(text.length > 16 ? text.slice(-16) : text)),
    upperRatio: letters ? upper / letters : 0,
  };
}

/**
 * Measures every line in one linear pass per line: words, stop words of each
 * language, URL-like words, final punctuation, upper-case share. The document
 * language is the stop-word list covering most words overall (CJK mode when
 * CJK characters dominate); each line's stop-word density uses that list.
 *
 * @example
 * measureLines(['Le chat est sur la table et le chien dans le jardin.']).lang // 'fr'
 */
export function measureLines(lines: ReadonlyArray<string>): MeasuredLines {
  const raw = lines.map(scan);
  const totals = new Array<number>(LANGS.length).fill(0);
  let cjk = 0;
  let wordsAll = 0;
  for (const r of raw) {
    for (let k = 0; k < LANGS.length; k++) totals[k] += r.stops[k];
    cjk += r.cjk;
    wordsAll += r.words;
  }
  if (cjk > 0 && cjk / (cjk + wordsAll * 4) > 0.3) {
    return {
      lang: 'cjk',
      feats: raw.map((r) => ({
        chars: r.chars, words: Math.round(r.cjk / 2) + r.latin, terminal: r.terminal, urlDensity: 0, upperRatio: r.upperRatio,
        // sentence punctuation inside (CJK "。，") or at the end (Korean prose uses ". ,"), or phrases between spaces
        // in a script without spaces between words (Thai): prose
        stopDensity: (r.cjkPunct > 0 || r.terminal || (r.unspaced >= MIN_UNSPACED_PROSE && r.spaces >= 2)) && r.cjk >= 15 ? 0.4 : r.cjk > 0 ? 0.15 : 0,
      })),
    };
  }
  let best = LANGS.indexOf('en');
  for (let k = 0; k < LANGS.length; k++) if (totals[k] > totals[best]) best = k;
  const covered = wordsAll > 0 && totals[best] / wordsAll >= MIN_STOP_COVERAGE;
  return {
    // (a page whose words no list covers, Hebrew or Greek, has no stop-word language)
    lang: covered ? LANGS[best] : 'und',
    feats: raw.map((r) => ({
      chars: r.chars, words: r.words, terminal: r.terminal, upperRatio: r.upperRatio,
      // lines in a script without a stop-word list (Hebrew, Arabic, ...) get a punctuation-based proxy
      stopDensity: !r.words ? 0 : covered && r.latin / r.words >= 0.3 ? r.stops[best] / r.words : r.terminal && r.words >= 8 ? 0.4 : 0.1,
      urlDensity: r.words ? Math.min(1, r.urls / r.words) : 0,
    })),
  };
}

/**
 * Features of a single line measured as a document of its own (language from the line itself).
 *
 * @example
 * lineFeatures('The cat sat on the mat.').terminal // true
 */
export function lineFeatures(text: string): LineFeatures {
  return measureLines([text]).feats[0];
}
