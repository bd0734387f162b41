import type { DedupIndex } from './dedup-index.ts';
import { BitWriter, encodeSortedSet } from './golomb-rice.ts';
import { batchCodedSet, batchShingles, type SignedBatch } from './signatures.ts';

/** Coded shingle bytes per chunk of sets coded here (from a batch holding them plain): never one growing array. */
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
  /** Bytes per chunk of the sets a plain batch's articles are coded into (default 64 MiB; the encoded index is the same for any size). */
  chunkBytes?: number;
}

/**
 * The articles of `index` (less those whose ids are in `drop`) and the articles `docs` of
 * `batch` (batch positions), in one new index sorted by id. Coded sets are not copied: the new
 * index points into the chunks they are in (the earlier index's, the batch's coded chunks), so
 * building it costs no second copy of the kept sets; only a batch holding its sets plain has
 * them coded here, into chunks of about 64 MiB (a writer that grew to hold them all would
 * leave its smaller copies behind). The shared chunks stay alive as long as the new index.
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
    shingleBytes: new Uint32Array(n), shingleChunks: [],
  };
  const chunkNumbers = new Map<Uint8Array, number>();
  const share = (chunk: Uint8Array): number => {
    let c = chunkNumbers.get(chunk);
    if (c === undefined) {
      c = out.shingleChunks.push(chunk) - 1;
      chunkNumbers.set(chunk, c);
    }
    return c;
  };
  // Sets of a plain batch are coded into chunks of the new index's own (numbered when begun).
  let w: BitWriter | null = null;
  let own = -1;
  const seal = (): void => {
    if (w) out.shingleChunks[own] = w.bytes.slice(0, w.length);
    w = null;
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
    const coded = e < m
      ? { chunk: index.shingleChunks[index.shingleChunk[i]], offset: index.shingleOffsets[i], bytes: index.shingleBytes[i] }
      : batchCodedSet(batch!, i);
    if (coded) {
      out.shingleCounts[k] = e < m ? index.shingleCounts[i] : batch!.shingleOffsets[i + 1] - batch!.shingleOffsets[i];
      out.shingleChunk[k] = share(coded.chunk);
      out.shingleOffsets[k] = coded.offset;
      out.shingleBytes[k] = coded.bytes;
      continue;
    }
    const set = batchShingles(batch!, i);
    if (w && w.length >= chunkBytes) seal();
    if (!w) {
      w = new BitWriter(Math.min(chunkBytes + 2 ** 20, 2 ** 16 + n * 2048));
      own = out.shingleChunks.push(new Uint8Array(0)) - 1;
    }
    out.shingleCounts[k] = set.length;
    out.shingleChunk[k] = own;
    out.shingleOffsets[k] = w.length;
    encodeSortedSet(set, w);
    out.shingleBytes[k] = w.length - out.shingleOffsets[k];
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
