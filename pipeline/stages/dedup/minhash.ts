import { fmix32 } from './hash.ts';

/** Bin-filled flags, reused between calls (the function is synchronous). */
let filledScratch = new Uint8Array(128);

/**
 * MinHash signature by one-permutation hashing with optimal densification
 * (Shrivastava, ICML 2017): every shingle hash is re-keyed once by a 32-bit
 * multiply, its top bits pick one of `k` bins (multiply-shift), and each bin
 * keeps its minimum; empty bins borrow
 * the minimum of a bin chosen by a fixed probe sequence. Two sets agree on a
 * bin with probability equal to their Jaccard similarity, at the cost of one
 * hash per shingle instead of `k`.
 *
 * Writes into `out` (length k) when given.
 *
 * @example
 * const sig = minhashSignature(shingleSet(...), 128, 1); // Uint32Array(128)
 */
export function minhashSignature(shingles: Uint32Array, k: number, seed: number, out?: Uint32Array): Uint32Array {
  const sig = (out ?? new Uint32Array(k)).fill(0xffffffff);
  if (shingles.length === 0) return sig;
  if (filledScratch.length < k) filledScratch = new Uint8Array(k);
  const filled = filledScratch.fill(0, 0, k);
  const salt = fmix32(seed ^ 0x5f3759df);
  for (let i = 0; i < shingles.length; i++) {
    // Shingle hashes are already mixed: one multiply-shift step re-keys them.
    const y = Math.imul(shingles[i] ^ salt, 0x2c1b3c6d) >>> 0;
    const bin = ((y >>> 16) * k) >>> 16;
    if (filled[bin] === 0 || y < sig[bin]) {
      sig[bin] = y;
      filled[bin] = 1;
    }
  }
  let empty = 0;
  for (let i = 0; i < k; i++) if (filled[i] === 0) empty++;
  if (empty === 0) return sig;
  for (let i = 0; i < k; i++) {
    if (filled[i] === 1) continue;
    for (let attempt = 1; ; attempt++) {
      const probe = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b) ^ salt);
      const j = ((probe >>> 16) * k) >>> 16;
      if (filled[j] === 1) {
        sig[i] = sig[j];
        break;
      }
    }
  }
  return sig;
}
