import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markRemoved } from '../../pipeline/cli/raw-text.ts';

describe('markRemoved', () => {
  it.each([
    ['Share\nBody.', [{ start: 0, end: 5, rule: 'share-phrase' }], '[-Share-]{share-phrase}\nBody.'],
    ['a😀b c', [{ start: 1, end: 2, rule: 'x' }], 'a[-😀-]{x}b c'],
    ['abc', [{ start: 2, end: 9, rule: 'x' }, { start: 0, end: 1, rule: 'y' }], '[-a-]{y}b[-c-]{x}'],
    ['abcd', [{ start: 0, end: 3, rule: 'x' }, { start: 2, end: 4, rule: 'y' }], '[-abc-]{x}[-d-]{y}'],
    ['abc', [], 'abc'],
  ])('%j %j', (text, marks, want) => {
    expect(markRemoved(text, marks)).toBe(want);
  });

  it('removing the marks gives the text back, whatever the spans', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.tuple(fc.nat(50), fc.nat(50))), (text, spans) => {
      const marks = spans.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b), rule: 'r' }));
      const marked = markRemoved(text.replace(/[[\]{}-]/g, ''), marks);
      expect(marked.replace(/\[-|-\]\{r\}/g, '')).toBe(text.replace(/[[\]{}-]/g, ''));
    }));
  });
});
