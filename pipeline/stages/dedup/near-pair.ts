import type { DedupOptions } from './options.ts';
import { sharedCount } from './similarity.ts';
import { pairSimilarity } from './verify.ts';

/**
 * Whether two sorted, duplicate-free shingle sets are near duplicates: the same
 * answer as `pairSimilarity(a, b, options).near`, found with less work. The
 * number of shared shingles a near pair needs is worked out from the two sizes
 * first (the same divisions `pairSimilarity` makes, so the answer is exact);
 * the merge then stops as soon as that number is reached, or can no longer be
 * reached with the shingles left. Most candidate pairs of a large corpus are
 * not near, and most of those are settled after part of the merge or by their
 * sizes alone.
 *
 * @example
 * nearPair(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 2, 3, 5), dedupDefaults); // true (jaccard 0.6)
 */
export function nearPair(a: Uint32Array, b: Uint32Array, options: DedupOptions): boolean {
  const na = a.length;
  const nb = b.length;
  if (na === 0 || nb === 0 || options.jaccardThreshold <= 0 || options.containmentThreshold <= 0) return pairSimilarity(a, b, options).near;
  const small = na < nb ? na : nb;
  const byContainment = small >= options.minContainmentShingles;
  // near(k) is monotone in the shared count k: the smallest k that is near, by bisection
  const near = (k: number): boolean => k / (na + nb - k) >= options.jaccardThreshold || (byContainment && k / small >= options.containmentThreshold);
  if (!near(small)) return false;
  let lo = 0;
  let hi = small;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (near(mid)) hi = mid;
    else lo = mid + 1;
  }
  return sharedCount(a, b, lo) >= lo;
}
