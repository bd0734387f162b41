import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../pipeline/stages/ingest/ingest-bytes.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('ingestBytes', () => {
  it('reads a text dump: stable id from the bytes, NFC, LF line ends', () => {
    const bytes = enc('Title\r\n\r\nCafe\u0301 body.');
    const [o] = ingestBytes('a/b.txt', 'txt', bytes);
    expect(o.ok && o.record).toMatchObject({ source: 'a/b.txt', format: 'txt', encoding: 'utf-8', text: 'Title\n\nCafé body.', url: null });
    expect(o.ok && o.record.id).toMatch(/^[0-9a-f]{16}$/);
    expect(ingestBytes('other.txt', 'txt', bytes)[0]).toMatchObject({ ok: true, record: { id: o.ok ? o.record.id : '' } });
  });

  it.each([
    ['empty file', enc(''), 'empty-input'],
    ['whitespace only', enc(' \n\t \r\n '), 'empty-input'],
    ['binary with NUL bytes', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x41, 0x00, 0x42, 0x43, 0x00]), 'binary-content'],
  ])('%s is a reject naming the file and rule', (_n, bytes, rule) => {
    const [o] = ingestBytes('x.txt', 'txt', bytes);
    expect(o.ok).toBe(false);
    if (!o.ok) {
      expect(o.reject).toMatchObject({ source: 'x.txt', stage: 'ingest', rule });
      expect(o.reject.message).toContain('x.txt');
    }
  });

  it('reads a JSONL file record by record; a broken line is a reject with its line number', () => {
    const text = [
      JSON.stringify({ id: 'r1', url: 'https://example.org/a', text: 'First story.\n\nBody text here.' }),
      '{"id": "r2", "text": "unterminated',
      '',
      JSON.stringify({ html: '<html><head><title>T</title></head><body><article><p>Some article paragraph long enough to be read as the content of this page by the extractor.</p></article></body></html>' }),
      JSON.stringify({ id: 'r4' }),
      JSON.stringify({ id: 'r5', text: 42 }),
      '[1, 2]',
    ].join('\n');
    const out = ingestBytes('feed.jsonl', 'jsonl', enc(text));
    expect(out.map((o) => (o.ok ? `ok ${o.record.source} ${o.record.id}` : `reject ${o.reject.source} ${o.reject.rule}`))).toEqual([
      'ok feed.jsonl:1 r1',
      'reject feed.jsonl:2 invalid-json',
      expect.stringMatching(/^ok feed\.jsonl:4 [0-9a-f]{16}$/),
      'reject feed.jsonl:5 missing-content',
      'reject feed.jsonl:6 invalid-record',
      'reject feed.jsonl:7 invalid-record',
    ]);
    expect(out[0].ok && out[0].record.url).toBe('https://example.org/a');
    expect(out[2].ok && out[2].record.text).toContain('Some article paragraph');
  });

  it('extracts HTML through the DOM and keeps the page metadata', () => {
    const html = '<html lang="en"><head><title>Big News - Site</title><meta property="og:site_name" content="Example Times"></head><body><nav>Home | World</nav><article><h1>Big News</h1><p>The first paragraph of the story is long enough to count as real article text for the extractor.</p><p>The second paragraph adds more detail, with several more words to read.</p></article></body></html>';
    const [o] = ingestBytes('page.html', 'html', enc(html));
    expect(o.ok).toBe(true);
    if (o.ok) {
      expect(o.record.text).toContain('The first paragraph of the story');
      expect(o.record.text).toContain('\n\nThe second paragraph');
      expect(o.record.meta.site).toBe('Example Times');
    }
  });
});
