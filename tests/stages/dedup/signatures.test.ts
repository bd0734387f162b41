import { describe, expect, it } from 'vitest';
import {
  candidatePairs, clusterArticles, dedupDefaults, deduplicate, emptyIndex, exactLinks, indexParams, mergeBatches,
  selectKept, signRecords, verifyPairs,
} from '../../../pipeline/stages/dedup/index.ts';
import { makeSegmentRecord, seedRecords } from '../../fixtures/dedup/make-records.ts';

const seeds = seedRecords().sort((a, b) => (a.id < b.id ? -1 : 1));
const copies = [
  makeSegmentRecord(seeds[0].body.slice(0, 1800), 'f000000000000001'),
  makeSegmentRecord(seeds[2].body.replace(/[“”]/g, '"'), 'f000000000000002'),
];
const all = [...seeds, ...copies];

describe('signRecords and the dedup steps', () => {
  it('signs shards that merge into the signature of the whole', () => {
    const whole = signRecords(all, dedupDefaults);
    const merged = mergeBatches([signRecords(all.slice(0, 3), dedupDefaults), signRecords(all.slice(3), dedupDefaults)]);
    expect(merged).toEqual(whole);
    expect(structuredClone(whole)).toEqual(whole);
  });

  it('produces one exact hash, one sorted shingle set and `bands` keys per article', () => {
    const b = signRecords(all, dedupDefaults);
    expect(b.exact).toHaveLength(2 * all.length);
    expect(b.bandKeys).toHaveLength(dedupDefaults.bands * all.length);
    for (let i = 0; i < all.length; i++) {
      const set = b.shingles.subarray(b.shingleOffsets[i], b.shingleOffsets[i + 1]);
      expect(set.length).toBeGreaterThan(100);
      for (let j = 1; j < set.length; j++) expect(set[j]).toBeGreaterThan(set[j - 1]);
    }
    expect(b.sentences?.docSentences[all.length]).toBe(all.reduce((s, r) => s + r.sentences.length, 0));
  });

  it('composes into what deduplicate returns', () => {
    const sorted = [...all].sort((a, b) => (a.id < b.id ? -1 : 1));
    const space = { previous: emptyIndex(indexParams(dedupDefaults)), batch: signRecords(sorted, dedupDefaults) };
    const exact = exactLinks(space);
    const pairs = candidatePairs(space, exact.leader, { maxBucketSize: 100, bandFrom: 0, bandTo: dedupDefaults.bands });
    const edges = verifyPairs(space, pairs, dedupDefaults);
    const keptAs = selectKept(space, clusterArticles(sorted.length, [exact.links, edges.pairs]));
    const expected = sorted.flatMap((r, i) => (keptAs[i] === i ? [] : [[r.id, sorted[keptAs[i]].id]]));
    const { duplicates } = deduplicate(all, dedupDefaults, null);
    expect(duplicates.map((d) => [d.id, d.duplicate_of])).toEqual(expected);
    expect(expected).toEqual([['f000000000000001', seeds[0].id], ['f000000000000002', seeds[2].id]]);
  });
});
