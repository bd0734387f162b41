/**
 * Word tokenizer for annotation. Tokens carry UTF-16 offsets into the text and
 * a few precomputed shape facts; punctuation is not a token but is visible
 * through `gap` (the text between the previous token and this one).
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Lookup key (see normalize-key.ts). */
  key: string;
  /** First character is an upper-case letter (or the token is a lower-case name particle such as "al-Assad"). */
  cap: boolean;
  /** Every letter is upper case and there are at least two letters ("FBI", "U.S."). */
  upper: boolean;
  /** Text between the previous token and this one ("" for the first token of the range). */
  gap: string;
}

import { normalizeKey } from './normalize-key.ts';

// A word is /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’\-‐][\p{L}\p{N}\p{M}]+)*/u: letters/digits, then groups
// joined by one inner dot, apostrophe or hyphen (linear). `tokenize` scans it by hand.
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const GLUED_ABBREV = /^((?:\p{Lu}\.){2,})(\p{L}{2,})$/u;
const HYPHEN_PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint)[-‐]/i;
const UPPER_LETTER = /^\p{Lu}/u;
const LETTERS2 = /\p{L}.*\p{L}/u;

/** Options of the tokenizer. */
export interface TokenizeOptions {
  /** Lower-case abbreviations (without the dot) that keep their trailing dot ("mr", "gen"). */
  abbreviations: ReadonlySet<string>;
  /** Lower-case given names: "Jean-Claude" stays one token when both halves are names. */
  givenNames: ReadonlySet<string>;
  /** Keys of known names (see normalize-key.ts): "US-Russia" splits because "us" is known; "Amir-Abdollahian" stays whole. */
  known?: { has(key: string): boolean };
}

/**
 * Tokenizes text[start:end].
 *
 * @example
 * tokenize('Kerry’s U.S. trip', 0, 17, opts).map((t) => t.text) // ['Kerry', '’s', 'U.S.', 'trip']
 */
export function tokenize(text: string, start: number, end: number, options: TokenizeOptions): Token[] {
  const out: Token[] = [];
  let prevEnd = start;
  // A hand-written scanner for WORD (no match arrays, ASCII without regex).
  let i = start;
  while (i < end) {
    let cp = codePointIn(text, i, end);
    if (charClass(cp) !== LETTER_OR_DIGIT) { i += cp > 0xffff ? 2 : 1; continue; }
    const s = i;
    i = skipWordChars(text, i + (cp > 0xffff ? 2 : 1), end);
    // Groups joined by one inner dot, apostrophe or hyphen.
    while (i + 1 < end && isJoiner(text.charCodeAt(i))) {
      cp = codePointIn(text, i + 1, end);
      if (charClass(cp) === OTHER) break;
      i = skipWordChars(text, i + 1 + (cp > 0xffff ? 2 : 1), end);
    }
    let word = text.slice(s, i);
    let e = i;
    if (text[e] === '.' && e < end && keepsDot(word, options.abbreviations)) { word += '.'; e++; }
    if (!splittable(word)) {
      out.push(makeToken(text, s, word, prevEnd));
      prevEnd = e;
    } else {
      for (const [ps, pw] of splitWord(s, word, options)) {
        out.push(makeToken(text, ps, pw, prevEnd));
        prevEnd = ps + pw.length;
      }
    }
    i = e;
  }
  return out;
}

const OTHER = 0;
const MARK = 1;
const LETTER_OR_DIGIT = 2;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;
const classes = new Map<number, number>();

/** OTHER, MARK (\p{M}) or LETTER_OR_DIGIT (\p{L} or \p{N}) of a code point. */
function charClass(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) ? LETTER_OR_DIGIT : OTHER;
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER_OR_NUMBER.test(ch) ? LETTER_OR_DIGIT : COMBINING_MARK.test(ch) ? MARK : OTHER;
    classes.set(cp, c);
  }
  return c;
}

/** The code point at i, a surrogate pair read only when both halves lie before `end`. */
function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Offset after the letters, digits and marks starting at i. */
function skipWordChars(text: string, i: number, end: number): number {
  while (i < end) {
    const cp = codePointIn(text, i, end);
    if (charClass(cp) === OTHER) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** . ' ’ - ‐ */
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 0x2010;

function keepsDot(word: string, abbreviations: ReadonlySet<string>): boolean {
  if (DOTTED.test(word)) return true;
  if (word.length === 1 && UPPER_LETTER.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/** The word holds a hyphen, apostrophe or dot (it may split into several tokens). */
function splittable(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 46 || c === 39 || c === 0x2010 || c === 0x2019) return true;
  }
  return false;
}

/** Only ASCII lower-case letters and digits (its own lookup key). */
function plainLower(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function splitWord(start: number, word: string, options: TokenizeOptions): Array<[number, string]> {
  const parts: Array<[number, string]> = [];
  const glued = GLUED_ABBREV.exec(word);
  if (glued) return [[start, glued[1]!], [start + glued[1]!.length, glued[2]!]];
  let base = word;
  let possessive: string | null = null;
  if (/['’][sS]$/.test(word) && word.length > 2) { base = word.slice(0, -2); possessive = word.slice(-2); }
  if (/[-‐]/.test(base) && !HYPHEN_PARTICLE.test(base)) {
    const pieces = base.split(/([-‐])/);
    const words = pieces.filter((_, i) => i % 2 === 0);
    const capitals = words.filter((w) => UPPER_LETTER.test(w)).length;
    const allNames = words.every((w) => options.givenNames.has(w.toLowerCase()));
    const anyKnown = !options.known || words.some((w) => options.known!.has(normalizeKey(w)));
    if (capitals >= 2 && !allNames && anyKnown) {
      let at = start;
      pieces.forEach((p, i) => { if (i % 2 === 0 && p) parts.push([at, p]); at += p.length; });
    }
  }
  if (parts.length === 0) parts.push([start, base]);
  if (possessive) parts.push([start + base.length, possessive]);
  return parts;
}

function makeToken(text: string, start: number, word: string, prevEnd: number): Token {
  const gap = prevEnd === start ? '' : text.slice(prevEnd, start);
  // Most words are plain lower case: their own lower case and key, no capital.
  if (plainLower(word)) return { start, end: start + word.length, text: word, lower: word, key: word, cap: false, upper: false, gap };
  const c = word.charCodeAt(0);
  const cap = c < 128 ? (c >= 65 && c <= 90) || ((c === 97 || c === 101) && /^(?:al|el)[-‐]\p{Lu}/u.test(word)) : UPPER_LETTER.test(word);
  const lower = word.toLowerCase();
  return {
    start, end: start + word.length, text: word, lower, key: plainLower(lower) ? lower : normalizeKey(lower), cap,
    upper: cap && lower !== word && word.toUpperCase() === word && LETTERS2.test(word),
    gap,
  };
}
