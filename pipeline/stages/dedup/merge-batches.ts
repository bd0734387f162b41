import type { SentenceUnits } from './repeated.ts';
import type { SignedBatch } from './signatures.ts';

/**
 * Concatenates shards signed with the same options (order kept): workers
 * sign shards, and the merged batch is what signRecords gives for all of them.
 *
 * @example
 * const batch = mergeBatches([signRecords(shardA, options), signRecords(shardB, options)]);
 */
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
