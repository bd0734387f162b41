import { describe, expect, it } from 'vitest';
import { annotate, fixture } from './make-record.ts';

type Case = { name: string; paragraphs: string[]; expected: Array<[string, string | null, string | null, string]> };
const cases = fixture<{ cases: Case[] }>('cases/quotes.json').cases;

describe('quotes (direct and indirect)', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    const quotes = annotate(paragraphs).quotes;
    expect(quotes.length, JSON.stringify(quotes)).toBe(expected.length);
    expected.forEach(([start, speaker, cue, kind], i) => {
      const q = quotes[i]!;
      expect(q.text.startsWith(start), `${q.text} starts with ${start}`).toBe(true);
      expect(q.speaker).toBe(speaker);
      expect(q.cue).toBe(cue);
      expect(q.kind).toBe(kind);
    });
  });

  it('gives no entities or quotes to reader comments, only a language', () => {
    const r = annotate(['“We will win,” Kerry said in Geneva.']);
    expect(r.comments).toEqual([]);
  });
});
