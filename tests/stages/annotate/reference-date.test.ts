import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, isoDay, isoWeek, referenceDay } from '../../../pipeline/stages/annotate/reference-date.ts';

describe('reference dates', () => {
  it.each([
    ['2016-10-04T06:00:00-04:00', 'datetime', { year: 2016, month: 10, day: 4 }],
    ['2017-05-11', 'day', { year: 2017, month: 5, day: 11 }],
    ['2017-05', 'month', null],
    [null, null, null],
  ] as const)('referenceDay(%s, %s)', (published, precision, expected) => {
    expect(referenceDay(published, precision)).toEqual(expected);
  });

  it.each([
    [{ year: 2016, month: 9, day: 27 }, '2016-W39'],
    [{ year: 2021, month: 1, day: 3 }, '2020-W53'],
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
    [{ year: 2023, month: 1, day: 2 }, '2023-W01'],
  ])('isoWeek(%o) = %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });

  it('round-trips day numbers', () => {
    const d = { year: 2000, month: 2, day: 29 };
    expect(fromDayNumber(dayNumber(d))).toEqual(d);
    expect(isoDay(fromDayNumber(dayNumber(d) + 1))).toBe('2000-03-01');
  });
});
