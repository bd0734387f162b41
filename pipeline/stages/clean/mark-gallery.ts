import { GALLERY } from './line-kind.ts';
import type { PhraseHit } from './phrase-matcher.ts';
import { REMOVAL_RULES } from './removal-rules.ts';
import type { Line } from './split-lines.ts';

/** A page needs this many counters of one slideshow (same total, numbers rising) before its captions are removed. */
const MIN_SLIDES = 3;
/** Counters further apart than this many lines are not one slide after the other (article text may lie between). */
const MAX_SLIDE_LINES = 8;
/** Counter lines longer than this are prose that happens to start with a fraction. */
const MAX_COUNTER_CHARS = 300;

/**
 * A slideshow inside the article ("Business news in pictures": "1/50 Title", its caption, its
 * credit, "2/50 …"): on a page with at least `MIN_SLIDES` counters of one total in rising order,
 * the lines between consecutive counters are the slides' captions and credits, and so are as
 * many lines after the last counter as a slide usually has (the median spacing of the counters).
 * Captions are long prose and would otherwise read as article paragraphs. The counters themselves
 * are already `gallery-counter` lines (see line-kind.ts).
 *
 * @example
 * markGallery(splitLines('1/3 A\nCaption one.\n2/3 B\nCaption two.\n3/3 C\nCaption three.\nArticle.'), hits)
 * // the three captions become gallery-caption; "Article." stays
 */
export function markGallery(lines: readonly Line[], hits: Array<PhraseHit | null>): void {
  const byTotal = new Map<number, Array<[line: number, n: number]>>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > MAX_COUNTER_CHARS || t.charCodeAt(0) > 0x39) continue;
    const m = GALLERY.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    const total = Number(m[2]);
    if (n < 1 || n > total || total < MIN_SLIDES) continue;
    let list = byTotal.get(total);
    if (!list) byTotal.set(total, (list = []));
    list.push([i, n]);
  }
  for (const counters of byTotal.values()) {
    const runs: Array<Array<number>> = [];
    let run: number[] = [];
    for (let k = 0; k < counters.length; k++) {
      const prev = counters[k - 1];
      const [line, n] = counters[k];
      if (prev && (n <= prev[1] || line - prev[0] > MAX_SLIDE_LINES)) {
        runs.push(run);
        run = [];
      }
      run.push(line);
    }
    runs.push(run);
    for (const r of runs) if (r.length >= MIN_SLIDES) markRun(r, lines.length, hits);
  }
}

function markRun(counters: readonly number[], n: number, hits: Array<PhraseHit | null>): void {
  const mark = (i: number): void => {
    if (!hits[i]) hits[i] = REMOVAL_RULES.galleryCaption;
  };
  const gaps: number[] = [];
  for (let k = 1; k < counters.length; k++) {
    gaps.push(counters[k] - counters[k - 1]);
    for (let i = counters[k - 1] + 1; i < counters[k]; i++) mark(i);
  }
  gaps.sort((a, b) => a - b);
  const last = counters[counters.length - 1];
  const tail = gaps[Math.floor((gaps.length - 1) / 2)] - 1;
  for (let i = last + 1; i <= Math.min(n - 1, last + tail); i++) mark(i);
}
