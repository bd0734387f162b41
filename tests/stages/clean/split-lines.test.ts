import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpLength, splitLines } from '../../../pipeline/stages/clean/split-lines.ts';

describe('splitLines', () => {
  it.each([
    ['a\n\n b ', [['a', 0, 1, true], ['b', 4, 5, true]]],
    ['x\ny', [['x', 0, 1, true], ['y', 2, 3, false]]],
    ['\u00a0 😀 emoji\t\nnext', [['😀 emoji', 2, 9, true], ['next', 11, 15, false]]],
    ['', []],
  ])('splits %j', (text, want) => {
    expect(splitLines(text).map((l) => [l.text, l.cpStart, l.cpEnd, l.blankBefore])).toEqual(want);
  });

  it('keeps indentation width', () => {
    expect(splitLines('    • reply\n\tx').map((l) => l.indent)).toEqual([4, 4]);
  });

  it('offsets are code points into the text (property)', () => {
    const chars = fc.constantFrom('a', 'Z', ' ', '\n', '\u00a0', '😀', 'é', 'ש', '\t', '日');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }).map((a) => a.join('')), (text) => {
        const cps = [...text];
        for (const l of splitLines(text)) {
          expect(cps.slice(l.cpStart, l.cpEnd).join('')).toBe(l.text);
          expect(text.slice(l.start, l.end)).toBe(l.text);
          expect(l.text).toBe(l.text.trim());
          expect(l.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('cpLength counts code points', () => {
    expect(cpLength('a😀b')).toBe(3);
    expect(cpLength('abc')).toBe(3);
  });
});
