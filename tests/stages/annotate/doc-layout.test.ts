import { describe, expect, it } from 'vitest';
import { offsetMap } from '../../../pipeline/stages/annotate/code-points.ts';
import { docLayout } from '../../../pipeline/stages/annotate/doc-layout.ts';
import { makeRecord } from './make-record.ts';

describe('docLayout', () => {
  it('converts the record’s code-point ranges to UTF-16', () => {
    const r = makeRecord({ name: 'x', published: null, published_precision: null, paragraphs: ['😀 One. Two.', 'Three.'] });
    const l = docLayout(r, offsetMap(r.body));
    expect(l.paragraphs).toEqual([[0, 12], [14, 20]]);
    expect(l.sentences.map((s) => r.body.slice(s.start, s.end))).toEqual(['😀 One.', 'Two.', 'Three.']);
  });

  it('falls back to splitting the body when segment gave nothing', () => {
    const body = 'First one. Second one.\n\nThird one.';
    const l = docLayout({ body, paragraphs: [], sentences: [] }, offsetMap(body));
    expect(l.paragraphs).toEqual([[0, 22], [24, 34]]);
    expect(l.sentences.map((s) => [body.slice(s.start, s.end), s.paragraph])).toEqual([['First one.', 0], ['Second one.', 0], ['Third one.', 1]]);
  });
});
