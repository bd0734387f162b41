import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestYear, daysToWeekday, shiftedDay } from '../../../pipeline/stages/annotate/reference-days.ts';

const noon = fc.date({ min: new Date(1990, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }).map((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const first = (text: string, ref: Date): chrono.ParsedComponents => chrono.casual.parse(text, ref)[0]!.start;
const ymd = (c: chrono.ParsedComponents): number[] => [c.get('year')!, c.get('month')!, c.get('day')!];

describe('reference days', () => {
  it('shiftedDay moves the reference as chrono-node does', () => {
    fc.assert(fc.property(noon, fc.constantFrom('day', 'week', 'month', 'year'), fc.integer({ min: 1, max: 30 }), fc.boolean(), (ref, unit, n, back) => {
      const c = first(`${n} ${unit}s ${back ? 'ago' : 'later'}`, ref);
      const day = shiftedDay(ref, unit, back ? -n : n);
      expect([day.year, day.month, day.day]).toEqual(ymd(c));
      if (unit === 'day' || unit === 'week') expect(day.weekday).toBe(c.get('weekday'));
    }), { numRuns: 500 });
  });

  it('closestYear places a month and day as chrono-node does', () => {
    fc.assert(fc.property(noon, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), (ref, month, day) => {
      expect(closestYear(ref, day, month + 1)).toBe(first(`on ${MONTHS[month]} ${day}.`, ref).get('year'));
    }), { numRuns: 500 });
  });

  it('daysToWeekday counts to a weekday as chrono-node does, for each modifier', () => {
    fc.assert(fc.property(noon, fc.integer({ min: 0, max: 6 }), fc.constantFrom('', 'this', 'last', 'past', 'next'), (ref, weekday, modifier) => {
      const day = shiftedDay(ref, 'day', daysToWeekday(ref.getDay(), weekday, modifier));
      expect([day.year, day.month, day.day]).toEqual(ymd(first(`${modifier} ${WEEKDAYS[weekday]}.`.trim(), ref)));
    }), { numRuns: 500 });
  });

  it('keeps nothing of an earlier reference', () => {
    const [a, b] = [new Date(2016, 9, 4, 12), new Date(2017, 2, 1, 12)];
    expect(shiftedDay(a, 'day', 1)).toEqual({ year: 2016, month: 10, day: 5, weekday: 3 });
    expect(shiftedDay(b, 'day', 1)).toEqual({ year: 2017, month: 3, day: 2, weekday: 4 });
    expect(closestYear(a, 28, 2)).toBe(2017);
    expect(closestYear(b, 28, 12)).toBe(2016);
  });
});
