import type { DedupRecord, DuplicateRow, SegmentRecord } from '../../lib/types.ts';
import { appendToIndex, type DedupIndex, emptyIndex, indexParams } from './dedup-index.ts';
import { type DocSpace, docCount, docExact, docId, docShingles } from './doc-space.ts';
import { exactLinks } from './exact-links.ts';
import { nearClusters } from './near-clusters.ts';
import { dedupDefaults, type DedupOptions, SIGNATURE_PARAMS } from './options.ts';
import { countRepeatedUnits } from './repeated.ts';
import { selectKept } from './select-kept.ts';
import { type SignedBatch, signRecords } from './signatures.ts';
import { pairSimilarity, ShingleCache } from './verify.ts';

/** What deduplicate returns. */
export interface DedupResult {
  /** Kept articles sorted by id, sentences with `repeated`. */
  kept: DedupRecord[];
  /** Dropped inputs sorted by id, each pointing to the kept article it duplicates. */
  duplicates: DuplicateRow[];
  /** `previous` plus the newly kept articles. */
  index: DedupIndex;
}

/** Throws on option values no run can use (a configuration error, not bad input). */
export function resolveDedupOptions(options: Partial<DedupOptions>): DedupOptions {
  const o = { ...dedupDefaults, ...options };
  if (o.bands * o.rows > o.permutations) throw new Error(`dedup: bands × rows (${o.bands} × ${o.rows}) exceeds permutations (${o.permutations})`);
  if (!(o.shingleSize >= 1 && o.permutations >= 1 && o.permutations <= 65536 && o.bands >= 1 && o.rows >= 1)) {
    throw new Error('dedup: shingleSize, permutations, bands and rows must be positive (permutations ≤ 65536)');
  }
  return o;
}

const byIdThenSource = (a: SegmentRecord, b: SegmentRecord): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0;

/**
 * Deduplicates a corpus: exact (normalised-body hash) and near duplicates
 * (MinHash + LSH candidates verified on the shingle sets), one article kept
 * per cluster (earliest published, then longest body, then smallest id),
 * repeated sentences counted across the kept articles. With `previous`, new
 * inputs are also compared with every article indexed before; those stay kept.
 * The local composition of the step functions signRecords → exactLinks → nearClusters
 * (candidatePairs → verifyPairs → clusterArticles in one pass) → selectKept → countRepeatedUnits.
 *
 * @example
 * const { kept, duplicates, index } = deduplicate(records, dedupDefaults, null);
 * const next = deduplicate(moreRecords, dedupDefaults, decodeIndex(encodeIndex(index)));
 */
export function deduplicate(records: SegmentRecord[], options: DedupOptions, previous: DedupIndex | null): DedupResult {
  const o = resolveDedupOptions(options);
  const sorted = [...records].sort(byIdThenSource);
  const signed = deduplicateSigned(signRecords(sorted, o), o, previous);
  const kept: DedupRecord[] = signed.kept.map((d, i) => {
    const rec = sorted[d];
    const counts = signed.repeated[i];
    const sentences = rec.sentences.map((s, j) => ({
      paragraph: s.paragraph, index: s.index, start: s.start, end: s.end, text: s.text, repeated: counts[j],
    }));
    return { ...rec, sentences };
  });
  return { kept, duplicates: signed.duplicates, index: signed.index };
}

/** What `deduplicateSigned` returns: decisions by position in the signed batch. */
export interface SignedDedupResult {
  /** Positions (in the batch) of the kept articles, ascending. */
  kept: number[];
  /** Repeat counts of every sentence of each kept article (same order as `kept`). */
  repeated: Uint32Array[];
  /** Dropped inputs in batch order, each pointing to the kept article it duplicates. */
  duplicates: DuplicateRow[];
  /** `previous` plus the newly kept articles (built on first read). */
  readonly index: DedupIndex;
}

/**
 * `deduplicate` on signatures alone: the batch (articles in a fixed order, e.g. sorted by id or
 * the run's input order, with their sentence units) is all it reads, so a run can sign its
 * shards where the articles are and deduplicate without holding any article text. Which article
 * of a cluster is kept never depends on the order (earliest, longest, smallest id).
 *
 * @example
 * const { kept, duplicates } = deduplicateSigned(signRecords(sortedRecords, o), o, null);
 */
export function deduplicateSigned(batch: SignedBatch, options: DedupOptions, previous: DedupIndex | null): SignedDedupResult {
  const o = resolveDedupOptions(options);
  const params = indexParams(o);
  if (previous) {
    for (const p of SIGNATURE_PARAMS) {
      if (previous.params[p] !== params[p]) throw new Error(`dedup: index was built with ${p}=${previous.params[p]}, options say ${params[p]}`);
    }
  }
  const space: DocSpace = { previous: previous ?? emptyIndex(params), batch };
  const n = docCount(space);
  const m = space.previous.ids.length;
  const exact = exactLinks(space);
  // Only the first article of each exact group (and never a wordless one) looks for near duplicates.
  const keptAs = selectKept(space, nearClusters(space, exact, { maxBucketSize: o.maxBucketSize, bandFrom: 0, bandTo: o.bands }, o));

  const keptDocs: number[] = [];
  const duplicates: DuplicateRow[] = [];
  const keptSets = new ShingleCache(space); // a kept article's copies share its decoded set
  for (let d = m; d < n; d++) {
    const k = keptAs[d];
    if (k === d) {
      keptDocs.push(d - m);
      continue;
    }
    const same = docExact(space, d, 0) === docExact(space, k, 0) && docExact(space, d, 1) === docExact(space, k, 1);
    duplicates.push({
      id: batch.ids[d - m], source: batch.sources[d - m], duplicate_of: docId(space, k), method: same ? 'exact' : 'near',
      similarity: same ? 1 : pairSimilarity(docShingles(space, d), keptSets.get(k), o).score,
    });
  }
  if (!batch.sentences) throw new Error('dedup: the signed batch has no sentence units');
  const repeated = countRepeatedUnits(batch.sentences, keptDocs);
  // The index is built when asked for: a run builds the one it publishes itself (`sortedIndex`), and a second copy of every kept set is what would make its memory peak.
  let index: DedupIndex | null = null;
  return {
    kept: keptDocs, repeated, duplicates,
    get index() {
      return (index ??= appendToIndex(space.previous, batch, keptDocs));
    },
  };
}
