import { describe, expect, it } from 'vitest';
import { findDates } from '../../../pipeline/stages/annotate/dates.ts';
import { referenceDay } from '../../../pipeline/stages/annotate/reference-date.ts';
import { fixture } from './make-record.ts';

const cases = fixture<{ cases: Array<{ text: string; reference: string | null; expected: Array<[string, string | null]> }> }>('cases/dates.json').cases;

describe('findDates', () => {
  it.each(cases)('$text (published $reference)', ({ text, reference, expected }) => {
    const found = findDates(text, 0, text.length, { language: 'en', reference: referenceDay(reference, reference ? 'day' : null) });
    expect(found.map((d) => [text.slice(d.start, d.end), d.normalized])).toEqual(expected);
  });

  it('reads only the given range and reports offsets in the whole text', () => {
    const text = 'Ignored Monday. Then on Tuesday, the talks.';
    const found = findDates(text, 16, text.length, { language: 'en', reference: { year: 2016, month: 10, day: 6 } });
    expect(found).toEqual([{ start: 24, end: 31, normalized: '2016-10-04' }]);
  });

  it('parses French with the French parser', () => {
    const text = 'Le sommet a eu lieu le 11 mai 2017 à Sotchi.';
    const found = findDates(text, 0, text.length, { language: 'fr', reference: null });
    expect(found.map((d) => d.normalized)).toContain('2017-05-11');
  });
});
