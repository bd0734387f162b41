import { createHash } from 'node:crypto';

/** Hex SHA-256 of bytes or a string (UTF-8). */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Stable document id: the first 16 hex digits of the SHA-256 of the raw bytes. */
export function stableId(bytes: Uint8Array): string {
  return sha256(bytes).slice(0, 16);
}

/**
 * A 64-bit non-cryptographic hash of a string (cyrb53's two 32-bit lanes, both kept), as
 * [high, low] unsigned halves; `seed` gives an independent hash of the same text (e.g. a site's
 * number, so one table holds the lines of every site).
 *
 * @example
 * hash64('share this story') // [h, l], 0 <= h, l < 2 ** 32
 */
export function hash64(text: string, seed = 0): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h2 >>> 0, h1 >>> 0];
}

/**
 * A 53-bit non-cryptographic hash of a string (cyrb53: `hash64` cut to 53 bits), in base 36 (at
 * most 11 characters): a compact stand-in for a short text in a set, where an accidental
 * collision costs nothing but a cache miss or a spurious one-line difference in a key.
 *
 * @example
 * shortHash('share this story') // '1uy03m3cnw6'
 */
export function shortHash(text: string): string {
  const [hi, lo] = hash64(text);
  return (4294967296 * (2097151 & hi) + lo).toString(36);
}

/** JSON with object keys sorted, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}
