const SURROGATE = /[\ud800-\udfff]/;

/**
 * Maps UTF-16 indexes of `text` to Unicode code-point offsets (what Python's
 * `str` slicing uses). Returns the identity when `text` has no surrogates.
 *
 * @example
 * const toCp = codePointMapper('a😀b');
 * toCp(3); // 2
 */
export function codePointMapper(text: string): (utf16: number) => number {
  if (!SURROGATE.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // A low surrogate that follows a high one belongs to the same code point.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
    else map[i] = cp - 1;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Number of Unicode code points of `text`. */
export function countCodePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHigh(c) && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
