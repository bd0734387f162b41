import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { seedRecord } from './seed-record.ts';

interface SeedExpectation {
  title: string;
  authors: string[];
  published: string | null;
  published_precision: string | null;
  published_raw: string | null;
  site: string | null;
  paragraphs: number;
  bodyStart: string;
  bodyEnd: string;
  bodyContains: string[];
  bodyExcludes: string[];
  /** [kind, rule, text] of every removed span, in page order. */
  removed: Array<[string, string, string]>;
  repairs: Record<string, number>;
  comment_count: number;
  /** [index, parent, author, posted, text prefix]. */
  comments: Array<[number, number | null, string | null, string | null, string]>;
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/clean');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'seeds-expected.json'), 'utf8')) as Record<string, SeedExpectation>;
const clean = cleanStage.create(cleanDefaults);

describe.each(Object.entries(expected))('seed %s', (file, want) => {
  const doc = seedRecord(join(FIXTURES, 'seeds', file));
  const result = clean(doc);
  if (!result.ok) throw new Error(`${file}: ${result.diagnostic.ruleId}`);
  const out = result.value;

  it('carries the ingest fields unchanged', () => {
    expect([out.id, out.source, out.url, out.format, out.encoding]).toEqual([doc.id, doc.source, doc.url, doc.format, doc.encoding]);
  });
  it('finds title, authors, date and site', () => {
    expect({ title: out.title, authors: out.authors, published: out.published, published_precision: out.published_precision, published_raw: out.published_raw, site: out.site }).toEqual({
      title: want.title, authors: want.authors, published: want.published, published_precision: want.published_precision, published_raw: want.published_raw, site: want.site,
    });
  });
  it('keeps exactly the article paragraphs', () => {
    const paras = out.body.split('\n\n');
    expect(paras).toHaveLength(want.paragraphs);
    expect(paras[0].startsWith(want.bodyStart)).toBe(true);
    expect(paras[paras.length - 1].endsWith(want.bodyEnd)).toBe(true);
    expect(out.body).toBe(out.body.trim());
    expect(out.body).not.toMatch(/\n{3,}/);
    for (const s of want.bodyContains) expect(out.body).toContain(s);
    for (const s of want.bodyExcludes) expect(out.body).not.toContain(s);
  });
  it('records every removed span with kind, rule and exact offsets', () => {
    const cps = [...doc.text];
    for (const span of out.removed) expect(cps.slice(span.start, span.end).join('')).toBe(span.text);
    const listed = out.removed.filter((s) => s.kind !== 'comments' || s.rule !== 'comment-section').map((s) => [s.kind, s.rule, s.text]);
    expect(listed).toEqual(want.removed);
    const starts = out.removed.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
  it('reports repairs by rule, sorted', () => {
    const rules = out.repairs.map((r) => r.rule);
    expect(rules).toEqual([...rules].sort());
    for (const [rule, count] of Object.entries(want.repairs)) expect(out.repairs.find((r) => r.rule === rule)?.count).toBe(count);
  });
  it('splits the comment section into rows', () => {
    expect(out.comment_count).toBe(want.comment_count);
    expect(out.comments.map((c) => [c.index, c.parent, c.author, c.posted])).toEqual(want.comments.map((c) => c.slice(0, 4)));
    out.comments.forEach((c, i) => expect(c.text.startsWith(want.comments[i][4])).toBe(true));
    for (const c of out.comments) expect(out.body).not.toContain(c.text.slice(0, 40));
  });
  it('counts boilerplate code points', () => {
    expect(out.boilerplate_chars).toBeGreaterThan(0);
    expect(out.boilerplate_chars).toBeLessThan([...doc.text].length);
  });
});
