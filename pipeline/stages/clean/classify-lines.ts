import type { LineFeatures } from './line-features.ts';

/** jusText-style classes of a line. */
export const LINE_CLASSES = { good: 'good', nearGood: 'near-good', short: 'short', bad: 'bad' } as const;
export type LineClass = (typeof LINE_CLASSES)[keyof typeof LINE_CLASSES];

/** Thresholds of the line classifier (jusText defaults, tuned for the shorter stop-word lists here). */
export interface ClassifyThresholds {
  /** Lines shorter than this (characters) are `short` (CJK: a third of it). */
  lengthLow: number;
  /** Lines at least this long with high stop-word density are `good` outright. */
  lengthHigh: number;
  /** Stop-word density below this makes a line `bad`. */
  stopLow: number;
  /** Stop-word density at or above this makes a line `near-good` or `good`. */
  stopHigh: number;
  /** URL/handle density above this makes a line `bad`. */
  maxUrlDensity: number;
}

/** A short line with fewer words and no final punctuation is a label ("Undo", "$900", "Reuters"), never text (list items excepted). */
const MIN_SHORT_WORDS = 3;

/**
 * Context-free class of one line: boilerplate phrases are `bad`, short lines
 * `short`, prose-like lines `good` or `near-good` by length and stop words.
 */
export function initialClass(f: LineFeatures, isPhrase: boolean, t: ClassifyThresholds, cjk: boolean, listItem = false): LineClass {
  if (isPhrase || f.urlDensity > t.maxUrlDensity) return 'bad';
  const low = cjk ? t.lengthLow / 3 : t.lengthLow;
  const high = cjk ? t.lengthHigh / 3 : t.lengthHigh;
  if (f.chars < low) return f.words < MIN_SHORT_WORDS && !f.terminal && !listItem ? 'bad' : 'short';
  if (f.stopDensity >= t.stopHigh) return f.chars >= high || (f.terminal && f.words >= 10) ? 'good' : 'near-good';
  if (f.stopDensity >= t.stopLow) return f.terminal && f.words >= 12 ? 'good' : 'near-good';
  return 'bad';
}

/**
 * jusText context pass: near-good lines become good unless both neighbours are
 * bad; short lines become good between good neighbours and next to near-good
 * ones, else bad. Lines flagged `transparent` (an "Advertisement" or "Share"
 * label inside the text) are skipped when looking for neighbours. Linear in
 * the number of lines (neighbour lookups are precomputed per direction).
 *
 * @example
 * resolveContext(['good', 'short', 'good']) // ['good', 'good', 'good']
 */
export function resolveContext(initial: readonly LineClass[], transparent?: readonly boolean[]): LineClass[] {
  const n = initial.length;
  const prevStrict: LineClass[] = new Array(n);
  const nextStrict: LineClass[] = new Array(n);
  const prevAny: LineClass[] = new Array(n);
  const nextAny: LineClass[] = new Array(n);
  let ps: LineClass = 'bad';
  let pa: LineClass = 'bad';
  for (let i = 0; i < n; i++) {
    prevStrict[i] = ps;
    prevAny[i] = pa;
    if (transparent?.[i]) continue;
    const c = initial[i];
    if (c === 'bad' || c === 'good') ps = pa = c;
    else if (c === 'near-good') pa = c;
  }
  let ns: LineClass = 'bad';
  let na: LineClass = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextStrict[i] = ns;
    nextAny[i] = na;
    if (transparent?.[i]) continue;
    const c = initial[i];
    if (c === 'bad' || c === 'good') ns = na = c;
    else if (c === 'near-good') na = c;
  }
  const out = initial.slice();
  for (let i = 0; i < n; i++) {
    if (initial[i] !== 'short') continue;
    const p = prevStrict[i];
    const q = nextStrict[i];
    if (p === 'good' && q === 'good') out[i] = 'good';
    else if (p === 'bad' && q === 'bad') out[i] = 'bad';
    else if ((p === 'bad' && prevAny[i] === 'near-good') || (q === 'bad' && nextAny[i] === 'near-good')) out[i] = 'good';
    else out[i] = 'bad';
  }
  for (let i = 0; i < n; i++) {
    if (initial[i] !== 'near-good') continue;
    out[i] = prevStrict[i] === 'bad' && nextStrict[i] === 'bad' ? 'bad' : 'good';
  }
  return out;
}
