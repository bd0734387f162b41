import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSigned, encodeSigned } from '../../pipeline/executors/signed-codec.ts';
import { batchShingles, codeShingles, dedupDefaults, mergeBatches, signRecords, SignedBatchBuilder } from '../../pipeline/stages/dedup/index.ts';
import { makeSegmentRecord } from '../fixtures/dedup/make-records.ts';

const words = fc.array(fc.constantFrom('syria', 'talks', 'kerry', 'russia', 'ceasefire', 'aleppo', 'said', 'the', 'on'), { minLength: 1, maxLength: 60 });

describe('signed batch codec and builder', () => {
  it('round-trips any signed batch exactly', () => {
    fc.assert(fc.property(fc.array(words, { maxLength: 6 }), (docs) => {
      const batch = signRecords(docs.map((w, i) => makeSegmentRecord(w.join(' '), `${i}`.padStart(16, '0'))), dedupDefaults);
      expect(decodeSigned(encodeSigned(batch))).toEqual(batch);
    }), { numRuns: 40 });
  });

  it('rejects bytes it did not write', () => {
    const bytes = encodeSigned(signRecords([], dedupDefaults));
    bytes[4] = '['.charCodeAt(0);
    expect(() => decodeSigned(bytes)).toThrow();
  });

  it('the builder gives what mergeBatches gives, shard by shard, with the shingle sets coded', () => {
    fc.assert(fc.property(fc.array(fc.array(words, { maxLength: 4 }), { maxLength: 5 }), (shards) => {
      let n = 0;
      const batches = shards.map((docs) => signRecords(docs.map((w) => makeSegmentRecord(w.join(' '), `${n++}`.padStart(16, '0'))), dedupDefaults));
      const builder = new SignedBatchBuilder();
      // Shards arrive raw or already coded (as workers send them); both give the same batch.
      batches.forEach((b, i) => builder.add(i % 2 ? codeShingles(b) : b));
      const built = builder.build();
      const { shingles: _s, ...merged } = mergeBatches(batches);
      const { shingles: _t, coded, ...rest } = built;
      expect(rest).toEqual(merged);
      expect(coded?.chunks.length).toBe(batches.length);
      // The coded sets decode to the very shingle sets, article by article.
      for (let i = 0; i < built.ids.length; i++) expect(batchShingles(built, i)).toEqual(batchShingles(mergeBatches(batches), i));
    }), { numRuns: 40 });
  });
});
