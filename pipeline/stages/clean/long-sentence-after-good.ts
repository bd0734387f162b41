import type { LineClass } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';

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
