import type { LineClass } from './classify-lines.ts';

/** Weights of the main-region search. */
export interface RegionWeights {
  /** Fixed cost of a non-good line on top of its length. */
  badLineCost: number;
  /** Lengths are capped at this many characters when weighing a line. */
  maxLineWeight: number;
  /** A good line of L characters weighs L * (1 + min(L, B) / B) with B = lengthBonusChars: long paragraphs outweigh teaser lists (0: off). */
  lengthBonusChars: number;
}

/**
 * Finds the main text region: the run of lines maximising the characters of
 * good lines (long lines weigh more than their length) minus the characters
 * (plus a fixed cost) of the other lines, as in Finn's body-text extraction, by Kadane's linear maximum-subarray scan.
 * Lines marked `neutral` (a slideshow's captions inside the article) weigh nothing either way.
 * Returns [start, end) line indexes, or null when no line is good.
 *
 * @example
 * selectRegion(['bad', 'good', 'good', 'bad'], [5, 100, 100, 5], { badLineCost: 30, maxLineWeight: 800, lengthBonusChars: 400 }) // [1, 3]
 */
export function selectRegion(
  classes: readonly LineClass[],
  lengths: readonly number[],
  w: RegionWeights,
  limit = classes.length,
  neutral?: ReadonlyArray<boolean>,
): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < limit; i++) {
    const len = Math.min(lengths[i], w.maxLineWeight);
    const good = classes[i] === 'good';
    const bonus = w.lengthBonusChars > 0 ? 1 + Math.min(len, w.lengthBonusChars) / w.lengthBonusChars : 1;
    const weight = neutral?.[i] ? 0 : good ? len * bonus : -(len + w.badLineCost);
    if (sum <= 0) {
      sum = weight;
      start = i;
    } else {
      sum += weight;
    }
    if (sum > best) {
      best = sum;
      bestRange = [start, i + 1];
    }
  }
  return bestRange;
}
