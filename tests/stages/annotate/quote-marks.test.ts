import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../../pipeline/stages/annotate/quote-marks.ts';
import { fixture } from './make-record.ts';

const cases = fixture<{ cases: Array<{ name: string; paragraphs: string[]; expected: string[] }> }>('cases/quote-marks.json').cases;

function ranges(paragraphs: string[]): Array<[number, number]> {
  let at = 0;
  return paragraphs.map((p) => { const r: [number, number] = [at, at + p.length]; at += p.length + 2; return r; });
}

describe('pairQuoteMarks', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    const text = paragraphs.join('\n\n');
    const found = pairQuoteMarks(text, ranges(paragraphs)).map((p) => text.slice(p.open + 1, p.close).replace(/^["“]+/, ''));
    expect(found).toEqual(expected);
  });

  it('stays linear on many plural possessives inside a single quote', () => {
    const text = `‘${'the students’ union '.repeat(20000)}`;
    const t0 = performance.now();
    pairQuoteMarks(text, [[0, text.length]]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('stays linear on long unbalanced input', () => {
    const text = '"a '.repeat(20000);
    const t0 = performance.now();
    pairQuoteMarks(text, [[0, text.length]]);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
