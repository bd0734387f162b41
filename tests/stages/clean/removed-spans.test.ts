import { describe, expect, it } from 'vitest';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { buildRemoved, sentenceParts } from '../../../pipeline/stages/clean/removed-spans.ts';
import { splitLines } from '../../../pipeline/stages/clean/split-lines.ts';

describe('removed spans', () => {
  it('splits a bio line into bio and licence parts', () => {
    const text = 'Jo Ray writes for Example.com. This article may be reposted in full with attribution.';
    const parts = sentenceParts(text, { rule: 'author-bio', kind: 'author-bio' }, createPhraseMatcher());
    expect(parts.map((p) => [p.kind, text.slice(p.from, p.to)])).toEqual([
      ['author-bio', 'Jo Ray writes for Example.com.'],
      ['licence', 'This article may be reposted in full with attribution.'],
    ]);
  });

  it('merges neighbouring lines removed by one rule, with exact code-point offsets', () => {
    const text = '😀 Home\nNews\n\nKept paragraph.\nShare';
    const lines = splitLines(text);
    const removed = buildRemoved(text, lines, new Set([2]), (i) => [{ from: 0, to: lines[i].text.length, rule: i < 2 ? 'nav' : 'share', kind: i < 2 ? 'navigation' : 'share' }]);
    expect(removed).toEqual([
      { start: 0, end: 11, text: '😀 Home\nNews', rule: 'nav', kind: 'navigation' },
      { start: 29, end: 34, text: 'Share', rule: 'share', kind: 'share' },
    ]);
    const cps = [...text];
    for (const s of removed) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  });
});
