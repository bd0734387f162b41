import { describe, expect, it } from 'vitest';
import { recordFromParagraphs } from '../../../pipeline/stages/annotate/record-from-paragraphs.ts';

describe('recordFromParagraphs', () => {
  it('joins paragraphs and splits sentences, not after abbreviations', () => {
    const r = recordFromParagraphs({ name: 'a', published: '2016-10-04', published_precision: 'day', paragraphs: ['Mr. Orban met U.S. officials. They left.', 'Done.'] });
    expect(r.body).toBe('Mr. Orban met U.S. officials. They left.\n\nDone.');
    expect(r.sentences.map((s) => s.text)).toEqual(['Mr. Orban met U.S. officials.', 'They left.', 'Done.']);
    expect(r.paragraphs).toEqual([{ index: 0, start: 0, end: 40 }, { index: 1, start: 42, end: 47 }]);
    expect(r.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.words).toBe(8);
  });
});
