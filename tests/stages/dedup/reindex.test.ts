import { describe, expect, it } from 'vitest';
import {
  appendToIndex, codeShingles, decodeIndex, dedupDefaults, emptyIndex, encodeIndex, indexParams, indexShingles, signRecords,
} from '../../../pipeline/stages/dedup/index.ts';
import { reindex, sortedIndex } from '../../../pipeline/stages/dedup/reindex.ts';
import { makeSegmentRecord, seedRecords } from '../../fixtures/dedup/make-records.ts';

const params = indexParams(dedupDefaults);
/** Ids out of order on purpose: the index must come out sorted whatever order the batch has. */
const seeds = seedRecords().reverse();
const extra = ['b', 'e', 'a', 'd', 'c'].map((k, i) => makeSegmentRecord(`Story ${k}: ${'word '.repeat(40 + 7 * i)}ends here ${k}.`, `${k}${'0'.repeat(15)}`));

describe('sortedIndex', () => {
  const previous = reindex(appendToIndex(emptyIndex(params), signRecords(seeds, dedupDefaults), [0, 1, 2, 3, 4]));
  const batch = signRecords(extra, dedupDefaults);
  const docs = [4, 0, 2, 3];

  it.each([
    { name: 'plain batch, default chunks', coded: false, chunkBytes: undefined },
    { name: 'coded batch (its chunks shared)', coded: true, chunkBytes: 1 },
    { name: 'plain batch, a chunk per set', coded: false, chunkBytes: 1 },
    { name: 'plain batch, chunks of 200 bytes', coded: false, chunkBytes: 200 },
  ])('$name: the bytes of append-then-reindex, sorted by id', ({ coded, chunkBytes }) => {
    const b = coded ? codeShingles(batch) : batch;
    const want = reindex(appendToIndex(previous, b, docs));
    const got = sortedIndex(previous, { batch: b, docs, chunkBytes });
    expect(got.ids).toEqual([...got.ids].sort());
    expect(got.ids).toEqual(want.ids);
    for (let i = 0; i < got.ids.length; i++) expect(indexShingles(got, i)).toEqual(indexShingles(want, i));
    expect(encodeIndex(got)).toEqual(encodeIndex(want));
    // The earlier index's chunk is shared, not copied; so are a coded batch's chunks.
    expect(got.shingleChunks).toContain(previous.shingleChunks[0]);
    if (coded) expect(got.shingleChunks.slice(1)).toEqual(b.coded!.chunks);
    else if (chunkBytes === 1) expect(got.shingleChunks).toHaveLength(1 + docs.length);
  });

  it('shares chunks without copying, yet encodes only its own sets', () => {
    const b = codeShingles(batch);
    const got = sortedIndex(previous, { batch: b, docs: [1] });
    expect(got.shingleChunks[got.shingleChunks.length - 1]).toBe(b.coded!.chunks[0]);
    const back = decodeIndex(encodeIndex(got));
    expect(back.shingleChunks[0].length).toBe(got.shingleBytes.reduce((n, x) => n + x, 0));
    expect(back.shingleChunks[0].length).toBeLessThan(previous.shingleChunks[0].length + b.coded!.chunks[0].length);
    for (let i = 0; i < got.ids.length; i++) expect(indexShingles(back, i)).toEqual(indexShingles(got, i));
  });

  it('drops the ids it is told to and keeps the rest', () => {
    const drop = new Set([previous.ids[1], previous.ids[3]]);
    const got = sortedIndex(previous, { drop });
    expect(got.ids).toEqual(previous.ids.filter((id) => !drop.has(id)));
    expect(decodeIndex(encodeIndex(got))).toEqual(decodeIndex(encodeIndex(reindex(previous, drop))));
  });

  it('an empty index and no batch give an empty index', () => {
    expect(encodeIndex(sortedIndex(emptyIndex(params)))).toEqual(encodeIndex(emptyIndex(params)));
  });
});
