import type { LineClass } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';

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
