import { fmix32 } from './hash.ts';

/**
 * MinHash signature by one-permutation hashing with optimal densification
 * (Shrivastava, ICML 2017): every shingle is hashed once, its hash picks one of
 * `k` bins by multiply-shift, and each bin keeps its minimum; empty bins borrow
 * the minimum of a bin chosen by a fixed probe sequence. Two sets agree on a
 * bin with probability equal to their Jaccard similarity, at the cost of one
 * hash per shingle instead of `k`.
 *
 * @example
 * const sig = minhashSignature(shingleSet(...), 128, 1); // Uint32Array(128)
 */
export function minhashSignature(shingles: Uint32Array, k: number, seed: number): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  if (shingles.length === 0) return sig;
  const filled = new Uint8Array(k);
  const salt = fmix32(seed ^ 0x5f3759df);
  for (let i = 0; i < shingles.length; i++) {
    const y = fmix32(shingles[i] ^ salt);
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
