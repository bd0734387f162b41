import { appendToIndex, type DedupIndex, emptyIndex, indexShingles } from './dedup-index.ts';
import type { SignedBatch } from './signatures.ts';

/**
 * The same index without the articles whose ids are in `drop`, its entries sorted by id.
 * A run drops the ids it is processing again (an input already published is the same
 * article, not a copy of itself), and sorts the index it publishes, so the index after a
 * run never depends on how the corpus arrived (in one run or several).
 *
 * @example
 * const previous = reindex(decodeIndex(bytes), new Set(currentIds));
 */
export function reindex(index: DedupIndex, drop: ReadonlySet<string> = new Set()): DedupIndex {
  const order = index.ids
    .map((id, i) => ({ id, i }))
    .filter((e) => !drop.has(e.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bands = index.params.bands;
  const n = order.length;
  const sets = order.map((e) => indexShingles(index, e.i));
  const shingleOffsets = new Uint32Array(n + 1);
  for (let k = 0; k < n; k++) shingleOffsets[k + 1] = shingleOffsets[k] + sets[k].length;
  const shingles = new Uint32Array(shingleOffsets[n]);
  sets.forEach((s, k) => shingles.set(s, shingleOffsets[k]));
  const batch: SignedBatch = {
    ids: order.map((e) => e.id),
    sources: order.map((e) => e.id),
    published: Float64Array.from(order, (e) => index.published[e.i]),
    chars: Uint32Array.from(order, (e) => index.chars[e.i]),
    exact: Uint32Array.from(order.flatMap((e) => [index.exact[2 * e.i], index.exact[2 * e.i + 1]])),
    shingleOffsets,
    shingles,
    bandKeys: Uint32Array.from(order.flatMap((e) => Array.from(index.bandKeys.subarray(e.i * bands, (e.i + 1) * bands)))),
  };
  return appendToIndex(emptyIndex(index.params), batch, Uint32Array.from(order, (_e, k) => k));
}
