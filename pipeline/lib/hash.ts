import { createHash } from 'node:crypto';

/** Hex SHA-256 of bytes or a string (UTF-8). */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Stable document id: the first 16 hex digits of the SHA-256 of the raw bytes. */
export function stableId(bytes: Uint8Array): string {
  return sha256(bytes).slice(0, 16);
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
