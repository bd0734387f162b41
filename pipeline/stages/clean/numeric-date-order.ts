import { DAY_FIRST_LANGUAGES } from './data/dates.ts';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** "3 December 2026", "Thursday 3rd December 2026": the day written before the month. */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?,?\\s+\\d{4}`, 'g');
/** "December 3, 2026", "Dec. 3 2026": the month written before the day. */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, 'g');
/** A numeric date whose order its numbers give away ("25/11/2026", "11/25/2026"). */
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
/** A weekday before a numeric date ("Monday 07/12/2026"): the reading that falls on that weekday is the page's order. */
const WEEKDAY_NUMERIC = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\.?,?\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/g;
const WEEKDAY_INDEX: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const weekdayOf = (y: number, m: number, d: number): number => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? t.getUTCDay() : -1;
};
/** This lead of one order over the other ends the count. */
const SETTLED = 4;
/** Lines up to this long are read (date lines are short). */
const MAX_LINE = 160;

/**
 * The order of numeric dates on a page (`parseDate`'s `monthFirst`): false (day first) on pages in a
 * language that writes the day first, in one no stop-word list covers (`und`: Hebrew, Vietnamese, Greek) or in Chinese,
 * Japanese or Korean (`cjk`); on English pages, the order the page's own dates give
 * away: written dates ("3 December 2026" against "December 3, 2026"), numeric dates whose
 * first or second number is above 12, and a weekday printed before a numeric date ("Monday
 * 07/12/2026" is 7 December: 12 July 2026 is a Sunday). English pages without such evidence read month first;
 * other languages stay unset.
 *
 * @example
 * numericDateOrder(['Monday 7 December 2026', '03/12/2026'], 'en') // false
 * numericDateOrder(['December 7, 2026', '12/03/2026'], 'en') // true
 */
export function numericDateOrder(texts: readonly string[], lang: string): boolean | undefined {
  // (a page in a language no stop-word list covers is not American: its numeric dates put the day first; nor is a Chinese,
  // Japanese or Korean page, whose own dates put the year first: a date ending with the year there is Hong Kong's, day first)
  if (DAY_FIRST_LANGUAGES.includes(lang) || lang === 'und' || lang === 'cjk') return false;
  if (lang !== 'en') return undefined;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const t of texts) {
    if (t.length > MAX_LINE || !(t.includes('20') || t.includes('19')) || !/\d{4}/.test(t)) continue;
    dayFirst += t.match(DAY_MONTH)?.length ?? 0;
    monthFirst += t.match(MONTH_DAY)?.length ?? 0;
    for (const m of t.matchAll(WEEKDAY_NUMERIC)) {
      const want = WEEKDAY_INDEX[m[1]];
      const [a, b, y] = [Number(m[2]), Number(m[3]), Number(m[4])];
      const dayFirstFits = weekdayOf(y, b, a) === want;
      const monthFirstFits = weekdayOf(y, a, b) === want;
      if (dayFirstFits && !monthFirstFits) dayFirst += SETTLED;
      else if (monthFirstFits && !dayFirstFits) monthFirst += SETTLED;
    }
    for (const m of t.matchAll(NUMERIC)) {
      if (Number(m[1]) > 12 && Number(m[2]) <= 12) dayFirst += 2;
      else if (Number(m[2]) > 12 && Number(m[1]) <= 12) monthFirst += 2;
    }
    // a clear lead settles it (a comment thread may print hundreds of dates)
    if (Math.abs(dayFirst - monthFirst) >= SETTLED) break;
  }
  return dayFirst > monthFirst ? false : true;
}
