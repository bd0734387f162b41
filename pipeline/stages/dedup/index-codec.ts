import type { DedupIndex, IndexParams } from './dedup-index.ts';

/** File magic of an encoded index ("NPDX") and the format version. */
const MAGIC = 0x5844504e;
const FORMAT = 1;

/**
 * Serialises an index to bytes (little-endian): magic, format, a JSON header
 * (params, count, section lengths), then the typed-array sections, each
 * starting at a multiple of 8 bytes.
 *
 * @example
 * writeFileSync('dist/dedup-index.bin', encodeIndex(result.index));
 */
export function encodeIndex(index: DedupIndex): Uint8Array {
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) throw new Error('encodeIndex: big-endian platforms are not supported');
  const ids = new TextEncoder().encode(index.ids.join('\n'));
  // The chunks are stored as one: offsets become offsets into their concatenation.
  const bases: number[] = [];
  let total = 0;
  for (const chunk of index.shingleChunks) {
    bases.push(total);
    total += chunk.length;
  }
  const data = new Uint8Array(total);
  index.shingleChunks.forEach((chunk, k) => data.set(chunk, bases[k]));
  const offsets = Float64Array.from(index.shingleOffsets, (o, i) => o + bases[index.shingleChunk[i]]);
  const sections: ArrayBufferView[] = [ids, index.published, index.chars, index.exact, index.bandKeys,
    index.shingleCounts, offsets, data];
  const header = new TextEncoder().encode(JSON.stringify({
    params: index.params, count: index.ids.length, sections: sections.map((s) => s.byteLength),
  }));
  const pad = (n: number): number => (n + 7) & ~7;
  let size = pad(12 + header.length);
  for (const s of sections) size += pad(s.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  let pos = pad(12 + header.length);
  for (const s of sections) {
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), pos);
    pos += pad(s.byteLength);
  }
  return out;
}

/**
 * Reads an index written by {@link encodeIndex}. Throws on bytes that are not
 * an index (wrong magic, version or sizes).
 *
 * @example
 * const previous = decodeIndex(readFileSync('dist/dedup-index.bin'));
 */
export function decodeIndex(bytes: Uint8Array): DedupIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not a dedup index (bad magic)');
  if (view.getUint32(4, true) !== FORMAT) throw new Error(`unsupported dedup index format ${view.getUint32(4, true)}`);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as {
    params: IndexParams; count: number; sections: number[];
  };
  const pad = (n: number): number => (n + 7) & ~7;
  let pos = pad(12 + headerLength);
  const take = (i: number): Uint8Array => {
    const len = header.sections[i];
    if (pos + len > bytes.byteLength) throw new Error('truncated dedup index');
    const copy = bytes.slice(pos, pos + len);
    pos += pad(len);
    return copy;
  };
  const idText = new TextDecoder().decode(take(0));
  const ids = header.count === 0 ? [] : idText.split('\n');
  const f64 = (b: Uint8Array): Float64Array => new Float64Array(b.buffer, 0, b.byteLength / 8);
  const u32 = (b: Uint8Array): Uint32Array => new Uint32Array(b.buffer, 0, b.byteLength / 4);
  const index: DedupIndex = {
    version: 1, params: header.params, ids, published: f64(take(1)), chars: u32(take(2)), exact: u32(take(3)),
    bandKeys: u32(take(4)), shingleCounts: u32(take(5)), shingleChunk: new Uint32Array(header.count),
    shingleOffsets: f64(take(6)), shingleChunks: [],
  };
  const data = take(7);
  if (header.count > 0) index.shingleChunks.push(data);
  if (ids.length !== header.count || index.chars.length !== header.count
    || index.bandKeys.length !== header.count * header.params.bands) throw new Error('inconsistent dedup index');
  return index;
}
