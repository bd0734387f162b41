import { describe, expect, it } from 'vitest';
import { qualityFlags, qualitySignals } from '../../../pipeline/stages/annotate/quality.ts';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { tokenize } from '../../../pipeline/stages/annotate/tokenize.ts';

const res = loadResources();
const signals = (paragraphs: string[]) => {
  const body = paragraphs.join('\n\n');
  return qualitySignals(body, paragraphs, tokenize(body, 0, body.length, res.tokenOptions), res);
};

describe('quality signals', () => {
  it('measures a normal paragraph', () => {
    const s = signals(['The minister said that the talks with the rebels had failed.', 'He will travel to Geneva with his aides.']);
    expect(s.stopword_count).toBe(7);
    expect(s.end_punct_fraction).toBe(1);
    expect(s.dup_line_fraction).toBe(0);
    expect(s.dup_ngram_fraction).toBe(0);
    expect(s.mean_word_length).toBeGreaterThan(3);
  });

  it('sees repeated lines, n-grams, symbols and digits', () => {
    const line = 'Click here to subscribe to our newsletter now';
    const s = signals([line, line, line, 'Scores 2024 2025 2026 and 1999.']);
    expect(s.dup_line_fraction).toBe(0.5);
    expect(s.dup_ngram_fraction).toBeGreaterThan(0.5);
    expect(s.top_ngram_fraction).toBeGreaterThan(0.2);
    expect(s.digit_ratio).toBeGreaterThan(0.1);
    expect(s.end_punct_fraction).toBe(0.25);
    expect(signals(['#news #world #today … more #tags']).symbol_ratio).toBeGreaterThan(0.5);
  });

  it('flags every rule an article breaks, in rule order', () => {
    const s = signals(['Buy now', 'Buy now', 'Buy now']);
    expect(qualityFlags(s, 6, res.qualityRules)).toEqual(['too-few-words', 'few-stopwords', 'low-end-punctuation', 'duplicate-lines', 'repeated-top-bigram']);
    expect(qualityFlags({ ...s, stopword_count: 10, end_punct_fraction: 1, dup_line_fraction: 0, top_ngram_fraction: 0 }, 500, res.qualityRules)).toEqual([]);
  });
});
