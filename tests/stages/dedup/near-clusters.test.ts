import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidatePairs, clusterArticles, dedupDefaults, emptyIndex, exactLinks, indexParams, nearClusters, signRecords, verifyPairs,
} from '../../../pipeline/stages/dedup/index.ts';
import type { DocSpace } from '../../../pipeline/stages/dedup/doc-space.ts';
import { makeSegmentRecord, seedRecords } from '../../fixtures/dedup/make-records.ts';

const id = (n: number): string => n.toString(16).padStart(16, '0');
const words = seedRecords().flatMap((r) => r.body.split(/\s+/)).filter(Boolean);

/** The clusters of the three separate steps (every candidate pair collected, verified, then joined). */
function stepwise(space: DocSpace, o = dedupDefaults): Uint32Array {
  const exact = exactLinks(space);
  const pairs = candidatePairs(space, exact.leader, { maxBucketSize: o.maxBucketSize, bandFrom: 0, bandTo: o.bands });
  const n = space.previous.ids.length + space.batch.ids.length;
  return clusterArticles(n, [exact.links, verifyPairs(space, pairs, o).pairs]);
}

/** Bodies made of windows of the seeds' words with edits: many near copies, some exact, some far. */
const bodies = fc.array(
  fc.record({ from: fc.nat(words.length - 200), length: fc.integer({ min: 8, max: 160 }), cut: fc.nat(40), swap: fc.nat(6) }),
  { minLength: 1, maxLength: 40 },
).map((specs) => specs.map(({ from, length, cut, swap }) => {
  const w = words.slice(from - (from % 25), from - (from % 25) + length);
  for (let k = 0; k < swap; k++) w[(k * 37 + cut) % Math.max(1, w.length)] = 'edited';
  return w.slice(cut % 7).join(' ');
}));

describe('nearClusters', () => {
  it('gives the same clusters as collecting, verifying and joining every candidate pair', () => {
    fc.assert(fc.property(bodies, fc.integer({ min: 1, max: 100 }), (list, maxBucketSize) => {
      const records = list.map((body, i) => makeSegmentRecord(body, id(i)));
      const o = { ...dedupDefaults, maxBucketSize };
      const space: DocSpace = { previous: emptyIndex(indexParams(o)), batch: signRecords(records, o) };
      const got = nearClusters(space, exactLinks(space), { maxBucketSize, bandFrom: 0, bandTo: o.bands }, o);
      expect(Array.from(got)).toEqual(Array.from(stepwise(space, o)));
    }), { numRuns: 60 });
  });

  it('joins a planted cluster of near copies and leaves a distinct article alone', () => {
    const base = words.slice(0, 300);
    const copies = [0, 1, 2, 3].map((k) => { const w = base.slice(); w[50 + k * 40] = 'changed'; return w.join(' '); });
    const records = [...copies, words.slice(400, 700).join(' ')].map((b, i) => makeSegmentRecord(b, id(i)));
    const space: DocSpace = { previous: emptyIndex(indexParams(dedupDefaults)), batch: signRecords(records, dedupDefaults) };
    const root = nearClusters(space, exactLinks(space), { maxBucketSize: 100, bandFrom: 0, bandTo: dedupDefaults.bands }, dedupDefaults);
    expect(Array.from(root)).toEqual([0, 0, 0, 0, 4]);
  });
});
