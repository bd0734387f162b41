/**
 * Windows-1252 code points of bytes 0x80-0x9F (the rest of the code page equals Latin-1).
 * Node's own 'windows-1252' decoder maps these bytes to C1 controls, so ingest decodes itself.
 * Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 value.
 */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes bytes as Windows-1252 (the Latin-1 fallback of ingest).
 *
 * @example
 * decodeCp1252(new Uint8Array([0x93, 0x68, 0x69, 0x94])); // '“hi”'
 */
export function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
