/** A calendar day (no time, no zone) used as the anchor of relative dates. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The publication day as printed (local date of the ISO string), or null when
 * the date is unknown or coarser than a day.
 *
 * @example
 * referenceDay('2016-10-04T06:00:00-04:00', 'datetime') // { year: 2016, month: 10, day: 4 }
 */
export function referenceDay(published: string | null, precision: string | null): CalendarDay | null {
  if (!published || (precision !== null && precision !== 'datetime' && precision !== 'day')) return null;
  const m = ISO_DAY.exec(published);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Days since 1970-01-01 of a calendar day (proleptic Gregorian, zone-free). */
export function dayNumber(d: CalendarDay): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** Calendar day of a day number. */
export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** "YYYY-MM-DD". */
export const isoDay = (d: CalendarDay): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** ISO 8601 week ("2016-W39") of a calendar day. */
export function isoWeek(d: CalendarDay): string {
  const n = dayNumber(d);
  const weekday = ((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1; // Monday = 1
  const thursday = fromDayNumber(n + 4 - weekday);
  const firstThursdayWeek = Math.floor((n + 4 - weekday - dayNumber({ year: thursday.year, month: 1, day: 1 })) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(firstThursdayWeek)}`;
}
