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

/** A bad line needs this many words (and final punctuation) to be taken as text between two good lines. */
const MIN_BETWEEN_GOOD_WORDS = 8;

/**
 * A sentence between two article paragraphs is article text: a `bad` line (too few stop words
 * for its language's list, as with terse Czech or figure-laden sentences) of at least
 * `MIN_BETWEEN_GOOD_WORDS` words with final punctuation and no URLs, whose neighbours on both
 * sides are `good`, becomes `good`. Lines matched as boilerplate (`matched`) stay as they are.
 * Runs after the context pass, on its classes; returns new classes.
 *
 * @example
 * betweenGood(['good', 'bad', 'good'], feats, [false, false, false]) // ['good', 'good', 'good'] when line 1 is a long sentence
 */
export function betweenGood(classes: readonly LineClass[], feats: readonly LineFeatures[], matched: readonly boolean[]): LineClass[] {
  const out = classes.slice();
  for (let i = 1; i + 1 < classes.length; i++) {
    const f = feats[i];
    if (classes[i] !== 'bad' || matched[i] || classes[i - 1] !== 'good' || classes[i + 1] !== 'good') continue;
    if (f.terminal && f.words >= MIN_BETWEEN_GOOD_WORDS && f.urlDensity === 0) out[i] = 'good';
  }
  return out;
}

/** A long sentence needs this many words to be taken as text after a good line whatever follows it. */
const MIN_LONG_SENTENCE_WORDS = 15;
/** ... and at least this share of `stopLow` in stop words (a row of tags or headlines ending in a full stop has almost none). */
const LONG_SENTENCE_MIN_STOP_SHARE = 0.5;

/**
 * A long sentence right after an article paragraph is article text even when boilerplate follows
 * it (a widget's label, an ad, the end of the article): figure-laden or terse sentences ("The
 * survey ranked income, wealth, mobility and unemployment levels across 10 countries.") have too
 * few stop words to be good, and `betweenGood` needs a good line on both sides. A `bad` line that
 * follows a `good` line, with at least `MIN_LONG_SENTENCE_WORDS` words, final punctuation, no
 * URLs and a stop-word density of at least `LONG_SENTENCE_MIN_STOP_SHARE` of `stopLow`, becomes
 * `good`. Lines matched as boilerplate (`matched`) stay as they are. Runs after `betweenGood`;
 * returns new classes.
 *
 * @example
 * longSentenceAfterGood(['good', 'bad', 'bad'], feats, [false, false, false], 0.22) // ['good', 'good', 'bad'] when line 1 is a long sentence
 */
export function longSentenceAfterGood(classes: readonly LineClass[], feats: readonly LineFeatures[], matched: readonly boolean[], stopLow: number): LineClass[] {
  const out = classes.slice();
  for (let i = 1; i < classes.length; i++) {
    const f = feats[i];
    if (out[i] !== 'bad' || matched[i] || out[i - 1] !== 'good') continue;
    if (f.terminal && f.words >= MIN_LONG_SENTENCE_WORDS && f.urlDensity === 0 && f.stopDensity >= stopLow * LONG_SENTENCE_MIN_STOP_SHARE) out[i] = 'good';
  }
  return out;
}

/** A short line needs this many words to be taken as the sentence that closes the paragraphs above it. */
const MIN_CLOSING_SENTENCE_WORDS = 6;
/** A question in a short line after the text is a call to action ("Ready? Sign up …", "Got a tip? …"), not a closing sentence. */
const QUESTION = /[?？¿]/u;

/**
 * A short, complete sentence right after an article paragraph is article text, even when the
 * next line is boilerplate: the context pass makes a `short` line between a good and a bad
 * line bad, which drops the last sentence of a paragraph block ("This is what they did.", "The
 * office has not commented.", "X reported from Y.", "… see the video below:").
 * A line that was `short`, is `bad` after the context pass, follows a `good` line, has at
 * least `MIN_CLOSING_SENTENCE_WORDS` words, final punctuation, a stop-word density of text
 * (`minStopDensity`, the classifier's `stopLow`, or more), no URLs and no question mark becomes `good`. Lines matched as
 * boilerplate (`matched`) stay as they are. Runs after the context pass; returns new classes.
 *
 * @example
 * closingSentence(['good', 'bad', 'bad'], ['good', 'short', 'bad'], feats, [false, false, false], 0.22, texts) // ['good', 'good', 'bad'] when line 1 is a short sentence
 */
export function closingSentence(
  classes: readonly LineClass[],
  initial: readonly LineClass[],
  feats: readonly LineFeatures[],
  matched: readonly boolean[],
  minStopDensity: number,
  texts: readonly string[],
): LineClass[] {
  const out = classes.slice();
  for (let i = 1; i < classes.length; i++) {
    const f = feats[i];
    if (out[i] !== 'bad' || initial[i] !== 'short' || matched[i] || out[i - 1] !== 'good') continue;
    if (f.terminal && f.words >= MIN_CLOSING_SENTENCE_WORDS && f.stopDensity >= minStopDensity && f.urlDensity === 0 && !QUESTION.test(texts[i])) out[i] = 'good';
  }
  return out;
}

/** At most this many heading lines stand between a paragraph and a photo's caption. */
const MAX_HEADING_LINES = 2;
/** A photo has at most this many caption and credit lines. */
const MAX_CAPTION_LINES = 2;

/**
 * A section heading above a photo is article text: articles put an image right below a
 * subheading, so the heading's next line is the image's caption (boilerplate, `bad`) and the
 * context pass drops it ("How the deal was done" / caption / paragraph). A run of at most
 * `MAX_HEADING_LINES` lines that were `short` and are not matched as boilerplate, after a `good`
 * line and followed by at most `MAX_CAPTION_LINES` caption or credit lines (`caption`: a single
 * photo's, not a slideshow's) and then a `good` line, becomes `good`. Lines after a caption are
 * not touched: a title, caption and byline sit so.
 * Runs after the context pass; returns new classes.
 *
 * @example
 * headingBeforeCaption(['good', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'good'], [false, false, true, false], [false, false, true, false]) // ['good', 'good', 'bad', 'good']
 */
export function headingBeforeCaption(
  classes: readonly LineClass[],
  initial: readonly LineClass[],
  matched: readonly boolean[],
  caption: readonly boolean[],
): LineClass[] {
  const out = classes.slice();
  for (let i = 1; i < classes.length; i++) {
    if (classes[i - 1] !== 'good' || classes[i] === 'good') continue;
    let j = i;
    while (j < classes.length && j - i < MAX_HEADING_LINES && initial[j] === 'short' && classes[j] !== 'good' && !matched[j]) j++;
    if (j === i || !caption[j]) continue;
    let k = j;
    while (k < classes.length && k - j < MAX_CAPTION_LINES && caption[k]) k++;
    if (classes[k] === 'good') for (let m = i; m < j; m++) out[m] = 'good';
  }
  return out;
}

/** A table inside the article has at least this many lines (rows and their headings). */
const MIN_TABLE_LINES = 3;
/** A table line has at most this many words. */
const MAX_TABLE_LINE_WORDS = 8;
/** At least this share of a table's lines are rows: a label and a figure ("Red Hat 8417 38.0%", "4.2.3 April 2014"). */
const MIN_TABLE_ROW_SHARE = 0.75;
/** A row holds a figure ... */
const DIGIT = /\d/;
/** ... and a word of letters (a chart's axis ticks, "8", "’98", "MONTHLY", hold only one of the two). */
const LETTERS = /\p{L}{2}/u;

/**
 * A table of figures between two article paragraphs is article text: its rows are short lines
 * without stop words, so they are `bad`, and only the paragraphs on both sides are kept. A run
 * of at least `MIN_TABLE_LINES` lines that are neither good nor matched as boilerplate, each of
 * at most `MAX_TABLE_LINE_WORDS` words, directly between two `good` lines, becomes `good` when
 * at least `MIN_TABLE_ROW_SHARE` of its lines are rows (two or more words, a digit and a word of
 * letters); the rest are the table's headings. Runs after the other context rules; returns new classes.
 *
 * @example
 * dataTable(['good', 'bad', 'bad', 'bad', 'good'], feats, matched, ['…', 'Red Hat 8417 38.0%', 'Canonical 422 1.9%', 'SUSE 7 0.0%', '…']) // all 'good'
 */
export function dataTable(classes: readonly LineClass[], feats: readonly LineFeatures[], matched: readonly boolean[], texts: readonly string[]): LineClass[] {
  const out = classes.slice();
  let i = 0;
  while (i < classes.length) {
    if (classes[i] !== 'good') {
      i++;
      continue;
    }
    let j = i + 1;
    let rows = 0;
    while (j < classes.length && classes[j] !== 'good' && !matched[j] && feats[j].words <= MAX_TABLE_LINE_WORDS) {
      if (feats[j].words >= 2 && DIGIT.test(texts[j]) && LETTERS.test(texts[j])) rows++;
      j++;
    }
    const n = j - i - 1;
    if (j < classes.length && classes[j] === 'good' && n >= MIN_TABLE_LINES && rows >= n * MIN_TABLE_ROW_SHARE) for (let k = i + 1; k < j; k++) out[k] = 'good';
    i = j;
  }
  return out;
}
