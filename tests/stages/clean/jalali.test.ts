import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jalaliLeap, jalaliToGregorian } from '../../../pipeline/stages/clean/jalali.ts';

describe('jalaliToGregorian', () => {
  it.each<[[number, number, number], [number, number, number]]>([
    // Nowruz (1 Farvardin) of known years, and a day of each half of the year
    [[1399, 1, 1], [2020, 3, 20]],
    [[1403, 1, 1], [2024, 3, 20]],
    [[1404, 1, 1], [2025, 3, 21]],
    [[1405, 9, 12], [2026, 12, 3]],
    [[1402, 10, 11], [2024, 1, 1]],
    [[1403, 12, 30], [2025, 3, 20]],
  ])('%j -> %j', ([y, mo, d], [gy, gm, gd]) => {
    expect(jalaliToGregorian(y, mo, d)).toEqual({ y: gy, mo: gm, d: gd });
  });

  it('rejects days the calendar does not have', () => {
    expect(jalaliToGregorian(1405, 7, 31)).toBeNull();
    expect(jalaliToGregorian(1404, 12, 30)).toBeNull(); // 1404 is no leap year
    expect(jalaliToGregorian(1405, 13, 1)).toBeNull();
    expect(jalaliLeap(1403)).toBe(true);
  });

  it('maps consecutive solar days to consecutive Gregorian days', () => {
    const dayOf = (y: number, mo: number, d: number): number => {
      const g = jalaliToGregorian(y, mo, d)!;
      return Date.UTC(g.y, g.mo - 1, g.d) / 86_400_000;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1350, max: 1450 }), fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 29 }), (y, mo, d) => {
        expect(dayOf(y, mo, d + 1) - dayOf(y, mo, d)).toBe(1);
      }),
    );
    // the last day of a year is followed by Nowruz
    for (let y = 1350; y < 1450; y++) expect(dayOf(y + 1, 1, 1) - dayOf(y, 12, jalaliLeap(y) ? 30 : 29)).toBe(1);
  });
});
