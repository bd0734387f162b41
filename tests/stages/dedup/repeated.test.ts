import { describe, expect, it } from 'vitest';
import { countRepeated } from '../../../pipeline/stages/dedup/repeated.ts';
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
