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
  const pieces = [...indexPieces(index)];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of pieces) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** Coded sets smaller than this are gathered into one piece (a piece per set would be hundreds of thousands of writes). */
const GATHER_BYTES = 1 << 20;

/**
 * The coded sets of an index, in index order, as pieces: a run of sets lying one after
 * another in a chunk is one view of it (a decoded index's data is one such run), and sets
 * scattered over shared chunks are copied together into pieces of about 1 MiB.
 */
function* shinglePieces(index: DedupIndex): Generator<Uint8Array> {
  const n = index.ids.length;
  let gather = new Uint8Array(GATHER_BYTES);
  let used = 0;
  for (let i = 0; i < n;) {
    const chunk = index.shingleChunks[index.shingleChunk[i]];
    const from = index.shingleOffsets[i];
    let to = from + index.shingleBytes[i];
    let j = i + 1;
    while (j < n && index.shingleChunk[j] === index.shingleChunk[i] && index.shingleOffsets[j] === to) to += index.shingleBytes[j++];
    i = j;
    const run = chunk.subarray(from, to);
    const large = run.length >= GATHER_BYTES / 4;
    if (used > 0 && (large || used + run.length > GATHER_BYTES)) {
      yield gather.subarray(0, used);
      gather = new Uint8Array(GATHER_BYTES); // a fresh one: `encodeIndex` holds every piece
      used = 0;
    }
    if (large) yield run;
    else {
      gather.set(run, used);
      used += run.length;
    }
  }
  if (used > 0) yield gather.subarray(0, used);
}

/**
 * The bytes of `encodeIndex` in pieces, for writing to a file without holding them all at once:
 * the index's own arrays are given as views, the coded sets as views of their chunks where
 * they lie together (gathered into 1 MiB pieces where they do not), and only the ids' text
 * and the offsets are new. The pieces are fresh or the index's own memory: none is reused.
 *
 * @example
 * await writeChunks('work/dedup-index.bin', indexPieces(result.index));
 */
export function* indexPieces(index: DedupIndex): Generator<Uint8Array> {
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) throw new Error('encodeIndex: big-endian platforms are not supported');
  const ids = new TextEncoder().encode(index.ids.join('\n'));
  // The sets are stored one after another: offsets become offsets into that data.
  const offsets = new Float64Array(index.ids.length);
  let total = 0;
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = total;
    total += index.shingleBytes[i];
  }
  const sections: Array<readonly ArrayBufferView[]> = [[ids], [index.published], [index.chars], [index.exact], [index.bandKeys],
    [index.shingleCounts], [offsets]];
  const lengths = [...sections.map((parts) => parts.reduce((n, p) => n + p.byteLength, 0)), total];
  const header = new TextEncoder().encode(JSON.stringify({ params: index.params, count: index.ids.length, sections: lengths }));
  const padding = (n: number): Uint8Array => new Uint8Array(((n + 7) & ~7) - n);
  const head = new Uint8Array(12 + header.length);
  const view = new DataView(head.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, header.length, true);
  head.set(header, 12);
  yield head;
  yield padding(head.length);
  for (const [k, parts] of sections.entries()) {
    for (const p of parts) yield new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
    yield padding(lengths[k]);
  }
  yield* shinglePieces(index);
  yield padding(total);
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
    // A plain copy with memory of its own (a Node Buffer's slice would be a view into a shared pool).
    const copy = new Uint8Array(bytes.subarray(pos, pos + len));
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
    shingleOffsets: f64(take(6)), shingleBytes: new Uint32Array(header.count), shingleChunks: [],
  };
  const data = take(7);
  if (header.count > 0) index.shingleChunks.push(data);
  for (let i = 0; i < header.count; i++) {
    const end = i + 1 < header.count ? index.shingleOffsets[i + 1] : data.length;
    if (end < index.shingleOffsets[i] || end > data.length) throw new Error('inconsistent dedup index');
    index.shingleBytes[i] = end - index.shingleOffsets[i];
  }
  if (ids.length !== header.count || index.chars.length !== header.count
    || index.bandKeys.length !== header.count * header.params.bands) throw new Error('inconsistent dedup index');
  return index;
}
