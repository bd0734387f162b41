import { describe, expect, it } from 'vitest';
import { decodeIndex, dedupDefaults, deduplicate, emptyIndex, encodeIndex, indexParams, indexShingles, signRecords } from '../../../pipeline/stages/dedup/index.ts';
import { seedRecords } from '../../fixtures/dedup/make-records.ts';

describe('index codec', () => {
  const { index } = deduplicate(seedRecords(), dedupDefaults, null);

  it('round-trips an index exactly', () => {
    const back = decodeIndex(encodeIndex(index));
    expect(back).toEqual(index);
    const batch = signRecords(seedRecords().sort((a, b) => (a.id < b.id ? -1 : 1)), dedupDefaults);
    for (let i = 0; i < back.ids.length; i++) {
      expect(indexShingles(back, i)).toEqual(batch.shingles.subarray(batch.shingleOffsets[i], batch.shingleOffsets[i + 1]));
    }
  });

  it('round-trips an empty index', () => {
    const empty = emptyIndex(indexParams(dedupDefaults));
    expect(decodeIndex(encodeIndex(empty))).toEqual(empty);
  });

  it('rejects bytes that are not an index', () => {
    expect(() => decodeIndex(new Uint8Array(20))).toThrow(/bad magic/);
    const bytes = encodeIndex(index);
    expect(() => decodeIndex(bytes.subarray(0, bytes.length - 200))).toThrow(/truncated/);
  });
});

describe('index chunks', () => {
  it('shares earlier chunks when appending and merges them when encoding', () => {
    const seeds = seedRecords();
    const first = deduplicate(seeds.slice(0, 2), dedupDefaults, null);
    const second = deduplicate(seeds.slice(2), dedupDefaults, first.index);
    expect(second.index.shingleChunks).toHaveLength(2);
    expect(second.index.shingleChunks[0]).toBe(first.index.shingleChunks[0]);
    const back = decodeIndex(encodeIndex(second.index));
    expect(back.shingleChunks).toHaveLength(1);
    expect(back.ids).toEqual(second.index.ids);
    for (let i = 0; i < back.ids.length; i++) expect(indexShingles(back, i)).toEqual(indexShingles(second.index, i));
    expect(encodeIndex(back)).toEqual(encodeIndex(second.index));
  });
});
