import { describe, expect, it } from 'vitest';
import { DatasetStats } from '../../pipeline/publish/dataset-stats.ts';
import { reportCharts, reportHtml } from '../../pipeline/publish/report-html.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import { sampleManifest, sampleTables } from '../helpers/sample-dataset.ts';

const statsOf = (tables = sampleTables()): DatasetStats => {
  const s = new DatasetStats();
  for (const t of TABLES) s.add(t, tables[t]);
  return s;
};
const manifest = { ...sampleManifest(), tables: {}, files: {} };

describe('reportCharts', () => {
  const charts = reportCharts(manifest, statsOf());

  it('has one chart per question of the report, in page order', () => {
    expect(charts.map((c) => c.id)).toEqual(['inputs', 'published', 'length', 'removed', 'clusters', 'entities', 'speakers', 'languages', 'quality', 'rejects', 'sites']);
  });

  it.each([
    ['inputs', [['articles', [1]], ['duplicates', [1]], ['rejects', [1]]]],
    ['published', [['2016-10', [1]]]],
    ['length', [['<500', [1, 1]]]],
    ['removed', [['title-first-line (1 span)', [14]]]],
    ['clusters', [['2', [1]]]],
    ['entities', [['John Kerry', [1]]]],
    ['speakers', [['John Kerry', [1]]]],
    ['quality', [['too-short', [1]]]],
    ['rejects', [['ingest: empty-input', [1]]]],
  ])('%s draws the counts of the sample tables', (id, rows) => {
    expect(charts.find((c) => c.id === id)!.rows).toEqual(rows);
  });
});

describe('reportHtml', () => {
  const html = reportHtml(manifest, statsOf(), 'Sample news');

  it('is one self-contained page: no script, no external reference', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(html).toContain('3 inputs: 1 articles, 1 duplicates, 1 rejects');
    expect(html.match(/<figure data-chart=/g)).toHaveLength(11);
  });

  it('draws one mark per bar with a value above zero', () => {
    const charts = reportCharts(manifest, statsOf());
    for (const c of charts) {
      const figure = html.slice(html.indexOf(`data-chart="${c.id}"`), html.indexOf('</figure>', html.indexOf(`data-chart="${c.id}"`)));
      const bars = c.rows.flatMap(([, v]) => v).filter((n) => n > 0).length;
      expect((figure.match(/class="mark"/g) ?? []).length, c.id).toBe(bars);
    }
  });

  it('says so when a chart has nothing to draw', () => {
    const tables = sampleTables();
    tables.rejects = [];
    const page = reportHtml({ ...manifest, accounting: { inputs: 2, articles: 1, duplicates: 1, rejects: 0 } }, statsOf(tables));
    const at = page.indexOf('data-chart="rejects"');
    expect(page.slice(at, page.indexOf('</figure>', at))).toContain('none in this dataset');
  });

  it('escapes text from the data', () => {
    const tables = sampleTables();
    tables.articles[0].site = '<script>alert(1)</script>';
    const page = reportHtml(manifest, statsOf(tables));
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&#60;script&#62;');
  });

  it('is the same for the same data', () => {
    expect(reportHtml(manifest, statsOf(), 'Sample news')).toBe(html);
  });
});
