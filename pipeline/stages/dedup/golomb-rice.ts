import { SHINGLE_BITS } from './shingles.ts';

/**
 * Golomb-Rice coding of sorted, duplicate-free sets of SHINGLE_BITS-bit
 * values: one byte holds the Rice parameter p, then each gap to the previous
 * value is written as (gap >> p) in unary and its low p bits in binary.
 * A 400-shingle set takes about 17 bits per shingle.
 */

/** Growable byte sink with a bit accumulator. */
export class BitWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  private acc = 0;
  private accBits = 0;

  /** Writes the low `bits` (≤ 24) bits of `value`, most significant first. */
  write(value: number, bits: number): void {
    // Fewer than 8 bits wait in acc, so acc never holds more than 31 bits.
    this.acc = (this.acc << bits) | value;
    this.accBits += bits;
    while (this.accBits >= 8) {
      this.accBits -= 8;
      this.byte((this.acc >>> this.accBits) & 255);
    }
    this.acc &= (1 << this.accBits) - 1;
  }

  /** Pads to the next byte boundary with zero bits. */
  align(): void {
    if (this.accBits > 0) this.write(0, 8 - this.accBits);
  }

  byte(b: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
  }
}

/** Rice parameter for `count` values spread over the SHINGLE_BITS range. */
export const riceParameter = (count: number): number =>
  count === 0 ? 0 : Math.max(0, Math.min(SHINGLE_BITS, Math.floor(Math.log2((2 ** SHINGLE_BITS) / count))));

/** Appends the coded set (byte-aligned) to `w`. */
export function encodeSortedSet(values: Uint32Array, w: BitWriter): void {
  const p = riceParameter(values.length);
  w.byte(p);
  let prev = -1;
  for (let i = 0; i < values.length; i++) {
    const gap = values[i] - prev - 1;
    prev = values[i];
    let q = gap >>> p;
    while (q >= 23) {
      w.write(0x7fffff, 23);
      q -= 23;
    }
    w.write(((1 << q) - 1) << 1, q + 1);
    if (p > 0) w.write(gap & ((1 << p) - 1), p);
  }
  w.align();
}

/** 32 bits of `bytes` starting at bit `pos` (bytes past the end read as 0). */
function window32(bytes: Uint8Array, pos: number): number {
  const at = pos >>> 3;
  const w = ((bytes[at] | 0) << 24) | ((bytes[at + 1] | 0) << 16) | ((bytes[at + 2] | 0) << 8) | (bytes[at + 3] | 0);
  const shift = pos & 7;
  return shift === 0 ? w : (w << shift) | ((bytes[at + 4] | 0) >>> (8 - shift));
}

/** Decodes `count` values coded at `offset` of `bytes`. */
export function decodeSortedSet(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const p = bytes[offset];
  const scale = 2 ** p;
  let pos = (offset + 1) * 8;
  let prev = -1;
  for (let i = 0; i < count; i++) {
    let q = 0;
    for (;;) {
      const ones = Math.clz32(~window32(bytes, pos));
      q += ones;
      pos += ones;
      if (ones < 32) break;
    }
    pos++;
    const r = p === 0 ? 0 : window32(bytes, pos) >>> (32 - p);
    pos += p;
    prev = prev + 1 + q * scale + r;
    out[i] = prev;
  }
  return out;
}
