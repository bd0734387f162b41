import { describe, expect, it } from 'vitest';
import { metaAuthors, readMeta } from '../../../pipeline/stages/clean/read-meta.ts';

describe('readMeta', () => {
  it('normalises HTML metadata', () => {
    const m = readMeta({ title: 'Hello world | Example', authors: ['By Jane Doe'], published: '2017-05-11T10:00:00+02:00', site: 'Example', lang: 'en' });
    expect(m.title).toBe('Hello world | Example');
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.published).toMatchObject({ iso: '2017-05-11T10:00:00+02:00', precision: 'datetime', raw: '2017-05-11T10:00:00+02:00' });
    expect(m.site).toBe('Example');
  });

  it.each([
    ['Headline - Breitbart', 'Breitbart', 'Headline - Breitbart'],
    ['  Two\n  lines | Site ', 'Site', 'Two lines | Site'],
    ['Plain headline', null, 'Plain headline'],
    ['   ', 'Site', null],
  ])('keeps the declared title %j (site %j) as %j', (title, site, want) => {
    expect(readMeta({ title, authors: [], published: null, site, lang: null }).title).toBe(want);
  });

  it.each([
    ['BBC News', ['BBC News']],
    ['Mac & i', ['Mac & i']],
    ['Stella Kim, Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['By GILLIAN MOHNEY', ['Gillian Mohney']],
    ['Nathan Willis March 25, 2015', ['Nathan Willis']],
    ['https://example.com/author/jane', []],
    ['Sophie Lemaire écrit sur la bande dessinée et l’illustration pour Vue d’ensemble depuis 2015.', ['Sophie Lemaire']],
    ['is a writer who covers the arts for this paper.', []],
    ['Sneha Kulkarni / Bengaluru Metro Mirror', ['Sneha Kulkarni']],
    ['Jane Doe | Northstar Wire Service', ['Jane Doe']],
    ['Written by Arjun Menon , Coimbatore Last Updated:', ['Arjun Menon']],
    ['Reporter Catriona Isbister', ['Catriona Isbister']],
    ['Staff Reporter', []],
    ['Hana Te Rangi, Local Democracy Reporter', ['Hana Te Rangi']],
    ['Callum Reid at Glenview Park', ['Callum Reid']],
    ['Oluwaseun Adebayo-Martins Agriculture Correspondent, Kano', ['Oluwaseun Adebayo-Martins']],
    ['Siobhán Kearney Health Correspondent', ['Siobhán Kearney']],
    ['Jane Doe and John Roe, Staff Writers', ['Jane Doe', 'John Roe']],
    ['Brenda Goodman, MA WebMD Health News', ['Brenda Goodman, MA WebMD Health News']],
    ['December 2, 2026 4:17 PM GMT Updated 2 hours ago', []],
  ])('authors of %s', (value, want) => {
    expect(metaAuthors(value)).toEqual(want);
  });
});
