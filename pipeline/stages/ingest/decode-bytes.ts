import { decodeCp1252 } from './cp1252.ts';

/** Encodings ingest can report. */
export const ENCODINGS = {
  utf8: 'utf-8', utf8Bom: 'utf-8-bom', utf16le: 'utf-16le', utf16be: 'utf-16be', cp1252: 'windows-1252',
} as const;
export type Encoding = (typeof ENCODINGS)[keyof typeof ENCODINGS];

/** Decoded text, or the rule that refused the bytes. */
export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; rule: 'binary-content'; message: string };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
  return { ok: true, text, encoding };
}

/** Share of NUL bytes at even / odd positions of a sample: UTF-16 text without a BOM has many on one side. */
function nulProfile(bytes: Uint8Array): { even: number; odd: number; total: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2), total: even + odd };
}

/** Control characters other than tab, LF, CR and form feed. */
function controlShare(text: string): number {
  let bad = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / Math.max(1, n);
}

/**
 * Detects the encoding of raw bytes (BOM, then strict UTF-8, then UTF-16 by NUL pattern,
 * then Windows-1252 as the Latin-1 fallback) and decodes them. Binary data is refused.
 *
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])); // { ok: true, text: 'hi', encoding: 'utf-8-bom' }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(fatalUtf8Or1252(bytes.subarray(3), ENCODINGS.utf8Bom));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(decodeUtf16(bytes, 'utf-16le', 2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(decodeUtf16(bytes, 'utf-16be', 2));
  const nul = nulProfile(bytes);
  if (nul.total > 0) {
    if (nul.odd > 0.3 && nul.even < 0.05) return finish(decodeUtf16(bytes, 'utf-16le', 0));
    if (nul.even > 0.3 && nul.odd < 0.05) return finish(decodeUtf16(bytes, 'utf-16be', 0));
    return { ok: false, rule: 'binary-content', message: 'contains NUL bytes and is not UTF-16 text' };
  }
  return finish(fatalUtf8Or1252(bytes, ENCODINGS.utf8));
}

function fatalUtf8Or1252(bytes: Uint8Array, utf8Name: Encoding): Decoded {
  try {
    return { ok: true, text: fatalUtf8.decode(bytes), encoding: utf8Name };
  } catch {
    return { ok: true, text: decodeCp1252(bytes), encoding: ENCODINGS.cp1252 };
  }
}

function finish(decoded: Decoded): Decoded {
  if (decoded.ok && controlShare(decoded.text) > 0.05) {
    return { ok: false, rule: 'binary-content', message: `decoded as ${decoded.encoding} but more than 5% control characters` };
  }
  return decoded;
}
