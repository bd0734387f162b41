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

// Letters/digits, then groups joined by one inner dot, apostrophe or hyphen: linear, no backtracking blow-up.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’\-‐][\p{L}\p{N}\p{M}]+)*/gu;
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
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let prevEnd = start;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const s = start + m.index;
    let word = m[0];
    let e = s + word.length;
    if (text[e] === '.' && e < end && keepsDot(word, options.abbreviations)) { word += '.'; e++; }
    if (!SPLITTABLE.test(word)) {
      out.push(makeToken(text, s, word, prevEnd));
      prevEnd = e;
    } else {
      for (const [ps, pw] of splitWord(s, word, options)) {
        out.push(makeToken(text, ps, pw, prevEnd));
        prevEnd = ps + pw.length;
      }
    }
    WORD.lastIndex = e - start;
  }
  return out;
}

function keepsDot(word: string, abbreviations: ReadonlySet<string>): boolean {
  if (DOTTED.test(word)) return true;
  if (word.length === 1 && UPPER_LETTER.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

const SPLITTABLE = /[-‐'’.]/;
const PLAIN_LOWER = /^[a-z0-9]+$/;

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
  const c = word.charCodeAt(0);
  const cap = c < 128 ? (c >= 65 && c <= 90) || ((c === 97 || c === 101) && /^(?:al|el)[-‐]\p{Lu}/u.test(word)) : UPPER_LETTER.test(word);
  const lower = word.toLowerCase();
  return {
    start, end: start + word.length, text: word, lower, key: PLAIN_LOWER.test(lower) ? lower : normalizeKey(lower), cap,
    upper: cap && lower !== word && word.toUpperCase() === word && LETTERS2.test(word),
    gap: prevEnd === start ? '' : text.slice(prevEnd, start),
  };
}
