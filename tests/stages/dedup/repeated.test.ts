import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectSentenceUnits, countRepeated, countRepeatedUnits } from '../../../pipeline/stages/dedup/repeated.ts';
import { makeSegmentRecord } from '../../fixtures/dedup/make-records.ts';

const counts = (bodies: string[]): number[][] =>
  countRepeated(bodies.map((b, i) => makeSegmentRecord(b, String(i).padStart(16, '0'))), { minClauseWords: 8 }).map((c) => Array.from(c));

describe('countRepeated', () => {
  it('counts other articles holding the same normalised sentence, once per article', () => {
    expect(counts([
      'The talks failed. Both sides walked out. The talks failed.',
      '“THE TALKS FAILED!” Nobody came.',
      'Something else.',
    ])).toEqual([[1, 0, 1], [1, 0], [0]]);
  });

  it('matches a long leading clause quoted with another ending', () => {
    expect(counts([
      '“This is not a decision that was taken lightly,” Kirby said in a statement.',
      '"This is not a decision that was taken lightly, unfortunately, Russia failed."',
      'This is not a decision that was taken lightly.',
    ])).toEqual([[2], [2], [2]]);
  });

  it('ignores short leading clauses', () => {
    expect(counts(['In a statement, Kirby said no.', 'In a statement, Earnest said yes.'])).toEqual([[0], [0]]);
  });
});

describe('countRepeatedUnits', () => {
  const words = ['talks', 'failed', 'Kerry', 'said', 'Russia', 'the', 'ceasefire', 'in', 'Aleppo', 'held'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 9 }).map((w) => `${w.join(' ')}.`);
  // bodies drawn from a small pool of sentences, so that articles share some
  const corpus = fc.array(sentence, { minLength: 2, maxLength: 5 }).chain((pool) =>
    fc.array(fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 5 }).map((picks) => picks.map((p) => pool[p]).join(' ')), { minLength: 1, maxLength: 8 }));

  it('gives the same counts in one pass or in many (units split by their hash bits), for any kept subset', () => {
    let shared = 0;
    fc.assert(fc.property(corpus, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (bodies, keep) => {
      const records = bodies.map((b, i) => makeSegmentRecord(b, String(i).padStart(16, '0')));
      const su = collectSentenceUnits(records, { minClauseWords: 3 });
      const docs = records.map((_, i) => i).filter((i) => keep[i]);
      const one = countRepeatedUnits(su, docs).map((c) => Array.from(c));
      if (one.some((c) => c.some((n) => n > 0))) shared++;
      for (const perPass of [1, 3, 16]) expect(countRepeatedUnits(su, docs, perPass).map((c) => Array.from(c))).toEqual(one);
    }), { numRuns: 80, seed: 7 });
    expect(shared).toBeGreaterThan(20); // the property was tried on corpora with repeats
  });
});
