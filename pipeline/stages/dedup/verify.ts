import { type DocSpace, docShingles } from './doc-space.ts';
import type { DedupOptions } from './options.ts';
import { overlap } from './similarity.ts';

/** Verified near-duplicate links: pairs flattened [a0, b0, ...] and their similarity. */
export interface Edges {
  pairs: Uint32Array;
  similarity: Float64Array;
}

/** The score a pair is judged by: Jaccard, or containment when the smaller set is large enough. */
export function pairSimilarity(a: Uint32Array, b: Uint32Array, options: DedupOptions): { score: number; near: boolean } {
  const o = overlap(a, b);
  const containment = Math.min(a.length, b.length) >= options.minContainmentShingles ? o.containment : 0;
  const near = o.jaccard >= options.jaccardThreshold || containment >= options.containmentThreshold;
  return { score: Math.round(Math.max(o.jaccard, containment) * 1e6) / 1e6, near };
}

/** Decoded shingle sets kept while verifying (a power of two). */
const CACHE_SLOTS = 1 << 14;

/**
 * Shingle sets of a doc space through a small direct-mapped cache: coded sets (the previous
 * index's, and a run's batch held coded) are decoded once while a document meets its candidates
 * close together, and memory stays bounded.
 */
export class ShingleCache {
  private readonly slots = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly sets: Uint32Array[] = new Array(CACHE_SLOTS);
  constructor(private readonly space: DocSpace) {}

  /** The sorted shingle set of article `d`. */
  get(d: number): Uint32Array {
    const at = d & (CACHE_SLOTS - 1);
    if (this.slots[at] !== d) {
      this.sets[at] = docShingles(this.space, d);
      this.slots[at] = d;
    }
    return this.sets[at];
  }
}

/**
 * Step 3: checks every candidate pair on the real shingle sets and keeps
 * those whose Jaccard similarity or containment reaches its threshold.
 *
 * @example
 * const edges = verifyPairs(space, candidatePairs(space, active, opts), dedupDefaults);
 */
export function verifyPairs(space: DocSpace, pairs: Uint32Array, options: DedupOptions): Edges {
  const cache = new ShingleCache(space);
  const kept: number[] = [];
  const sims: number[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const { score, near } = pairSimilarity(cache.get(pairs[p]), cache.get(pairs[p + 1]), options);
    if (near) {
      kept.push(pairs[p], pairs[p + 1]);
      sims.push(score);
    }
  }
  return { pairs: Uint32Array.from(kept), similarity: Float64Array.from(sims) };
}
