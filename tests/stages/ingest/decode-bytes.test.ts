import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from '../../../pipeline/stages/ingest/decode-bytes.ts';

const utf16 = (text: string, le: boolean, bom: boolean): Uint8Array => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', new TextEncoder().encode('Café “quoted”'), 'utf-8', 'Café “quoted”'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Año')]), 'utf-8-bom', 'Año'],
    ['UTF-16LE with BOM', utf16('Grüße aus Köln', true, true), 'utf-16le', 'Grüße aus Köln'],
    ['UTF-16BE with BOM', utf16('Grüße aus Köln', false, true), 'utf-16be', 'Grüße aus Köln'],
    ['UTF-16LE without BOM', utf16('Plain ASCII text in UTF-16', true, false), 'utf-16le', 'Plain ASCII text in UTF-16'],
    ['invalid UTF-8 falls back to Windows-1252', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]), 'windows-1252', 'Café “q”'],
  ])('%s', (_name, bytes, encoding, text) => {
    const d = decodeBytes(bytes);
    expect(d).toEqual({ ok: true, encoding, text });
  });

  it('refuses binary data with NUL bytes', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, rule: 'binary-content' });
  });

  it('refuses text that is mostly control characters', () => {
    const bytes = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, rule: 'binary-content' });
  });

  it('round-trips any UTF-8 string without NUL or control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const clean = s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g, '');
      const d = decodeBytes(new TextEncoder().encode(clean));
      return d.ok && d.text === clean;
    }));
  });
});
