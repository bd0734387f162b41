/** Options of deduplicate. Defaults come from the measurements of `npm run eval -- dedup`. */
export interface DedupOptions {
  /** Words per shingle (consecutive normalised words hashed together). */
  shingleSize: number;
  /** MinHash signature length (one-permutation hashing bins). */
  permutations: number;
  /** LSH bands; `bands * rows` must not exceed `permutations`. */
  bands: number;
  /** Signature values per band: two articles become candidates when all rows of one band agree. */
  rows: number;
  /** A candidate pair is a near duplicate when the Jaccard similarity of its shingle sets reaches this. */
  jaccardThreshold: number;
  /** ...or when |A ∩ B| / min(|A|, |B|) reaches this (a truncated copy inside its full version). */
  containmentThreshold: number;
  /** Containment only counts when the smaller shingle set has at least this many shingles. */
  minContainmentShingles: number;
  /** Buckets with more members pair each member with its next `maxBucketSize` neighbours only. */
  maxBucketSize: number;
  /** A sentence's leading clause of at least this many words also counts as repeated text. */
  minClauseWords: number;
  /** Seed of every hash function (signatures, bands, exact hashes). */
  seed: number;
}

/** Default dedup options. */
export const dedupDefaults: Readonly<DedupOptions> = Object.freeze({
  shingleSize: 5,
  permutations: 128,
  bands: 42,
  rows: 3,
  jaccardThreshold: 0.45,
  containmentThreshold: 0.8,
  minContainmentShingles: 30,
  maxBucketSize: 100,
  minClauseWords: 8,
  seed: 1,
});

/** The options that change signatures; an index is only usable with the same values. */
export const SIGNATURE_PARAMS = ['shingleSize', 'permutations', 'bands', 'rows', 'seed'] as const;
