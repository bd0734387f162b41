import { type CandidateOptions, visitCandidates } from './candidates.ts';
import { unionFind } from './cluster.ts';
import { type DocSpace, docCount } from './doc-space.ts';
import type { DedupOptions } from './options.ts';
import { nearPair } from './near-pair.ts';
import { ShingleCache } from './verify.ts';

/** Failed pairs remembered (a power of two; a forgotten one is only verified again). */
const FAILED_SLOTS = 1 << 20;

/**
 * Steps 2–4 in one pass: the clusters of `candidatePairs` → `verifyPairs` → `clusterArticles`,
 * without collecting the candidate pairs. Articles are joined by `exact` links first; then every
 * candidate pair whose two articles are not yet in one cluster is verified on the shingle sets
 * and joined when near. A pair already joined (a syndicated story's tenth copy meets the other
 * nine in every band) is never verified, and a pair found not near is remembered in a bounded
 * table, so the work follows the number of clusters rather than the number of pairs, and memory
 * stays flat. The clusters are the same as the three steps give: connecting two articles already
 * connected changes no component. Each article gets the smallest article number of its cluster.
 *
 * @example
 * const root = nearClusters(space, exact, { maxBucketSize: 100, bandFrom: 0, bandTo: 42 }, dedupDefaults);
 */
export function nearClusters(
  space: DocSpace, exact: { links: Uint32Array; leader: Uint8Array }, candidates: CandidateOptions, options: DedupOptions,
): Uint32Array {
  const n = docCount(space);
  const u = unionFind(n);
  for (let p = 0; p < exact.links.length; p += 2) u.join(exact.links[p], exact.links[p + 1]);
  const cache = new ShingleCache(space);
  const failed = new Float64Array(FAILED_SLOTS).fill(-1);
  visitCandidates(space, exact.leader, candidates, (p, q) => {
    if (u.find(p) === u.find(q)) return;
    const lo = p < q ? p : q;
    const hi = p < q ? q : p;
    const key = lo * n + hi;
    const slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 12) & (FAILED_SLOTS - 1);
    if (failed[slot] === key) return;
    if (nearPair(cache.get(p), cache.get(q), options)) u.join(p, q);
    else failed[slot] = key;
  });
  return u.roots();
}
