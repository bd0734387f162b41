import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSentenceSplitter } from '../../../pipeline/stages/segment/split-sentences.ts';

interface Case { name: string; text: string; sentences: string[] }
const cases: Case[] = JSON.parse(readFileSync(new URL('../../fixtures/segment/sentences.json', import.meta.url), 'utf8'));
const split = createSentenceSplitter({ extraAbbreviations: [], splitOnLineBreaks: false });

const sentencesOf = (text: string, splitter = split): string[] => {
  const out: number[] = [];
  splitter(text, 0, text.length, out);
  const result: string[] = [];
  for (let i = 0; i < out.length; i += 2) result.push(text.slice(out[i], out[i + 1]));
  return result;
};

describe('createSentenceSplitter', () => {
  it.each(cases)('$name', ({ text, sentences }) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('adds extra abbreviations from the options', () => {
    const custom = createSentenceSplitter({ extraAbbreviations: ['Corp.'], splitOnLineBreaks: false });
    expect(sentencesOf('Apple Corp. Chief Tim Cook spoke. Then.', custom)).toEqual(['Apple Corp. Chief Tim Cook spoke.', 'Then.']);
    expect(sentencesOf('Apple Corp. Chief Tim Cook spoke. Then.')).toHaveLength(3);
  });

  it('splits on single line breaks only when asked', () => {
    const lines = createSentenceSplitter({ extraAbbreviations: [], splitOnLineBreaks: true });
    expect(sentencesOf('First line\nSecond line', lines)).toEqual(['First line', 'Second line']);
    expect(sentencesOf('First line\nSecond line')).toEqual(['First line\nSecond line']);
  });

  it('stays linear on long lines of periods and letters', () => {
    const text = 'a.'.repeat(200_000) + ' ' + 'x'.repeat(200_000) + '. Y.';
    const t0 = performance.now();
    sentencesOf(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

/** Text built from tokens that exercise every rule of the splitter. */
const TOKENS = ['Mr.', 'U.S.', 'said', 'The', 'the', '.', '?', '!', '...', '…', '"', '“', '”', "'", 'Kerry',
  '9.', 'September', 'No.', '5', '2.5', 'a.m.', 'F.', 'x@y.org', 'www.a.com', '。', '双方', '(', ')', 'é', '😀', 'Ünal', 'e.g.'];
const SPACES = [' ', ' ', ' ', '', '  ', '\n', '\u00a0'];
const textArb = fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SPACES)), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join('').trim());

describe('sentence splitter properties', () => {
  it('spans are in range, ordered, non-overlapping, trimmed and cover every non-space character', () => {
    fc.assert(fc.property(textArb, (text) => {
      const out: number[] = [];
      split(text, 0, text.length, out);
      let covered = 0;
      let prev = 0;
      for (let i = 0; i < out.length; i += 2) {
        const [a, b] = [out[i], out[i + 1]];
        expect(a).toBeGreaterThanOrEqual(prev);
        expect(b).toBeGreaterThan(a);
        expect(b).toBeLessThanOrEqual(text.length);
        expect(/^\S/.test(text.slice(a))).toBe(true);
        expect(/\S$/.test(text.slice(0, b))).toBe(true);
        expect(/\S/.test(text.slice(prev, a))).toBe(false);
        covered += text.slice(a, b).replace(/\s/g, '').length;
        prev = b;
      }
      expect(/\S/.test(text.slice(prev))).toBe(false);
      expect(covered).toBe(text.replace(/\s/g, '').length);
    }), { numRuns: 500 });
  });

  it('is idempotent: each sentence segments to itself', () => {
    fc.assert(fc.property(textArb, (text) => {
      for (const sentence of sentencesOf(text)) expect(sentencesOf(sentence)).toEqual([sentence]);
    }), { numRuns: 500 });
  });
});
