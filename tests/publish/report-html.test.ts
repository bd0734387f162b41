import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../pipeline/publish/report-html.ts';
import { sampleManifest, sampleTables } from '../helpers/sample-dataset.ts';

describe('report.html', () => {
  const manifest = { ...sampleManifest(), tables: {}, files: {} };
  const html = reportHtml(manifest, sampleTables());

  it('is a complete page with one chart per question', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const title of ['Where every input went', 'Articles by site', 'Articles by language', 'Rejects by rule', 'Entities by label', 'Quotes by speaker']) {
      expect(html).toContain(`<h2>${title}</h2>`);
    }
    expect(html).toContain('3 inputs: 1 articles, 1 duplicates, 1 rejects');
  });

  it('escapes text from the data', () => {
    const tables = sampleTables();
    tables.articles[0].site = '<script>alert(1)</script>';
    const page = reportHtml(manifest, tables);
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;');
  });

  it('is the same for the same data', () => {
    expect(reportHtml(manifest, sampleTables())).toBe(html);
  });
});
