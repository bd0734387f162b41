import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestRecord } from '../../../pipeline/lib/types.ts';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { extractHtml } from '../../../pipeline/stages/ingest/html-extract.ts';

const html = readFileSync(join(import.meta.dirname, '../../fixtures/clean/html/meta-jsonld.html'), 'utf8');

describe('HTML input', () => {
  const { text, meta } = extractHtml(html);

  it('reads meta tags and JSON-LD', () => {
    expect(meta.title).toBe('Harbour reopens after storm');
    expect(meta.published).toBe('2019-03-02T08:15:00+00:00');
    expect(meta.site).toBe('Coastal Times');
    expect(meta.lang).toBe('en-GB');
    expect(meta.authors.join(' ')).toContain('Mary Fisher');
  });

  it('cleans the extracted article with the page metadata', () => {
    const doc: IngestRecord = { id: 'h1', source: 'a.html', url: null, format: 'html', encoding: 'utf-8', text, meta };
    const out = cleanStage.create(cleanDefaults)(doc);
    if (!out.ok) throw new Error(out.diagnostic.message);
    const v = out.value;
    expect(v.title).toBe('Harbour reopens after storm');
    expect(v.published).toBe('2019-03-02T08:15:00+00:00');
    expect(v.published_precision).toBe('datetime');
    expect(v.site).toBe('Coastal Times');
    expect(v.authors).toEqual(['Mary Fisher', 'Tom Reed']);
    const paras = v.body.split('\n\n');
    expect(paras[0].startsWith('The harbour reopened on Saturday')).toBe(true);
    expect(paras[paras.length - 1].endsWith('the cost of the damage.')).toBe(true);
    expect(v.body).not.toContain('Advertisement');
    expect(v.body).not.toContain('By Mary Fisher');
  });
});
