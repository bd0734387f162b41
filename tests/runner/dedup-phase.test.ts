import { describe, expect, it } from 'vitest';
import { dedupPhase } from '../../pipeline/runner/dedup-phase.ts';
import { quietReporter } from '../../pipeline/runner/progress.ts';
import { RunState } from '../../pipeline/runner/run-state.ts';
import {
  codeShingles, decodeIndex, dedupDefaults, deduplicate, encodeIndex, indexShingles, mergeBatches, signRecords,
} from '../../pipeline/stages/dedup/index.ts';
import { makeSegmentRecord, seedRecords } from '../fixtures/dedup/make-records.ts';

/** The seeds, and a copy of seed 0 under another id (a duplicate to find). */
const records = () => {
  const seeds = seedRecords();
  const copy = makeSegmentRecord(seeds[0].body, 'ffff000000000000', { published: '2030-01-01T00:00:00Z' });
  return [...seeds, copy];
};

describe('dedupPhase', () => {
  it('decides as deduplicate does, and its index shares the batch coded sets instead of copying them', () => {
    const recs = records();
    const signed = codeShingles(signRecords(recs, dedupDefaults));
    const chunks = signed.coded!.chunks;
    const state = new RunState(quietReporter);
    const got = dedupPhase(signed, dedupDefaults, null, new Set(), state);
    const want = deduplicate(recs, dedupDefaults, null);

    expect(state.duplicates).toEqual(want.duplicates);
    expect(state.duplicates.map((d) => d.id)).toEqual(['ffff000000000000']);
    expect(got.kept.map((k) => recs[k].id).sort()).toEqual(want.index.ids);
    expect(got.index.ids).toEqual(want.index.ids);
    expect(got.index.shingleChunks).toEqual(chunks);
    expect(got.index.shingleChunks[0]).toBe(chunks[0]);
    // ... yet it encodes as the index deduplicate builds, holding only the kept sets
    expect(encodeIndex(got.index)).toEqual(encodeIndex(want.index));
    const back = decodeIndex(encodeIndex(got.index));
    for (let i = 0; i < back.ids.length; i++) expect(indexShingles(back, i)).toEqual(indexShingles(want.index, i));
  });

  it('drops the batch sentence units once the repeats are counted', () => {
    const signed = mergeBatches([signRecords(records(), dedupDefaults)]);
    expect(signed.sentences).toBeDefined();
    const got = dedupPhase(signed, dedupDefaults, null, new Set(), new RunState(quietReporter));
    expect(signed.sentences).toBeUndefined();
    expect(got.repeated.length).toBe(got.kept.length);
  });
});
