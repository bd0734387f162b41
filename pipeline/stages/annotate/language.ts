/**
 * Language identification (ISO 639-1) for paragraphs and whole articles.
 *
 * A paragraph whose function words clearly belong to one language of
 * data/stopwords.json is decided at once (fast and reliable on news prose);
 * anything else (short, mixed, other languages, other scripts) goes to tinyld.
 * The article language is a vote of its paragraphs weighted by length, so a
 * French dateline in an English article does not make the article French.
 */
import { detectAll } from 'tinyld';
import type { Resources } from './resources.ts';

/** A detected language with its confidence in [0, 1]. */
export interface LanguageGuess {
  language: string | null;
  confidence: number;
}

/** Options of the detector. */
export interface LanguageOptions {
  /** Texts with fewer letters than this get no language (null, confidence 0). */
  minLetters: number;
  /** Characters of a text passed to the n-gram model (longer texts are cut). */
  modelChars: number;
}

const NONE: LanguageGuess = Object.freeze({ language: null, confidence: 0 });
const WORDS = /\p{L}+/gu;
const LETTER = /\p{L}/u;

/** Letters of a text, and how many of them are Latin (ASCII fast path). */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; latin++; }
    else if (c >= 0xc0) {
      if (c >= 0xd800 && c <= 0xdbff) { if (LETTER.test(text.slice(i, i + 2))) letters++; i++; continue; }
      if (LETTER.test(text[i]!)) { letters++; if (c <= 0x24f) latin++; }
    }
  }
  return { letters, latin };
}
const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The frozen detector returned by `createLanguageDetector`. */
export interface LanguageDetector {
  /** Language of one paragraph or comment (`lowerWords`: its words in lower case, when already tokenized). */
  detect(text: string, lowerWords?: readonly string[]): LanguageGuess & { letters: number };
  /** Article language from its paragraph guesses (length-weighted vote). */
  vote(parts: ReadonlyArray<LanguageGuess & { letters: number }>, wholeText: string): LanguageGuess;
}

/**
 * Builds a detector over the stop-word lists.
 *
 * @example
 * createLanguageDetector(loadResources(), { minLetters: 20, modelChars: 600 }).detect('Le président a déclaré ...')
 */
export function createLanguageDetector(resources: Resources, options: LanguageOptions): LanguageDetector {
  const languages = [...resources.stopwords.keys()].sort();
  // word -> bit set of the languages whose list holds it: one lookup per word.
  const masks = new Map<string, number>();
  languages.forEach((lang, i) => { for (const w of resources.stopwords.get(lang)!) masks.set(w, (masks.get(w) ?? 0) | (1 << i)); });
  const model = (text: string): LanguageGuess => {
    const top = detectAll(text.slice(0, options.modelChars)).find((r) => /^[a-z]{2}$/.test(r.lang));
    return top ? { language: top.lang, confidence: round(top.accuracy) } : NONE;
  };
  const detect = (text: string, lowerWords?: readonly string[]): LanguageGuess & { letters: number } => {
    const { letters, latin } = countLetters(text);
    if (letters < options.minLetters) return { ...NONE, letters };
    if (latin > letters * 0.8) {
      const hits = new Array<number>(languages.length).fill(0);
      let words = 0;
      const count = (word: string): void => {
        words++;
        const mask = masks.get(word);
        if (mask) for (let i = 0; i < languages.length; i++) if (mask & (1 << i)) hits[i]!++;
      };
      if (lowerWords) for (const w of lowerWords) count(w);
      else {
        WORDS.lastIndex = 0;
        for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) count(m[0].toLowerCase());
      }
      if (words >= 8) {
        // The two languages with most hits (ties: first in order).
        let first = 0;
        let runnerUp = -1;
        for (let i = 1; i < languages.length; i++) {
          if (hits[i]! > hits[first]!) { runnerUp = first; first = i; }
          else if (runnerUp < 0 || hits[i]! > hits[runnerUp]!) runnerUp = i;
        }
        const best = hits[first]!;
        const second = runnerUp < 0 ? hits[1]! : hits[runnerUp]!;
        if (best >= 3 && (best >= 3 * second || (best >= 6 && best >= 2 * second)) && best >= words * 0.2) {
          return { language: languages[first]!, confidence: round(best / (best + second)), letters };
        }
      }
    }
    return { ...model(text), letters };
  };
  const vote = (parts: ReadonlyArray<LanguageGuess & { letters: number }>, wholeText: string): LanguageGuess => {
    const weight = new Map<string, number>();
    let total = 0;
    for (const p of parts) {
      if (!p.language) continue;
      weight.set(p.language, (weight.get(p.language) ?? 0) + p.letters * p.confidence);
      total += p.letters;
    }
    if (total === 0) {
      const whole = detect(wholeText);
      return { language: whole.language, confidence: whole.confidence };
    }
    const [language, w] = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    return { language, confidence: round(w / total) };
  };
  return Object.freeze({ detect, vote });
}
