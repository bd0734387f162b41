import { describe, expect, it } from 'vitest';
import { decodeIndex, dedupDefaults, deduplicate, emptyIndex, encodeIndex, indexParams, indexPieces, indexShingles, signRecords } from '../../../pipeline/stages/dedup/index.ts';
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

describe('index pieces', () => {
  it('are the encoded bytes in order, each section starting at a multiple of 8, the shingle chunks as views of their own memory', () => {
    const seeds = seedRecords();
    const first = deduplicate(seeds.slice(0, 2), dedupDefaults, null);
    const { index } = deduplicate(seeds.slice(2), dedupDefaults, first.index);
    const pieces = [...indexPieces(index)];
    expect(Buffer.concat(pieces).equals(Buffer.from(encodeIndex(index)))).toBe(true);
    // A Buffer (as readFileSync gives), here in a shared pool at an odd offset, decodes as its bytes do.
    const pooled = Buffer.concat([Buffer.from([1, 2, 3]), ...pieces]).subarray(3);
    expect(pooled.byteOffset % 8).not.toBe(0);
    expect(decodeIndex(pooled)).toEqual(decodeIndex(encodeIndex(index)));
    for (const chunk of index.shingleChunks) expect(pieces.some((p) => p.buffer === chunk.buffer && p.byteOffset === chunk.byteOffset)).toBe(true);
    let at = 0;
    const starts = pieces.map((p) => ((at += p.length), at - p.length));
    for (const chunk of index.shingleChunks.slice(0, 1)) expect(starts[pieces.findIndex((p) => p.buffer === chunk.buffer)] % 8).toBe(0);
  });
});
