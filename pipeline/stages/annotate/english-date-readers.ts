/**
 * Readers of the matches of chrono-node's patterns (english-date-patterns.ts): the result chrono-node would make, its
 * components unknown (null) where this reading leaves them to chrono-node.
 */
import { COUNTS, COUNT_BEFORE, MONTHS, MONTH_NAMES, PLAIN_YEAR, WEEKDAY_NAMES } from './english-date-patterns.ts';
import { closestYear, type Day, daysToWeekday, shiftedDay } from './reference-days.ts';

/** The date components a date reading uses. */
export type Component = 'year' | 'month' | 'day' | 'weekday';
/** Values of some components. */
export type Values = Partial<Record<Component, number>>;
/** A result of one of chrono-node's patterns; `known` null when only chrono-node can tell its components. */
export interface Found { index: number; text: string; known: Values | null; implied: Values; kind?: 'weekday' | 'relative' | 'period' | 'now'; parser?: number }
/** Reads a match: undefined where chrono-node drops the match and searches on from inside it, null to pass it by. */
export type Reader = (m: RegExpExecArray, ref: Date) => Found | undefined | null;

const ymd = (d: Day): Values => ({ year: d.year, month: d.month, day: d.day });

const monthOf = (word: string): number => MONTHS[word.toLowerCase() as keyof typeof MONTHS];
const unitOf = (word: string): string => word.toLowerCase().replace(/s$/, '');
const count = (word: string): number => COUNTS[word.toLowerCase() as keyof typeof COUNTS] ?? parseInt(word, 10);
const found = (m: RegExpExecArray, known: Values | null, implied: Values = {}, kind?: Found['kind']): Found => ({ index: m.index, text: m[0], known, implied, kind });

/** chrono-node's createRelativeFromReference for `n` days, weeks, months or years. */
function relative(m: RegExpExecArray, ref: Date, unit: string, n: number, kind: Found['kind'] = 'relative'): Found {
  const { year, month, day, weekday } = shiftedDay(ref, unit, n);
  if (unit === 'day' || unit === 'week') return found(m, { year, month, day, ...(unit === 'day' && { weekday }) }, { weekday }, kind);
  return unit === 'month' ? found(m, { year, month }, { day }, kind) : found(m, { year }, { month, day }, kind);
}

/** A day of a month (of a year); unknown components for word ordinals, ranges, short years and invalid days. */
function monthDay(m: RegExpExecArray, ref: Date, dayText: string, month: number, yearText?: string, range?: string): Found | undefined {
  if (/^[0-9]/.test(dayText) && parseInt(dayText, 10) > 31) return undefined;
  const day = parseInt(dayText, 10);
  const year = yearText === undefined ? closestYear(ref, day, month) : parseInt(yearText, 10);
  const date = new Date(Date.UTC(year, month - 1, day));
  const plain = !range && day >= 1 && (yearText === undefined || PLAIN_YEAR.test(yearText)) && date.getUTCDate() === day && date.getUTCMonth() === month - 1;
  if (!plain) return found(m, null);
  return yearText === undefined ? found(m, { day, month }, { year }) : found(m, { day, month, year });
}

/** Readers of the matches of chrono-node's parsers, named after their patterns. */
export const READ: Record<'slash' | 'within' | 'little' | 'middle' | 'weekday' | 'ago' | 'casual' | 'monthName' | 'relative' | 'period', Reader> = {
  slash: (m, ref) => {
    const [text, month, day, year] = m;
    if (!year && !text.includes('/')) return null; // chrono-node takes "2.8" or "3-2" for no date
    const plain = year?.length === 4 && text.split('/').length === 3 && +month! >= 1 && +month! <= 12;
    return plain && !/[\d/]$/.test(m.input.slice(0, m.index)) && !/^\/?\d/.test(m.input.slice(m.index + text.length)) ? monthDay(m, ref, day!, +month!, year) : undefined;
  },
  within: (m, ref) => relative(m, ref, unitOf(m[2]!), count(m[1]!), 'period'),
  little: (m, ref) => monthDay(m, ref, m[1]!, monthOf(m[3]!), m[4], m[2]),
  middle: (m, ref) => monthDay(m, ref, m[2]!, monthOf(m[1]!), m[4], m[3]),
  weekday: (m, ref) => {
    const [word, modifier] = [m[2]!.toLowerCase(), (m[1] ?? '').toLowerCase()];
    if (m[3] || !(word === 'weekend' || word in WEEKDAY_NAMES)) return found(m, null);
    const weekday = word === 'weekend' ? (modifier === 'last' || modifier === 'past' ? 0 : 6) : WEEKDAY_NAMES[word as keyof typeof WEEKDAY_NAMES];
    return found(m, { weekday }, ymd(shiftedDay(ref, 'day', daysToWeekday(shiftedDay(ref, 'day', 0).weekday, weekday, modifier))), 'weekday');
  },
  ago: (m, ref) => ((COUNT_BEFORE.lastIndex = m.index), COUNT_BEFORE.test(m.input) ? undefined : relative(m, ref, unitOf(m[2]!), (/^(?:ago|before|earlier)$/i.test(m[3]!) ? -1 : 1) * count(m[1]!))),
  casual: (m, ref) => {
    const shift = { now: 0, today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()];
    return found(m, shift === undefined ? null : ymd(shiftedDay(ref, 'day', shift)), {}, /^now$/i.test(m[0]) ? 'now' : undefined);
  },
  monthName: (m, ref) => {
    const [word, year] = [m[2]!.toLowerCase(), m[3]];
    if (m[0].length <= 3 && !(word in MONTH_NAMES)) return null;
    const month = monthOf(word);
    const r = year === undefined ? found(m, { month }, { day: 1, year: closestYear(ref, 1, month) }) : found(m, PLAIN_YEAR.test(year) ? { month, year: +year } : null, { day: 1 });
    const prefix = (m[1] ?? '').length;
    return { ...r, index: m.index + prefix, text: m[0].slice(prefix), known: word in MONTH_NAMES ? r.known : null };
  },
  relative: (m, ref) => {
    const [modifier, unit] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if (!['week', 'month', 'year'].includes(unit) || modifier.startsWith('after')) return found(m, null);
    if (modifier !== 'this') return relative(m, ref, unit, modifier === 'next' ? 1 : -1);
    const today = shiftedDay(ref, 'day', 0);
    if (unit === 'week') return found(m, {}, ymd(shiftedDay(ref, 'day', -today.weekday)));
    const [year, month] = [today.year, today.month];
    return unit === 'month' ? found(m, { year, month }, { day: 1 }) : found(m, { year }, { month: 1, day: 1 });
  },
  period: (m, ref) => relative(m, ref, unitOf(m[3]!), (/^(?:last|past)$/i.test(m[1]!) ? -1 : 1) * count(m[2]!), 'period'),
};
