import type { LineClass } from './classify-lines.ts';

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
 * photo's, not a slideshow's) and then a `good` line, becomes `good`. So does such a run right
 * after the caption lines of a photo that follows a `good` line, when `headingLike` says each
 * line reads as a heading (no byline, name or date: a standfirst, the hero caption and the byline
 * sit so; without `headingLike`, lines after a caption are not touched).
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
  headingLike: (i: number) => boolean = () => false,
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
  // ... and a heading right below the caption of a photo between two paragraphs ("… paragraph" / caption / "Smoke" / paragraph),
  // when the heading reads as no byline, name or date (a standfirst, a hero caption and the byline sit so)
  for (let i = 1; i < classes.length; i++) {
    if (classes[i - 1] !== 'good' || !caption[i]) continue;
    let j = i;
    while (j < classes.length && j - i < MAX_CAPTION_LINES && caption[j]) j++;
    let k = j;
    while (k < classes.length && k - j < MAX_HEADING_LINES && initial[k] === 'short' && classes[k] !== 'good' && !matched[k] && headingLike(k)) k++;
    if (k > j && classes[k] === 'good') for (let m = j; m < k; m++) out[m] = 'good';
  }
  return out;
}
