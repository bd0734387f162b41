import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../pipeline/stages/ingest/html-extract.ts';

const para = (k: number): string => `<p>Paragraph ${k}: the builder was fined after rubble from a kitchen refit was dumped in a country lane near the village, magistrates heard on Monday, and the council said it would keep watching the lane for more waste.</p>`;

/** A page without metadata tags: the byline and date are printed beside the headline, outside the article's paragraphs. */
function page(lang: string, info: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>Gazette | News</title></head><body>
<div id="header"><div>Tuesday, 14 March 2023</div><div>Gazette</div></div>
<div id="main"><h1>Builder fined after rubble dumped in lane</h1><div class="storyinfo">${info}</div>
<div class="story">${[1, 2, 3, 4, 5].map(para).join('\n')}</div></div><div id="footer">© 2023 Gazette Ltd</div></body></html>`;
}

describe('extractHtml: metadata printed around the headline', () => {
  it.each([
    ['en-GB', 'By Gemma Thorne, Court Reporter<br>Posted on 13 March 2023', ['Gemma Thorne'], '2023-03-13'],
    ['it', 'di Giulia Ferraro - 12/10/2022', ['Giulia Ferraro'], '2022-10-12'],
    ['en-US', 'Jane Doe and John Roe<br>3/9/2023', ['Jane Doe', 'John Roe'], '2023-03-09'],
  ])('%s: %s', (lang, info, authors, published) => {
    const { meta } = extractHtml(page(lang, info));
    expect(meta.authors).toEqual(authors);
    expect(meta.published).toBe(published);
  });

  it('keeps the metadata tags when they are present', () => {
    const html = page('en', 'By Gemma Thorne<br>Posted on 13 March 2023').replace('<title>', '<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2023-03-12T08:00:00Z"><title>');
    const { meta } = extractHtml(html);
    expect(meta.authors).toEqual(['Ann Lee']);
    expect(meta.published).toBe('2023-03-12T08:00:00Z');
  });
});
