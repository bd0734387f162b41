import type { LineClass } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';

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
