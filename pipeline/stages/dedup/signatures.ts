import type { SegmentRecord } from '../../lib/types.ts';
import { writeBandKeys } from './band-keys.ts';
import { decodeSortedSet } from './golomb-rice.ts';
import { fmix32, POLY_HI, POLY_LO, poly32 } from './hash.ts';
import { minhashSignature } from './minhash.ts';
import type { DedupOptions } from './options.ts';
import { shingleSet } from './shingles.ts';
import { Tokenizer } from './tokenize.ts';
import { type SentenceUnits, sentenceUnits } from './repeated.ts';

/**
 * Step 1 output (one shard): everything later steps need about each article,
 * as typed arrays and string arrays only, so it can cross worker or machine
 * boundaries (structured clone, or the index codec).
 */
export interface SignedBatch {
  ids: string[];
  sources: string[];
  /** Publication time in ms since the epoch, NaN when unknown. */
  published: Float64Array;
  /** Code points of the body (the "longest body" tie-break). */
  chars: Uint32Array;
  /** 64-bit normalised-body hash, two 32-bit halves per article (hi, lo). */
  exact: Uint32Array;
  /** Article i's sorted shingle set is shingles[shingleOffsets[i], shingleOffsets[i+1]). */
  shingleOffsets: Uint32Array;
  shingles: Uint32Array;
  /** `bands` LSH keys per article. */
  bandKeys: Uint32Array;
  /** Text units of every sentence (for repeated-text counts); absent for batches rebuilt from an index. */
  sentences?: SentenceUnits;
  /**
   * The shingle sets Golomb-Rice coded instead of in `shingles` (which is then empty; the counts
   * stay in `shingleOffsets`): article i's set starts at `offsets[i]` of `chunks[chunkOf[i]]`.
   * How a run holds the signatures of a whole corpus in about 60% of the memory.
   */
  coded?: { chunks: Uint8Array[]; chunkOf: Uint32Array; offsets: Float64Array };
}

/** The sorted shingle set of article i of a batch (decoded when the batch holds coded sets). */
export function batchShingles(b: SignedBatch, i: number): Uint32Array {
  const from = b.shingleOffsets[i];
  const to = b.shingleOffsets[i + 1];
  if (b.coded) return decodeSortedSet(b.coded.chunks[b.coded.chunkOf[i]], b.coded.offsets[i], to - from);
  return b.shingles.subarray(from, to);
}

/** Where article i's coded set lies in a batch holding coded sets: its chunk, first byte and byte length. */
export interface CodedSet {
  chunk: Uint8Array;
  offset: number;
  bytes: number;
}

/**
 * The coded bytes of article i's set, or null when the batch holds its sets plain. A chunk
 * holds consecutive articles' sets, each up to where the next one starts (the last one up to
 * the chunk's end), as `codeShingles` writes them.
 */
export function batchCodedSet(b: SignedBatch, i: number): CodedSet | null {
  if (!b.coded) return null;
  const { chunks, chunkOf, offsets } = b.coded;
  const chunk = chunks[chunkOf[i]];
  const end = i + 1 < chunkOf.length && chunkOf[i + 1] === chunkOf[i] ? offsets[i + 1] : chunk.length;
  return { chunk, offset: offsets[i], bytes: end - offsets[i] };
}

/** Parses an ISO 8601 date to ms; NaN when absent or unreadable. */
export const publishedMs = (published: string | null): number => (published ? Date.parse(published) : NaN);

/**
 * Step 1: signatures of one shard of articles (normalised-body hash, shingle
 * set, MinHash signature reduced to LSH band keys). Order follows `records`.
 *
 * @example
 * const batch = signRecords(records, dedupDefaults);
 */
export function signRecords(records: readonly SegmentRecord[], options: DedupOptions): SignedBatch {
  const n = records.length;
  const tok = new Tokenizer();
  let shingles = new Uint32Array(Math.max(1024, n * 256));
  const sig = new Uint32Array(options.permutations);
  let setBuffer = new Uint32Array(4096);
  const shingleOffsets = new Uint32Array(n + 1);
  const exact = new Uint32Array(2 * n);
  const published = new Float64Array(n);
  const chars = new Uint32Array(n);
  const bandKeys = new Uint32Array(n * options.bands);
  const units: number[] = [];
  const sentenceEnds: number[] = [];
  const docSentences = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const rec = records[i];
    // Sentences cover every non-space character of the body and no word spans
    // two sentences, so tokenizing them in turn gives the body's words.
    let words = 0;
    for (const s of rec.sentences) {
      const from = words;
      words = tok.run(s.text, from);
      sentenceUnits(tok, from, words, options.minClauseWords, units);
      sentenceEnds.push(units.length);
    }
    docSentences[i + 1] = sentenceEnds.length;
    if (rec.sentences.length === 0) words = tok.run(rec.body);
    let hi = options.seed ^ 0x9747b28c;
    let lo = options.seed ^ 0x1b873593;
    for (let w = 0; w < words; w++) {
      hi = poly32(hi, tok.h1[w], POLY_HI);
      lo = poly32(lo, tok.h2[w], POLY_LO);
    }
    exact[2 * i] = fmix32(hi ^ words);
    exact[2 * i + 1] = fmix32(lo ^ Math.imul(words, 0x27d4eb2d));
    if (setBuffer.length < words) setBuffer = new Uint32Array(words * 2);
    const set = shingleSet(tok.h1, words, options.shingleSize, options.seed, setBuffer);
    const at = shingleOffsets[i];
    if (at + set.length > shingles.length) {
      const grown = new Uint32Array(Math.max(shingles.length * 2, at + set.length));
      grown.set(shingles.subarray(0, at));
      shingles = grown;
    }
    shingles.set(set, at);
    shingleOffsets[i + 1] = at + set.length;
    writeBandKeys(minhashSignature(set, options.permutations, options.seed, sig), options.bands, options.rows, bandKeys, i * options.bands);
    published[i] = publishedMs(rec.published);
    chars[i] = rec.chars;
  }
  return {
    ids: records.map((r) => r.id), sources: records.map((r) => r.source), published, chars, exact,
    shingleOffsets, shingles: shingles.slice(0, shingleOffsets[n]), bandKeys,
    sentences: { units: Uint32Array.from(units), sentenceEnds: Uint32Array.from(sentenceEnds), docSentences },
  };
}
