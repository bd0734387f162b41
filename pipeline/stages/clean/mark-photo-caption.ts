import { PHOTO_WIDGET_LABELS } from './data/index.ts';
import { type PhraseHit, phraseKey } from './phrase-matcher.ts';
import { REMOVAL_RULES } from './removal-rules.ts';
import type { Line } from './split-lines.ts';

/** A photo's caption between two of its widget's labels has at most this many lines. */
const MAX_CAPTION_LINES = 3;
/** Label lines are short; longer lines are not looked up. */
const MAX_LABEL_CHARS = 40;
const LABELS: ReadonlySet<string> = new Set(PHOTO_WIDGET_LABELS);

/**
 * A photo widget inside the article ("View Photos", the caption, "Caption", the caption again,
 * "Buy Photo"): the lines between two of its button labels (`PHOTO_WIDGET_LABELS`), at most
 * `MAX_CAPTION_LINES` of them, are the photo's caption (rule `photo-caption`). Captions are prose
 * and would otherwise read as article paragraphs. Lines that already have a hit keep it. Runs
 * after phrase matching (labels are `other` phrases).
 *
 * @example
 * markPhotoCaption(splitLines('View Photos\nThe museum at dusk.\nBuy Photo\nArticle.'), hits)
 * // "The museum at dusk." becomes photo-caption; "Article." stays
 */
export function markPhotoCaption(lines: readonly Line[], hits: Array<PhraseHit | null>): void {
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    // every label is an `other` phrase: only such lines are looked up
    const t = lines[i].text;
    if (hits[i]?.kind !== 'other' || t.length > MAX_LABEL_CHARS || !LABELS.has(phraseKey(t))) continue;
    if (prev >= 0 && i - prev - 1 <= MAX_CAPTION_LINES) for (let k = prev + 1; k < i; k++) if (!hits[k]) hits[k] = REMOVAL_RULES.photoCaption;
    prev = i;
  }
}
