import type { AnalysedLines } from './analyse-lines.ts';

/** A paragraph at least this long printed twice in the article is kept once (shorter lines, such as "Yes.", may repeat). */
export const MIN_REPEATED_PARAGRAPH = 60;
/** In an extract from the HTML, repeats count only when at least this many paragraphs are repeated. */
export const MIN_REPEATED_IN_EXTRACT = 3;

/**
 * Lines in [from, to) whose text (long enough) an earlier body-like line already printed: the
 * second copies of paragraphs (a hidden mobile block repeating the whole article in a text dump).
 *
 * @example
 * // lines: para A, para B, para A, para B
 * repeatedParagraphs(a, 0, 4, new Map()) // Set {2, 3}
 */
export function repeatedParagraphs(a: AnalysedLines, from: number, to: number, special: ReadonlyMap<number, unknown>): Set<number> {
  // lines by length first: paragraphs of one length are few, so whole texts are rarely compared or hashed
  const byLength = new Map<number, number[]>();
  const repeats = new Set<number>();
  for (let i = from; i < to; i++) {
    if (a.classes[i] !== 'good' || special.has(i) || a.hits[i]) continue;
    const t = a.lines[i].text;
    if (t.length < MIN_REPEATED_PARAGRAPH) continue;
    const same = byLength.get(t.length);
    if (!same) byLength.set(t.length, [i]);
    else if (same.some((k) => a.lines[k].text === t)) repeats.add(i);
    else same.push(i);
  }
  return repeats;
}
