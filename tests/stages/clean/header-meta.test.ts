import { describe, expect, it } from 'vitest';
import { headerMeta } from '../../../pipeline/stages/clean/header-meta.ts';

const BODY = 'The builder was fined on 4 May 2022 after a trial that lasted three weeks, the court heard on Monday.';
const page = (...rows: string[]): string => ['Home', 'News', ...rows, BODY, 'Comments'].join('\n\n');

describe('headerMeta', () => {
  it.each<[string, string, string | null, boolean | undefined, { authors: string[]; published: string | null }]>([
    ['a byline with a role and a "Posted on" line', page('Builder fined', 'By Gemma Thorne, Court Reporter', 'Posted on 13 March 2023'), 'Builder fined', undefined, { authors: ['Gemma Thorne'], published: '2023-03-13' }],
    ['the date inside a French byline line', page('Une exposition', 'Par Sophie Lemaire · Publié le 21 septembre 2022 · 5 min de lecture'), 'Une exposition', false, { authors: ['Sophie Lemaire'], published: '2022-09-21' }],
    ['a numeric date read day first', page('Torna a splendere', 'di Giulia Ferraro - 12/10/2022'), 'Torna a splendere', false, { authors: ['Giulia Ferraro'], published: '2022-10-12' }],
    ['the publication date after an update date', page('Spice exports', 'priya_nair_90x90.jpgPriya Nair, DCT Bureau', 'Last Updated: Mar 6, 2021 | Published: Mar 5, 2021, 10:42 PM'), 'Spice exports', true, { authors: ['Priya Nair'], published: '2021-03-05T22:42:00' }],
    ['a date in the first paragraph is not the publication date', page('Builder fined', 'Share'), 'Builder fined', undefined, { authors: [], published: null }],
    ['an update date alone is not the publication date', page('Builder fined', 'Updated 14 March 2023'), 'Builder fined', undefined, { authors: [], published: null }],
    ['no headline on the page: nothing is guessed', page('Another story', 'By Jane Doe', '13 March 2023'), 'Builder fined', undefined, { authors: [], published: null }],
    ['a date right above the headline', page('13 March 2023', 'Builder fined', 'Share'), 'Builder fined', undefined, { authors: [], published: '2023-03-13' }],
  ])('%s', (_, text, headline, monthFirst, want) => {
    expect(headerMeta(text, headline, monthFirst)).toEqual(want);
  });
});
