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
 * A 53-bit non-cryptographic hash of a string (cyrb53), in base 36 (at most 11 characters): a
 * compact stand-in for a short text in a set, where an accidental collision costs nothing but
 * a cache miss or a spurious one-line difference in a key.
 *
 * @example
 * shortHash('share this story') // '2b4xg1l0q7c'
 */
export function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
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
