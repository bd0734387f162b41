import type { SegmentRecord } from '../../lib/types.ts';
import { writeBandKeys } from './band-keys.ts';
import { fmix32, mix32 } from './hash.ts';
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
  const sets: Uint32Array[] = [];
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
      hi = mix32(hi, tok.h1[w]);
      lo = mix32(lo, tok.h2[w]);
    }
    exact[2 * i] = fmix32(hi ^ words);
    exact[2 * i + 1] = fmix32(lo ^ Math.imul(words, 0x27d4eb2d));
    const set = shingleSet(tok.h1, words, options.shingleSize, options.seed);
    sets.push(set);
    shingleOffsets[i + 1] = shingleOffsets[i] + set.length;
    writeBandKeys(minhashSignature(set, options.permutations, options.seed), options.bands, options.rows, bandKeys, i * options.bands);
    published[i] = publishedMs(rec.published);
    chars[i] = rec.chars;
  }
  const shingles = new Uint32Array(shingleOffsets[n]);
  for (let i = 0; i < n; i++) shingles.set(sets[i], shingleOffsets[i]);
  return {
    ids: records.map((r) => r.id), sources: records.map((r) => r.source), published, chars, exact,
    shingleOffsets, shingles, bandKeys,
    sentences: { units: Uint32Array.from(units), sentenceEnds: Uint32Array.from(sentenceEnds), docSentences },
  };
}

/** Concatenates shards signed with the same options (order kept). */
export function mergeBatches(batches: readonly SignedBatch[]): SignedBatch {
  const cat = <T extends Uint32Array | Float64Array>(parts: T[], make: (n: number) => T): T => {
    const out = make(parts.reduce((s, p) => s + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  const offsets = new Uint32Array(batches.reduce((s, b) => s + b.ids.length, 0) + 1);
  let doc = 0;
  let base = 0;
  for (const b of batches) {
    for (let i = 1; i <= b.ids.length; i++) offsets[doc + i] = base + b.shingleOffsets[i];
    doc += b.ids.length;
    base += b.shingles.length;
  }
  return {
    ids: batches.flatMap((b) => b.ids), sources: batches.flatMap((b) => b.sources),
    published: cat(batches.map((b) => b.published), (n) => new Float64Array(n)),
    chars: cat(batches.map((b) => b.chars), (n) => new Uint32Array(n)),
    exact: cat(batches.map((b) => b.exact), (n) => new Uint32Array(n)),
    shingleOffsets: offsets,
    shingles: cat(batches.map((b) => b.shingles), (n) => new Uint32Array(n)),
    bandKeys: cat(batches.map((b) => b.bandKeys), (n) => new Uint32Array(n)),
    sentences: mergeUnits(batches.map((b) => b.sentences ?? { units: new Uint32Array(0), sentenceEnds: new Uint32Array(0), docSentences: new Uint32Array(b.ids.length + 1) })),
  };
}

function mergeUnits(parts: SentenceUnits[]): SentenceUnits {
  const units = new Uint32Array(parts.reduce((s, p) => s + p.units.length, 0));
  const sentenceEnds = new Uint32Array(parts.reduce((s, p) => s + p.sentenceEnds.length, 0));
  const docSentences = new Uint32Array(parts.reduce((s, p) => s + p.docSentences.length - 1, 0) + 1);
  let u = 0;
  let e = 0;
  let d = 0;
  for (const p of parts) {
    units.set(p.units, u);
    for (let i = 0; i < p.sentenceEnds.length; i++) sentenceEnds[e + i] = p.sentenceEnds[i] + u;
    for (let i = 1; i < p.docSentences.length; i++) docSentences[d + i] = p.docSentences[i] + e;
    u += p.units.length;
    e += p.sentenceEnds.length;
    d += p.docSentences.length - 1;
  }
  return { units, sentenceEnds, docSentences };
}
