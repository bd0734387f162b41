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
  it('are the encoded bytes in order, each section starting at a multiple of 8', () => {
    const seeds = seedRecords();
    const first = deduplicate(seeds.slice(0, 2), dedupDefaults, null);
    const { index } = deduplicate(seeds.slice(2), dedupDefaults, first.index);
    const pieces = [...indexPieces(index)];
    expect(Buffer.concat(pieces).equals(Buffer.from(encodeIndex(index)))).toBe(true);
    // A Buffer (as readFileSync gives), here in a shared pool at an odd offset, decodes as its bytes do.
    const pooled = Buffer.concat([Buffer.from([1, 2, 3]), ...pieces]).subarray(3);
    expect(pooled.byteOffset % 8).not.toBe(0);
    expect(decodeIndex(pooled)).toEqual(decodeIndex(encodeIndex(index)));
    let at = 0;
    const starts = pieces.map((p) => ((at += p.length), at - p.length));
    const header = JSON.parse(new TextDecoder().decode(pieces[0].subarray(12))) as { sections: number[] };
    let section = starts[2]; // after the head and its padding
    for (const len of header.sections) {
      expect(section % 8).toBe(0);
      section += (len + 7) & ~7;
    }
    expect(section).toBe(at);
  });

  /** An index of `sets` (chunk, offset, bytes) over the given chunks, with arbitrary bytes as its sets. */
  const handmade = (chunks: Uint8Array[], sets: Array<[number, number, number]>) => {
    const index = emptyIndex(indexParams(dedupDefaults));
    const n = sets.length;
    Object.assign(index, {
      ids: sets.map((_, i) => i.toString(16).padStart(16, '0')), published: new Float64Array(n), chars: new Uint32Array(n),
      exact: new Uint32Array(2 * n), bandKeys: new Uint32Array(n * index.params.bands), shingleCounts: new Uint32Array(n).fill(1),
      shingleChunk: Uint32Array.from(sets, (s) => s[0]), shingleOffsets: Float64Array.from(sets, (s) => s[1]),
      shingleBytes: Uint32Array.from(sets, (s) => s[2]), shingleChunks: chunks,
    });
    return index;
  };
  const bytes = (n: number, seed: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255);

  it.each([
    { name: 'sets lying together in a large chunk are one view of it', viewed: true, sets: [[0, 0, 200_000], [0, 200_000, 150_000]] },
    { name: 'scattered sets are copied together, in index order', viewed: false, sets: [[0, 300_000, 500], [1, 0, 700], [0, 10, 90], [1, 800, 5]] },
    { name: 'a gathered piece is cut before it passes 1 MiB', viewed: false, sets: Array.from({ length: 30 }, (_, i) => [i % 2, (i >> 1) * 15_000, 60_000]) },
  ] as Array<{ name: string; viewed: boolean; sets: Array<[number, number, number]> }>)('$name', ({ viewed, sets }) => {
    const chunks = [bytes(400_000, 1), bytes(300_000, 2)];
    const index = handmade(chunks, sets);
    const pieces = [...indexPieces(index)];
    expect(pieces.some((p) => p.buffer === chunks[0].buffer)).toBe(viewed);
    expect(Math.max(...pieces.map((p) => (p.buffer === chunks[0].buffer ? 0 : p.length)))).toBeLessThanOrEqual(1 << 20);
    const back = decodeIndex(Buffer.concat(pieces));
    expect(back.shingleBytes).toEqual(index.shingleBytes);
    for (const [k, [c, at, len]] of sets.entries()) {
      expect(Buffer.from(back.shingleChunks[0].subarray(back.shingleOffsets[k], back.shingleOffsets[k] + len)).equals(Buffer.from(chunks[c].subarray(at, at + len)))).toBe(true);
    }
  });
});
