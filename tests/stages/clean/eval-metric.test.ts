import { describe, expect, it } from 'vitest';
import { dateMatches, shingleScore, shingles, tokens } from '../../../pipeline/eval/clean.ts';

describe('clean evaluation metric', () => {
  it('tokenises with \\w+ semantics, case kept', () => {
    expect(tokens("Don't stop, Zürich_1!")).toEqual(['Don', 't', 'stop', 'Zürich_1']);
  });

  it('builds 4-token shingles, short texts as one shingle', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([['a b c d', 1], ['b c d e', 1]]);
    expect([...shingles('a b').entries()]).toEqual([['a b', 1]]);
    expect(shingles('').size).toBe(0);
  });

  it('scores precision and recall over shingle multisets', () => {
    expect(shingleScore('a b c d e', 'a b c d e')).toEqual({ p: 1, r: 1, f1: 1 });
    const s = shingleScore('a b c d x', 'a b c d e f');
    expect(s.p).toBe(0.5);
    expect(s.r).toBeCloseTo(1 / 3);
    expect(shingleScore('', 'a b c d')).toEqual({ p: null, r: 0, f1: 0 });
  });

  it('compares dates at the expected precision', () => {
    expect(dateMatches('2015-07-24T05:36:09+01:00', '2015-07-24 05:36:09')).toBe(true);
    expect(dateMatches('2015-07-25', '2015-07-24T23:00:00Z')).toBe(false);
    expect(dateMatches(null, '2015-07-24')).toBe(false);
  });
});
