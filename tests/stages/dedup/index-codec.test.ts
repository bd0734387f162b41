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
