import { type DedupIndex, indexShingles } from './dedup-index.ts';
import { BitWriter, encodeSortedSet } from './golomb-rice.ts';
import { batchShingles, type SignedBatch } from './signatures.ts';

/** Coded shingle bytes per chunk of a rebuilt index: the sets are written into chunks of about this size, never one growing array. */
const CHUNK_BYTES = 64 * 2 ** 20;

const byId = (ids: (k: number) => string) => (a: number, b: number): number => {
  const x = ids(a);
  const y = ids(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** What `sortedIndex` adds to (or drops from) an index. */
export interface SortedIndexOptions {
  /** Signed articles to add (with `docs`). */
  batch?: SignedBatch | null;
  /** Positions in `batch` of the articles to add. */
  docs?: ArrayLike<number>;
  /** Ids of the index's own articles to leave out. */
  drop?: ReadonlySet<string>;
  /** Coded bytes per chunk of the new index (default 64 MiB; the encoded index is the same for any size). */
  chunkBytes?: number;
}

/**
 * The articles of `index` (less those whose ids are in `drop`) and the articles `docs` of
 * `batch` (batch positions), in one new index sorted by id. It is the only copy made: sets are
 * recoded one at a time into chunks of about 64 MiB (a writer that grew to hold them all would
 * leave its smaller copies behind, and its final trim would be a second copy).
 *
 * @example
 * const published = sortedIndex(previous, { batch, docs: kept }); // what a run publishes
 */
export function sortedIndex(index: DedupIndex, add: SortedIndexOptions = {}): DedupIndex {
  const { batch = null, docs = [], drop = new Set<string>(), chunkBytes = CHUNK_BYTES } = add;
  const m = index.ids.length;
  const idOf = (k: number): string => (k < m ? index.ids[k] : batch!.ids[docs[k - m]]);
  const order = Uint32Array.from({ length: m + (batch ? docs.length : 0) }, (_, k) => k).filter((k) => k >= m || !drop.has(index.ids[k]));
  order.sort(byId(idOf));
  const bands = index.params.bands;
  const n = order.length;
  const out: DedupIndex = {
    version: 1, params: index.params, ids: new Array<string>(n), published: new Float64Array(n),
    chars: new Uint32Array(n), exact: new Uint32Array(2 * n), bandKeys: new Uint32Array(n * bands),
    shingleCounts: new Uint32Array(n), shingleChunk: new Uint32Array(n), shingleOffsets: new Float64Array(n),
    shingleChunks: [],
  };
  const writer = (): BitWriter => new BitWriter(Math.min(chunkBytes + 2 ** 20, 2 ** 16 + n * 2048));
  let w = writer();
  const seal = (): void => {
    if (w.length > 0) out.shingleChunks.push(w.bytes.slice(0, w.length));
    w = writer();
  };
  for (let k = 0; k < n; k++) {
    const e = order[k];
    const [from, i] = e < m ? [index, e] as const : [batch!, docs[e - m]] as const;
    out.ids[k] = from.ids[i];
    out.published[k] = from.published[i];
    out.chars[k] = from.chars[i];
    out.exact[2 * k] = from.exact[2 * i];
    out.exact[2 * k + 1] = from.exact[2 * i + 1];
    out.bandKeys.set(from.bandKeys.subarray(i * bands, (i + 1) * bands), k * bands);
    const set = e < m ? indexShingles(index, i) : batchShingles(batch!, i);
    if (w.length >= chunkBytes) seal();
    out.shingleCounts[k] = set.length;
    out.shingleChunk[k] = out.shingleChunks.length;
    out.shingleOffsets[k] = w.length;
    encodeSortedSet(set, w);
  }
  seal();
  return out;
}

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
  return sortedIndex(index, { drop });
}
