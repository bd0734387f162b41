/** Overlap of two shingle sets. */
export interface Overlap {
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|) */
  containment: number;
}

/**
 * |A ∩ B| of two sorted, duplicate-free sets. With `need` (≥ 0), the merge stops as soon
 * as the count reaches `need` or can no longer reach it (the shingles left on the shorter
 * side are too few): the result is then only compared with `need`.
 *
 * @example
 * sharedCount(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3)); // 2
 * sharedCount(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(5, 6, 7, 8), 3); // 0: stops after two steps
 */
export function sharedCount(a: Uint32Array, b: Uint32Array, need = -1): number {
  const na = a.length;
  const nb = b.length;
  if (need === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  // (a need of -1 is never met nor missed: the whole merge)
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      both++;
      i++;
      j++;
      if (both === need) return both;
    } else {
      if (x < y) i++;
      else j++;
      if (both + Math.min(na - i, nb - j) < need) return both;
    }
  }
  return both;
}

/**
 * Jaccard similarity and containment of two sorted, duplicate-free sets.
 *
 * @example
 * overlap(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3)); // { jaccard: 2/3, containment: 1 }
 */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  const both = sharedCount(a, b);
  return { jaccard: both / (a.length + b.length - both), containment: both / Math.min(a.length, b.length) };
}
