/**
 * Days counted from a reference (local noon) in local time, as chrono-node counts them. Date arithmetic in local time is
 * slow (findYearClosestToRef took 0.8 µs a call), so results are kept by reference and question.
 */

/** A calendar day and its weekday (0 = Sunday). */
export interface Day { year: number; month: number; day: number; weekday: number }

// Kept days (and closest years) by reference and question; many articles share a publication day.
const byReference = new Map<number, Map<string, Day | number>>();
function kept(ref: Date): Map<string, Day | number> {
  let days = byReference.get(ref.getTime());
  if (!days) {
    if (byReference.size >= 1000) byReference.clear();
    byReference.set(ref.getTime(), (days = new Map()));
  }
  return days;
}

/**
 * The reference moved by `n` days, weeks, months or years (chrono-node's addDuration).
 *
 * @example
 * shiftedDay(new Date(2016, 9, 4, 12), 'week', -1) // { year: 2016, month: 9, day: 27, weekday: 2 }
 */
export function shiftedDay(ref: Date, unit: string, n: number): Day {
  const days = kept(ref);
  const key = unit + n;
  let day = days.get(key) as Day | undefined;
  if (!day) {
    const d = new Date(ref);
    if (unit === 'year') d.setFullYear(d.getFullYear() + n);
    else if (unit === 'month') d.setMonth(d.getMonth() + n);
    else d.setDate(d.getDate() + (unit === 'week' ? 7 * n : n));
    days.set(key, (day = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: d.getDay() }));
  }
  return day;
}

/**
 * The year of a month and day closest to the reference (chrono-node's findYearClosestToRef).
 *
 * @example
 * closestYear(new Date(2016, 0, 10, 12), 28, 12) // 2015
 */
export function closestYear(ref: Date, day: number, month: number): number {
  const days = kept(ref);
  const key = `${month}/${day}`;
  const known = days.get(key);
  if (known !== undefined) return known as number;
  const date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const off = (years: number): number => { const d = new Date(date); d.setFullYear(d.getFullYear() + years); return Math.abs(d.getTime() - ref.getTime()); };
  const year = date.getFullYear() + (off(1) < off(0) ? 1 : off(-1) < off(0) ? -1 : 0);
  days.set(key, year);
  return year;
}

/**
 * Days from the reference's weekday `from` to a weekday, by modifier (chrono-node's getDaysToWeekday).
 *
 * @example
 * daysToWeekday(2, 5, 'last') // -4
 */
export function daysToWeekday(from: number, weekday: number, modifier: string): number {
  const forward = (weekday - from + 7) % 7;
  if (modifier === 'this') return forward;
  if (modifier === 'last' || modifier === 'past') return forward - 7;
  if (modifier !== 'next') return forward < 7 - forward ? forward : forward - 7;
  if (from === 0) return weekday === 0 ? 7 : weekday;
  if (from === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
  return weekday < from && weekday !== 0 ? forward : forward + 7;
}
