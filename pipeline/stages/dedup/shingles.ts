import { fmix32 } from './hash.ts';

/** Shingle hashes keep this many bits: collisions stay negligible and the index codes them in ~17 bits each. */
export const SHINGLE_BITS = 24;
const SHINGLE_MASK = (1 << SHINGLE_BITS) - 1;
/** Odd multiplier of the rolling polynomial hash over word hashes. */
const BASE = 0x01000193;

/**
 * The sorted, duplicate-free set of word-shingle hashes of a word-hash
 * sequence: every run of `size` consecutive words hashed together with a
 * rolling polynomial hash (O(1) per shingle), then mixed and cut to
 * SHINGLE_BITS. A text shorter than `size` words gives one shingle of all
 * its words. With `buffer` (at least `count` long), the set is written into it and a view of
 * it is returned, valid until the buffer is reused: no allocation per document.
 *
 * @example
 * shingleSet(tokenizer.h1, tokenizer.run(body), 5, 1); // Uint32Array of 24-bit hashes
 */
export function shingleSet(words: Uint32Array, count: number, size: number, seed: number, buffer?: Uint32Array): Uint32Array {
  if (count === 0) return new Uint32Array(0);
  const width = Math.min(size, count);
  const total = count - width + 1;
  const out = buffer && buffer.length >= total ? buffer.subarray(0, total) : new Uint32Array(total);
  let top = 1;
  for (let j = 1; j < width; j++) top = Math.imul(top, BASE);
  const salt = fmix32(seed ^ Math.imul(width, 0x9e3779b1));
  let h = 0;
  for (let j = 0; j < width; j++) h = (Math.imul(h, BASE) + words[j]) | 0;
  out[0] = fmix32(h ^ salt) & SHINGLE_MASK;
  for (let i = 1; i < total; i++) {
    h = (Math.imul(h - Math.imul(words[i - 1], top), BASE) + words[i + width - 1]) | 0;
    out[i] = fmix32(h ^ salt) & SHINGLE_MASK;
  }
  sortShingles(out);
  let u = 0;
  for (let i = 0; i < total; i++) if (i === 0 || out[i] !== out[u - 1]) out[u++] = out[i];
  return u === total ? out : buffer ? out.subarray(0, u) : out.slice(0, u);
}

let scratch: Uint32Array = new Uint32Array(1024);
const counts = new Uint32Array(256);

/** In-place LSD radix sort of SHINGLE_BITS-bit values (3 byte passes; faster than sort() for these sizes). */
function sortShingles(values: Uint32Array): void {
  const n = values.length;
  if (n < 64) {
    values.sort();
    return;
  }
  if (scratch.length < n) scratch = new Uint32Array(n * 2);
  let src: Uint32Array = values;
  let dst: Uint32Array = scratch;
  for (let shift = 0; shift < SHINGLE_BITS; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[i] >>> shift) & 255]++;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = src[i];
      dst[counts[(v >>> shift) & 255]++] = v;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== values) values.set(src.subarray(0, n));
}
