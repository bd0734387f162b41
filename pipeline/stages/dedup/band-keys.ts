import { fmix32, mix32 } from './hash.ts';

/**
 * LSH band keys of a signature: band b hashes rows [b*rows, (b+1)*rows) to one
 * 32-bit key. Writes `bands` keys into `out` at `offset`.
 */
export function writeBandKeys(sig: Uint32Array, bands: number, rows: number, out: Uint32Array, offset: number): void {
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1);
    const base = b * rows;
    for (let r = 0; r < rows; r++) h = mix32(h, sig[base + r]);
    out[offset + b] = fmix32(h ^ rows);
  }
}
