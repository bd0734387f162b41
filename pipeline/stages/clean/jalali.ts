/**
 * The Iranian solar (Jalali) calendar, as printed by Persian news sites: a year starts at the March
 * equinox (1 Farvardin), the first six months have 31 days, the next five 30, the last 29 or 30.
 * Leap years follow the 33-year arithmetic cycle, which matches the astronomical calendar for
 * 1178–1633 SH (1799–2254 CE).
 */

/** Leap years of the 33-year cycle fall at these positions (year mod 33). */
const LEAP_POSITIONS: ReadonlySet<number> = new Set([1, 5, 9, 13, 17, 22, 26, 30]);
/** Days from 1 Farvardin to the first day of each month. */
const MONTH_START = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336];
/** 1 Farvardin 1354 SH was 21 March 1975 CE (days since 1970-01-01: 1905). */
const EPOCH = { year: 1354, day: Date.UTC(1975, 2, 21) / 86_400_000 } as const;

/** True when solar year `y` has 366 days (Esfand has 30). */
export const jalaliLeap = (y: number): boolean => LEAP_POSITIONS.has(((y % 33) + 33) % 33);

const daysInYear = (y: number): number => (jalaliLeap(y) ? 366 : 365);

/**
 * Gregorian year, month and day of a solar date, or null when the day does not exist.
 *
 * @example
 * jalaliToGregorian(1405, 9, 12) // { y: 2026, mo: 12, d: 3 }
 */
export function jalaliToGregorian(y: number, mo: number, d: number): { y: number; mo: number; d: number } | null {
  if (mo < 1 || mo > 12 || d < 1 || d > (mo <= 6 ? 31 : mo <= 11 ? 30 : jalaliLeap(y) ? 30 : 29)) return null;
  if (y < 1300 || y > 1500) return null;
  let day = EPOCH.day;
  for (let k = EPOCH.year; k < y; k++) day += daysInYear(k);
  for (let k = y; k < EPOCH.year; k++) day -= daysInYear(k);
  const date = new Date((day + MONTH_START[mo - 1] + d - 1) * 86_400_000);
  return { y: date.getUTCFullYear(), mo: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
