import { describe, expect, it } from 'vitest';
import { TableProfiler } from '../../pipeline/publish/column-profile.ts';
import { specs } from '../helpers/published.ts';

describe('TableProfiler', () => {
  it('counts nulls and keeps the first non-empty value, fed in batches', () => {
    const p = new TableProfiler(specs.comments)
      .add([{ article_id: 'a', index: 1, parent: null, author: '', posted: null, text: 'x', language: null }])
      .add([{ article_id: 'a', index: 2, parent: 1, author: 'RJ', posted: null, text: 'y', language: 'en' }])
      .result();
    expect(p.parent).toEqual({ nulls: 1, rows: 2, example: 1 });
    expect(p.author).toEqual({ nulls: 0, rows: 2, example: 'RJ' });
    expect(p.posted).toEqual({ nulls: 2, rows: 2, example: null });
    expect(p.index.example).toBe(1);
  });

  it('falls back to an empty value when nothing else is there', () => {
    const p = new TableProfiler(specs.articles).add([{ quality_flags: [] }, { quality_flags: [] }]).result();
    expect(p.quality_flags).toEqual({ nulls: 0, rows: 2, example: [] });
    expect(new TableProfiler(specs.articles).add([{ quality_flags: [] }, { quality_flags: ['x'] }]).result().quality_flags.example).toEqual(['x']);
  });
});
