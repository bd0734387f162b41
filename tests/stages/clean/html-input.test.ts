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

describe('HTML input: a byline element when no meta tag names the author', () => {
  const body = '<p>The harbour reopened on Saturday after a week of repairs to the sea wall, the port authority said in a statement.</p><p>Ships queued outside the breakwater for most of the morning before the first ferry docked.</p>';
  // The byline sits in a page header, which Readability drops as an unlikely candidate before it looks for bylines.
  const page = (head: string, byline: string): string =>
    `<html><head><title>Harbour reopens</title>${head}</head><body><div class="header"><h1>Harbour reopens</h1>${byline}</div><article>${body}</article></body></html>`;

  it.each([
    { name: 'a rel=author link', head: '', byline: '<span class="author_top">By <a href="/authors/ana" rel="author">Ana Sandoiu</a></span>', want: ['Ana Sandoiu'] },
    { name: 'an itemprop=author element', head: '', byline: '<div itemprop="author" itemscope><span itemprop="name">Tom Reed</span></div>', want: ['Tom Reed'] },
    { name: 'a byline class', head: '', byline: '<p class="story-byline">By Mary Fisher</p>', want: ['Mary Fisher'] },
    { name: 'an author box, too long for a byline', head: '', byline: `<div class="byline-box">${'Mary Fisher has covered the coast for twenty years and writes about ports, ferries and storms. '.repeat(2)}</div>`, want: [] },
    { name: 'a meta author first', head: '<meta name="author" content="Jane Doe">', byline: '<a rel="author" href="/x">Someone Else</a>', want: ['Jane Doe'] },
  ])('$name', ({ head, byline, want }) => {
    const { text, meta } = extractHtml(page(head, byline));
    const out = cleanStage.create(cleanDefaults)({ id: 'b1', source: 'b.html', url: null, format: 'html', encoding: 'utf-8', text, meta });
    if (!out.ok) throw new Error(out.diagnostic.message);
    expect(out.value.authors).toEqual(want);
  });
});
