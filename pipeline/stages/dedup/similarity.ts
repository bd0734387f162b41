/** Overlap of two shingle sets. */
export interface Overlap {
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|) */
  containment: number;
}

/**
 * Jaccard similarity and containment of two sorted, duplicate-free sets.
 *
 * @example
 * overlap(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3)); // { jaccard: 2/3, containment: 1 }
 */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { jaccard: both / (a.length + b.length - both), containment: both / Math.min(a.length, b.length) };
}
