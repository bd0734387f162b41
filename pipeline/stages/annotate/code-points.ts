/** Converts offsets between UTF-16 code units (JavaScript strings) and Unicode code points. */
export interface OffsetMap {
  /** UTF-16 offset -> code-point offset. */
  toCodePoint(utf16: number): number;
  /** Code-point offset -> UTF-16 offset. */
  toUtf16(codePoint: number): number;
}

const identity: OffsetMap = Object.freeze({ toCodePoint: (n: number) => n, toUtf16: (n: number) => n });

/**
 * Builds the offset map of a text; the identity when it has no astral characters.
 *
 * @example
 * offsetMap('a😀b').toCodePoint(3) // 2
 */
export function offsetMap(text: string): OffsetMap {
  if (!/[\uD800-\uDFFF]/.test(text)) return identity;
  const cpAt = new Uint32Array(text.length + 1);
  const u16At: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    cpAt[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { u16At[cp] = i; cpAt[i + 1] = cp; i++; cp++; continue; }
    }
    u16At[cp] = i;
    cp++;
  }
  cpAt[text.length] = cp;
  u16At[cp] = text.length;
  return {
    toCodePoint: (n) => cpAt[Math.max(0, Math.min(n, text.length))]!,
    toUtf16: (n) => u16At[Math.max(0, Math.min(n, cp))]!,
  };
}
