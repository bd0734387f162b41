import type { SignedBatch } from '../stages/dedup/index.ts';

const MAGIC = 'NPSB1';
const ARRAYS = ['published', 'chars', 'exact', 'shingleOffsets', 'shingles', 'bandKeys', 'units', 'sentenceEnds', 'docSentences'] as const;
type ArrayName = (typeof ARRAYS)[number];

const arraysOf = (b: SignedBatch): Record<ArrayName, Float64Array | Uint32Array> => ({
  published: b.published, chars: b.chars, exact: b.exact, shingleOffsets: b.shingleOffsets, shingles: b.shingles, bandKeys: b.bandKeys,
  units: b.sentences?.units ?? new Uint32Array(0), sentenceEnds: b.sentences?.sentenceEnds ?? new Uint32Array(0),
  docSentences: b.sentences?.docSentences ?? new Uint32Array(b.ids.length + 1),
});

/**
 * A signed batch as bytes (saved next to a chunk's part, so a rerun deduplicates without
 * signing again): a JSON header with ids, sources and array lengths, then the typed arrays,
 * each at an 8-byte boundary, little-endian as the machine writes them.
 *
 * @example
 * const same = decodeSigned(encodeSigned(batch));
 */
export function encodeSigned(b: SignedBatch): Uint8Array {
  const arrays = arraysOf(b);
  const header = new TextEncoder().encode(JSON.stringify({ magic: MAGIC, ids: b.ids, sources: b.sources, lengths: ARRAYS.map((a) => arrays[a].length) }));
  const pad = (n: number): number => (n + 7) & ~7;
  let size = pad(4 + header.length);
  for (const a of ARRAYS) size += pad(arrays[a].byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let at = pad(4 + header.length);
  for (const a of ARRAYS) {
    out.set(new Uint8Array(arrays[a].buffer, arrays[a].byteOffset, arrays[a].byteLength), at);
    at += pad(arrays[a].byteLength);
  }
  return out;
}

/** The batch `encodeSigned` wrote; throws on bytes it did not write. */
export function decodeSigned(bytes: Uint8Array): SignedBatch {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as { magic: string; ids: string[]; sources: string[]; lengths: number[] };
  if (header.magic !== MAGIC) throw new Error('not a signed batch');
  const pad = (n: number): number => (n + 7) & ~7;
  let at = pad(4 + length);
  const read = <T extends Float64Array | Uint32Array>(make: (n: number) => T, n: number): T => {
    const out = make(n);
    new Uint8Array(out.buffer).set(bytes.subarray(at, at + out.byteLength));
    at += pad(out.byteLength);
    return out;
  };
  const [published, chars, exact, shingleOffsets, shingles, bandKeys, units, sentenceEnds, docSentences] = ARRAYS.map((a, i) =>
    (a === 'published' ? read((n) => new Float64Array(n), header.lengths[i]) : read((n) => new Uint32Array(n), header.lengths[i])));
  return {
    ids: header.ids, sources: header.sources, published: published as Float64Array, chars: chars as Uint32Array, exact: exact as Uint32Array,
    shingleOffsets: shingleOffsets as Uint32Array, shingles: shingles as Uint32Array, bandKeys: bandKeys as Uint32Array,
    sentences: { units: units as Uint32Array, sentenceEnds: sentenceEnds as Uint32Array, docSentences: docSentences as Uint32Array },
  };
}
