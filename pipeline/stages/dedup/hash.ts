/**
 * 32-bit hashing with Math.imul (multiply, shift, xor): no BigInt, no strings.
 */

/** MurmurHash3 finaliser: a full-avalanche 32-bit mix. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds `value` into the running hash `h` (MurmurHash3 block step). */
export function mix32(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * One step of a polynomial sequence hash: h * multiplier + value (mod 2^32).
 * Cheap; finish with fmix32. Used over word hashes, which are already mixed.
 */
export const poly32 = (h: number, value: number, multiplier: number): number => (Math.imul(h, multiplier) + value) | 0;

/** Odd multipliers of the two halves of 64-bit sequence hashes. */
export const POLY_HI = 0x9e3779b1;
export const POLY_LO = 0x85ebca77;

/** A 64-bit value as two 32-bit halves packed into a 53-bit JS number (for Map keys). */
export const key53 = (hi: number, lo: number): number => (hi >>> 0) * 2097152 + (lo >>> 11);

/** 16 hex digits of a 64-bit value given as two halves. */
export const hex64 = (hi: number, lo: number): string =>
  (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
