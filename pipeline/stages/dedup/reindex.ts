import { type DedupIndex, indexShingles } from './dedup-index.ts';
import { BitWriter, encodeSortedSet } from './golomb-rice.ts';

/**
 * The same index without the articles whose ids are in `drop`, its entries sorted by id.
 * A run drops the ids it is processing again (an input already published is the same
 * article, not a copy of itself), and sorts the index it publishes, so the index after a
 * run never depends on how the corpus arrived (in one run or several). Sets are recoded one
 * at a time: the new index is the only copy made.
 *
 * @example
 * const previous = reindex(decodeIndex(bytes), new Set(currentIds));
 */
export function reindex(index: DedupIndex, drop: ReadonlySet<string> = new Set()): DedupIndex {
  const ids = index.ids;
  const order = Uint32Array.from(ids.keys()).filter((i) => !drop.has(ids[i]));
  order.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const bands = index.params.bands;
  const n = order.length;
  const out: DedupIndex = {
    version: 1, params: index.params, ids: new Array<string>(n), published: new Float64Array(n),
    chars: new Uint32Array(n), exact: new Uint32Array(2 * n), bandKeys: new Uint32Array(n * bands),
    shingleCounts: new Uint32Array(n), shingleChunk: new Uint32Array(n), shingleOffsets: new Float64Array(n),
    shingleChunks: [],
  };
  const w = new BitWriter();
  for (let k = 0; k < n; k++) {
    const i = order[k];
    out.ids[k] = ids[i];
    out.published[k] = index.published[i];
    out.chars[k] = index.chars[i];
    out.exact[2 * k] = index.exact[2 * i];
    out.exact[2 * k + 1] = index.exact[2 * i + 1];
    out.bandKeys.set(index.bandKeys.subarray(i * bands, (i + 1) * bands), k * bands);
    out.shingleCounts[k] = index.shingleCounts[i];
    out.shingleOffsets[k] = w.length;
    encodeSortedSet(indexShingles(index, i), w);
  }
  if (n > 0) out.shingleChunks.push(w.bytes.slice(0, w.length));
  return out;
}
