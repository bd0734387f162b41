import type { LineClass } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';

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
