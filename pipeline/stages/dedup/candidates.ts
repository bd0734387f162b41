import type { DocSpace } from './doc-space.ts';

/** Options of {@link candidatePairs}. */
export interface CandidateOptions {
  /** Buckets with more members pair each member with its next `maxBucketSize` neighbours only. */
  maxBucketSize: number;
  /** Bands handled by this call: [bandFrom, bandTo) (a worker may take a slice). */
  bandFrom: number;
  bandTo: number;
}

/** Bucket members are packed with their band key into one double: key * 2^21 + position. */
const POSITION_BITS = 2 ** 21;

/**
 * Step 2: candidate pairs from LSH band buckets. Articles that share all rows
 * of a band land in one bucket; each bucket yields its pairs. Only `active`
 * articles take part (1 = active), and pairs of two previously indexed
 * articles are skipped (they were compared in an earlier run). Returns sorted,
 * unique pairs flattened as [a0, b0, a1, b1, ...] with a < b.
 *
 * @example
 * const pairs = candidatePairs(space, active, { maxBucketSize: 100, bandFrom: 0, bandTo: 42 });
 */
export function candidatePairs(space: DocSpace, active: Uint8Array, options: CandidateOptions): Uint32Array {
  const n = active.length;
  let found = new Float64Array(1024);
  let count = 0;
  visitCandidates(space, active, options, (p, q) => {
    if (count === found.length) {
      const grown = new Float64Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    found[count++] = p < q ? p * n + q : q * n + p;
  });
  const all = found.subarray(0, count).sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && all[i] === all[i - 1]) continue;
    const a = Math.floor(all[i] / n);
    out.push(a, all[i] - a * n);
  }
  return Uint32Array.from(out);
}

/**
 * Calls `visit(p, q)` for every candidate pair, band after band and bucket after bucket, without
 * collecting them (a pair sharing several bands is visited once per band). Old articles join a
 * band only when a new article has the same key, so a run costs O(index size) lookups plus work
 * on the buckets it touches. Handles up to 2,097,151 bucket members per band and call.
 *
 * @example
 * visitCandidates(space, active, { maxBucketSize: 100, bandFrom: 0, bandTo: 42 }, (p, q) => check(p, q));
 */
export function visitCandidates(space: DocSpace, active: Uint8Array, options: CandidateOptions, visit: (p: number, q: number) => void): void {
  const m = space.previous.ids.length;
  const bands = space.previous.params.bands;
  const n = active.length;
  const oldDocs: number[] = [];
  const newDocs: number[] = [];
  for (let d = 0; d < n; d++) if (active[d] === 1) (d < m ? oldDocs : newDocs).push(d);
  if (newDocs.length >= POSITION_BITS) throw new Error(`candidatePairs: ${newDocs.length} new articles exceed ${POSITION_BITS - 1} per call`);
  const oldKeys = space.previous.bandKeys;
  const newKeys = space.batch.bandKeys;
  // Open-addressing set of the new articles' keys of one band: old articles
  // only matter when they share a bucket with a new one.
  let cap = 16;
  while (cap < newDocs.length * 2) cap *= 2;
  const setKeys = new Uint32Array(cap);
  const setUsed = new Uint8Array(cap);
  const mask = cap - 1;
  const slotOf = (key: number): number => {
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (setUsed[s] === 1 && setKeys[s] !== key) s = (s + 1) & mask;
    return s;
  };
  let members = new Uint32Array(newDocs.length + 16);
  let packed = new Float64Array(newDocs.length + 16);
  for (let band = options.bandFrom; band < options.bandTo; band++) {
    setUsed.fill(0);
    let size = 0;
    const push = (d: number, key: number): void => {
      if (size + 1 >= POSITION_BITS) throw new Error(`candidatePairs: band ${band} has more than ${POSITION_BITS - 1} bucket members`);
      if (size === members.length) {
        const grownMembers = new Uint32Array(size * 2);
        grownMembers.set(members);
        members = grownMembers;
        const grownPacked = new Float64Array(size * 2);
        grownPacked.set(packed);
        packed = grownPacked;
      }
      members[size] = d;
      packed[size] = key * POSITION_BITS + size;
      size++;
    };
    for (const d of newDocs) {
      const key = newKeys[(d - m) * bands + band];
      const s = slotOf(key);
      setUsed[s] = 1;
      setKeys[s] = key;
    }
    for (const d of oldDocs) {
      const key = oldKeys[d * bands + band];
      if (setUsed[slotOf(key)] === 1) push(d, key);
    }
    for (const d of newDocs) push(d, newKeys[(d - m) * bands + band]);
    const sorted = packed.subarray(0, size).sort();
    let s = 0;
    while (s < size) {
      const key = Math.floor(sorted[s] / POSITION_BITS);
      let e = s + 1;
      while (e < size && Math.floor(sorted[e] / POSITION_BITS) === key) e++;
      for (let x = s; x < e - 1; x++) {
        const last = Math.min(e, x + 1 + options.maxBucketSize);
        const p = members[sorted[x] - key * POSITION_BITS];
        for (let y = x + 1; y < last; y++) {
          const q = members[sorted[y] - key * POSITION_BITS];
          if (p < m && q < m) continue;
          visit(p, q);
        }
      }
      s = e;
    }
  }
}
