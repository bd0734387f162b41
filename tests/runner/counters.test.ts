import { describe, expect, it } from 'vitest';
import { Counters } from '../../pipeline/runner/counters.ts';

describe('Counters', () => {
  it('counts total, kept and dropped_<rule> per stage, in stage order, keys sorted', () => {
    const c = new Counters();
    c.seen('ingest', 3);
    c.kept('ingest', 2);
    c.dropped('ingest', 'empty-input');
    c.seen('clean');
    c.dropped('clean', 'no-article-body');
    c.add('ingest', 'identical_inputs');
    expect(c.toJSON()).toEqual({ ingest: { total: 3, kept: 2, dropped_empty_input: 1, identical_inputs: 1 }, clean: { total: 1, kept: 0, dropped_no_article_body: 1 } });
    expect(Object.keys(c.toJSON().ingest)).toEqual(['total', 'kept', 'dropped_empty_input', 'identical_inputs']);
  });

  it('merges counters reported by workers', () => {
    const c = new Counters();
    c.merge({ clean: { total: 2, kept: 1, dropped_x: 1 } });
    c.merge({ clean: { total: 3, kept: 3 }, segment: { total: 3, kept: 3 } });
    expect(c.toJSON()).toEqual({ clean: { total: 5, kept: 4, dropped_x: 1 }, segment: { total: 3, kept: 3 } });
  });
});
