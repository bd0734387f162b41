import { describe, expect, it } from 'vitest';
import { jsonLinesReporter, summaryTable, ttyReporter } from '../../pipeline/runner/progress.ts';

describe('progress reporting', () => {
  it('writes one JSON object per line for stage start and end, with counters', () => {
    let out = '';
    const r = jsonLinesReporter((t) => { out += t; });
    r.stageStart('clean', 10);
    r.stageEnd('clean', { total: 10, kept: 9, dropped_no_article_body: 1 }, 1.23456);
    r.warn('odd');
    expect(out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { event: 'stage-start', stage: 'clean', total: 10 },
      { event: 'stage-end', stage: 'clean', seconds: 1.235, counters: { total: 10, kept: 9, dropped_no_article_body: 1 }, rss_mb: expect.any(Number) },
      { event: 'warning', message: 'odd' },
    ]);
    const rss = JSON.parse(out.split('\n')[1]).rss_mb;
    expect(rss).toBeGreaterThan(10);
    expect(rss).toBeLessThan(64 * 1024);
  });

  it('draws a bar with rate and ETA on a terminal', () => {
    let out = '';
    let t = 0;
    const r = ttyReporter((s) => { out += s; }, () => t);
    r.stageStart('annotate', 1000);
    t = 2000;
    r.advance('annotate', 500);
    expect(out).toMatch(/\rannotate\s+█{12}░{12}\s+500\/1000\s+250 articles\/s\s+ETA 2\.0s/);
  });

  it('summarises inputs, kept, drops, rejects by rule and time per stage', () => {
    const text = summaryTable(
      { inputs: 4, articles: 2, duplicates: 1, rejects: 1 },
      { ingest: { total: 4, kept: 4 }, dedup: { total: 3, kept: 2, duplicates_near: 1 } },
      { ingest: 0.5, dedup: 1.5, publish: 2 },
      { 'clean/no-article-body': 1 },
    );
    expect(text).toBe([
      'inputs 4 = articles 2 + duplicates 1 + rejects 1', '',
      'stage    in  kept  dropped  time',
      'ingest    4     4        0  0.5s',
      'dedup     3     2        1  1.5s',
      'publish                     2.0s', '',
      'rejects by rule:', '       1  clean/no-article-body', '',
    ].join('\n'));
  });

  it('says how much of a run came from saved work', () => {
    const text = summaryTable({ inputs: 1, articles: 1, duplicates: 0, rejects: 0 }, {}, {}, {}, {
      chunks: { reused: 9, total: 10 }, 'annotate groups': { reused: 0, total: 1 },
    });
    expect(text.split('\n').slice(-2)).toEqual(['reused from earlier runs: 9/10 chunks, 0/1 annotate groups', '']);
  });
});
