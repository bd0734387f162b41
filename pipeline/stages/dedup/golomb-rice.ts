import { SHINGLE_BITS } from './shingles.ts';

/**
 * Golomb-Rice coding of sorted, duplicate-free sets of SHINGLE_BITS-bit
 * values: one byte holds the Rice parameter p, then each gap to the previous
 * value is written as (gap >> p) in unary and its low p bits in binary.
 * A 400-shingle set takes about 17 bits per shingle.
 */

/** Growable byte sink with a bit accumulator. */
export class BitWriter {
  bytes: Uint8Array;
  length = 0;
  private acc = 0;
  private accBits = 0;

  /** `capacity`: bytes reserved at first (the writer doubles when they run out). */
  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(Math.max(1, capacity));
  }

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

/**
 * Decodes `count` values coded at `offset` of `bytes`. Bits are read through a 32-bit buffer
 * filled a byte at a time, never past the end of `bytes` (reads out of bounds would make the
 * engine drop its optimised code of this hot loop).
 */
export function decodeSortedSet(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  if (count === 0) return out;
  const p = bytes[offset];
  const end = bytes.length;
  let at = offset + 1;
  // `buf` holds `bits` unread bits, most significant first; refilled to at least 24 (at most 31).
  let buf = 0;
  let bits = 0;
  let prev = -1;
  for (let i = 0; i < count; i++) {
    let q = 0;
    for (;;) {
      while (bits <= 23 && at < end) {
        buf |= bytes[at++] << (24 - bits);
        bits += 8;
      }
      const ones = Math.clz32(~buf);
      if (ones < bits) {
        q += ones;
        buf <<= ones + 1;
        bits -= ones + 1;
        break;
      }
      if (bits === 0) throw new Error('decodeSortedSet: coded set ends early');
      q += bits;
      buf = 0;
      bits = 0;
    }
    let r = 0;
    if (p > 0) {
      while (bits <= 23 && at < end) {
        buf |= bytes[at++] << (24 - bits);
        bits += 8;
      }
      if (bits < p) throw new Error('decodeSortedSet: coded set ends early');
      r = buf >>> (32 - p);
      buf <<= p;
      bits -= p;
    }
    prev = prev + 1 + q * (1 << p) + r;
    out[i] = prev;
  }
  return out;
}
