/**
 * Plain English date mentions read without chrono-node, with the results its casual English parser gives.
 *
 * Each form is one of chrono-node's own patterns, copied with its quirks ("October," keeps the comma, "may" is a
 * month only after "in") and limited to plain values: "October 4", "Oct. 4, 2016", "4 October 2016", "October 2016",
 * "(on) (last) Tuesday", "weekend", "last week", "this month", "the past five years", "yesterday", "three days ago",
 * "10/04/2016", and chrono's joins "Tuesday, Oct. 4" and "Tuesday night". A text is read only when every word that
 * could start any other chrono-node reading lies inside these results and nothing next to a result (a time, a range,
 * a time zone, an "end of") would change it; otherwise the answer is null and chrono-node reads the text.
 */
import { ReferenceWithTimezone } from 'chrono-node';

/** Date components of a result, certain or implied, as chrono-node's ParsedComponents gives them. */
export interface DateParts {
  isCertain(component: string): boolean;
  get(component: string): number | null;
}

/** A date mention as chrono-node reports it (UTF-16 offsets in the text read). */
export interface EnglishDate {
  index: number;
  text: string;
  start: DateParts;
}

const MONTH_NAMES = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
} as const;
const MONTHS = {
  ...MONTH_NAMES, jan: 1, 'jan.': 1, feb: 2, 'feb.': 2, mar: 3, 'mar.': 3, apr: 4, 'apr.': 4, jun: 6, 'jun.': 6, jul: 7, 'jul.': 7,
  aug: 8, 'aug.': 8, sep: 9, 'sep.': 9, sept: 9, 'sept.': 9, oct: 10, 'oct.': 10, nov: 11, 'nov.': 11, dec: 12, 'dec.': 12,
} as const;
const WEEKDAY_NAMES = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;
const WEEKDAYS = {
  ...WEEKDAY_NAMES, sun: 0, 'sun.': 0, mon: 1, 'mon.': 1, tue: 2, 'tue.': 2, wed: 3, 'wed.': 3, thurs: 4, 'thurs.': 4, thur: 4, 'thur.': 4,
  thu: 4, 'thu.': 4, fri: 5, 'fri.': 5, sat: 6, 'sat.': 6,
} as const;
const COUNTS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 7 } as const;
const UNITS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w',
  'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'] as const;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'] as const;

/** Word alternatives longest first, as chrono-node orders them. */
const alt = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|').replace(/\./g, '\\.')})`;
const re = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);
const MONTH = alt(Object.keys(MONTHS));
const UNIT = alt(UNITS);
const INTEGER = alt(Object.keys(COUNTS).slice(2, 14));
const ORD = `(?:${ORDINAL_WORDS.join('|')}|(?:twenty|thirty)[ -]${alt(ORDINAL_WORDS.slice(0, 9))}|[0-9]{1,2}(?:st|nd|rd|th)?)`;
const YEAR = '(?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}|[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))';
const NUMBER = `(?:${INTEGER}|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
const TIME_UNITS = ((one: string) => `(?:(?:about|around)\\s{0,3})?${one}(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}${one}){0,10}`)(`${NUMBER}\\s{0,3}${UNIT}`);
const TIME_WORD = '(?:morning|afternoon|evening|night|midnight|midday|noon)';

// Cue words: every match of the patterns below holds one (most start at one); digits and time words also tell which
// checks apply. Longest first, so that a cue found at a place is the longest one there.
const [DIGIT, MONTH_WORD, MONTH_CUE, WEEKDAY_CUE, CASUAL_CUE, MODIFIER, AFTER, SUFFIX, TIME_CUE, ORDINAL, SPAN_START] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const CUE_WORDS: Array<[number, string]> = [
  [MONTH_WORD, 'month'], [MONTH_CUE, 'jan feb mar apr may jun jul aug sep oct nov dec'], [WEEKDAY_CUE, 'sun mon tue wed thu fri sat weekend weekday'],
  [CASUAL_CUE, 'now today tonight tomorrow tmr yesterday overmorrow'], [MODIFIER, 'this last past next'], [AFTER, 'after'],
  [TIME_CUE, 'morning afternoon evening night noon midnight midday'],
  [ORDINAL, 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth teenth tieth'],
];
// "three days ago": a suffix word that ends a word (maybe joined to the unit before it).
const SUFFIXES = ['henceforth', 'earlier', 'forward', 'before', 'later', 'ago', 'out', 'from(?= now)'];
const CUE_OF = new Map([...CUE_WORDS.flatMap(([cue, words]) => words.split(' ').map((w) => [w, cue] as const)), ...SUFFIXES.map((w) => [w.replace('(?= now)', ''), SUFFIX] as const)]);
const CUES = new RegExp(`[0-9]+|${CUE_WORDS.flatMap(([, words]) => words.split(' ')).sort((x, y) => y.length - x.length).join('|')}|(?:${SUFFIXES.join('|')})(?![a-z])|\\b(?:within|in|for)|[+-]`, 'gi');

// Readings of chrono-node not copied below: every match must lie inside a result read here.
// Bare numbers and time words only make times, which hold no date unless joined to one (checked next to each result).
const END_OF_MONTH = re('\\b(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month(?!\\w)');
const NUMBERS = re(`\\d(?:\\s{0,2}(?:BE|AD|BC|BCE|CE))?(?:\\s*[-./,]?\\s*|\\s+of\\s+)(?:in)?${MONTH}|\\d\\/\\d|\\d[-.–]\\d+[-.–]\\d|\\d{4}[-./\\s–]\\d`);
// chrono-node's time span readings; the plain ones are read by WITHIN, PERIOD and AGO at the same place.
const SPAN = re(`(?:\\b(?:within|in|for(?!\\s*the\\s*\\w)|this|last|past|next|after)|[+-])\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${TIME_UNITS}(?=\\W|$)`, 'iy');
const SPAN_AGO = re(`\\b${TIME_UNITS}\\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`);

// chrono-node's parsers, in its order (which settles overlaps of equal length).
const SLASH = re('(?<!\\d)([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})(?:[\\/\\.\\-]([0-9]{4}|[0-9]{2}))?(?=\\W|$)');
const LITTLE_ENDIAN = re(`\\b(?:on\\s{0,3})?(${ORD})(?:\\s{0,3}(?:to|\\-|\\–|until|through|till)\\s{0,3}(${ORD}))?(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(${MONTH})(?:(?:-|/|,?\\s{0,3})(${YEAR}(?!\\w)))?(?=\\W|$)`);
const MIDDLE_ENDIAN = re(`\\b(${MONTH})(?:-|/|\\s*,?\\s*)(${ORD})(?!\\s*(?:am|pm))\\s*(?:(?:to|\\-)\\s*(${ORD})\\s*)?(?:(?:-|/|\\s*,\\s*|\\s+)(${YEAR}))?(?=\\W|$)(?!\\:\\d)`, 'iy');
const WEEKDAY = re(`(?<!\\w)(?:(?:\\,|\\(|\\（)\\s*)?(?:on\\s*?)?(?:(this|last|past|next)\\s*)?(${alt(Object.keys(WEEKDAYS))}|weekend|weekday)(?:\\s*(?:\\,|\\)|\\）))?(?:\\s*(?:of\\s*)?(this|last|past|next)\\s*week)?(?=\\W|$)`, 'iy');
const COUNT = `(${alt(Object.keys(COUNTS))}|[0-9]+)\\s{1,3}(days?|weeks?|months?|years?)`;
const WITHIN = re(`\\b(?:within|in|for)\\s+${COUNT}(?=\\W|$)`, 'iy');
const AGO = re(`\\b${COUNT}\\s{1,5}(ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`, 'iy');
const CASUAL = re('\\b(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)', 'iy');
const MONTH_NAME = re(`\\b((?:in)\\s*)?(${MONTH})\\s*(?:(?:,|-|of)?\\s*(${YEAR})?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, 'iy');
const RELATIVE = re(`\\b(this|last|past|next|after\\s*this)\\s*(${UNIT})(?=\\s*)(?=\\W|$)`, 'iy');
const PERIOD = re(`\\b(this|last|past|next|after)\\s+${COUNT}(?=\\W|$)`, 'iy');

const END_OF = /(?<=\b(?:last\s+day|end)\s+of\s+(?:the\s+)?)/iy;
// "from 4 Oct": chrono-node reads "from 4" as a time, which overlaps the date and may outlast it.
const AT_FROM = /(?<=(?:at|from)\s*)\d/iy;
const TIME_NEXT = re(`^\\W*(?:\\b(?:T|at|after|before|on|of|to|until|through|till)\\W*)?(?:(?:at|from)\\s*)?(?:\\d|(?:GMT|UTC)\\W*[+-]|(?:this\\s{0,3})?${TIME_WORD}(?!\\w))`, 'i');
// A time before a result: a number or time word, then at most short words (am, o'clock, a time zone, "on") up to it.
const TIME_BEFORE = re(`(?:\\d|${TIME_WORD}(?!\\w))(?:[\\s,()+\\-–:.'’∙]|\\d|(?:[a-z]{1,4}|before|after|until|through|(?:a\\.m\\.|p\\.m\\.|am?|pm?)?\\s*o\\W*clock|at\\s*night|in\\s*the\\s*(?:morning|afternoon))(?!\\w))*$`, 'i');
// Checks of the text right after a result (sticky: run from its end).
const TIME_JOIN = re(`\\s*(T|at|after|before|on|of|,|-|\\.|∙|:)?\\s*(?<!\\w)(?:this)?\\s{0,3}${TIME_WORD}(?=\\W|$)`, 'iy');
const AM_PM_NEXT = /\s*(?:[ap](?![a-z])|[ap]\.|am|pm|o\W*clock)/iy;
const TIMEZONE_NEXT = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;
const MORE_UNITS_NEXT = re(`\\s{0,5},?(?:\\s*and)?\\s{0,5}(?:(?:about|around)\\s{0,3})?${NUMBER}\\s{0,3}${UNIT}(?=\\W|$)`, 'iy');
const COUNT_BEFORE = re(`(?<=(?:(?<!\\w)(?:${UNIT}|about|around|roughly|approximately|just|within|in|for|this|last|past|next|after|and|half|couple|of|the|an?)\\W*|[~+-]\\s*))`, 'iy');
const RELATIVE_TO_NEXT = /\s+(?:before|from|after|since)$/i;
const ENDS = /\s*(?:[.;:!?]|$)/y;
const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
const DATE_TIME_GAP = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/i;
const PLAIN_YEAR = /^[1-9][0-9]{3}$/;

type Component = 'year' | 'month' | 'day' | 'weekday';
type Values = Partial<Record<Component, number>>;
/** A result of one of chrono-node's patterns; `known` null when only chrono-node can tell its components. */
interface Found { index: number; text: string; known: Values | null; implied: Values; kind?: 'weekday' | 'relative' | 'period' | 'now'; parser?: number }
/** Reads a match: undefined where chrono-node drops the match and searches on from inside it, null to pass it by. */
type Reader = (m: RegExpExecArray, ref: Date) => Found | undefined | null;
/** Whether a UTF-16 code unit is a regular expression word character (\\w). */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

type Day = Required<Values>;
const ymd = (d: Day): Values => ({ year: d.year, month: d.month, day: d.day });

// Days counted from the reference in local time as chrono-node counts them (Date arithmetic is slow), kept while the
// reference stays the same: the windows of one article.
const days = new Map<string, Day | number>();
let daysOf = NaN;
function remembered(ref: Date, key: string): Day | number | undefined {
  if (ref.getTime() !== daysOf) {
    days.clear();
    daysOf = ref.getTime();
  }
  return days.get(key);
}

/** The reference moved by `n` days, weeks, months or years (chrono-node's addDuration). */
function shifted(ref: Date, unit: string, n: number): Day {
  const key = unit + n;
  let day = remembered(ref, key) as Day | undefined;
  if (!day) {
    const d = new Date(ref);
    if (unit === 'year') d.setFullYear(d.getFullYear() + n);
    else if (unit === 'month') d.setMonth(d.getMonth() + n);
    else d.setDate(d.getDate() + (unit === 'week' ? 7 * n : n));
    days.set(key, (day = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: d.getDay() }));
  }
  return day;
}
const monthOf = (word: string): number => MONTHS[word.toLowerCase() as keyof typeof MONTHS];
const unitOf = (word: string): string => word.toLowerCase().replace(/s$/, '');
const count = (word: string): number => COUNTS[word.toLowerCase() as keyof typeof COUNTS] ?? parseInt(word, 10);
const found = (m: RegExpExecArray, known: Values | null, implied: Values = {}, kind?: Found['kind']): Found => ({ index: m.index, text: m[0], known, implied, kind });

/** chrono-node's findYearClosestToRef. */
function closestYear(ref: Date, day: number, month: number): number {
  const key = `${month}/${day}`;
  const known = remembered(ref, key) as number | undefined;
  if (known !== undefined) return known;
  const date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const off = (years: number): number => { const d = new Date(date); d.setFullYear(d.getFullYear() + years); return Math.abs(d.getTime() - ref.getTime()); };
  const year = date.getFullYear() + (off(1) < off(0) ? 1 : off(-1) < off(0) ? -1 : 0);
  days.set(key, year);
  return year;
}

/** chrono-node's getDaysToWeekday. */
function daysToWeekday(from: number, weekday: number, modifier: string): number {
  const forward = (weekday - from + 7) % 7;
  if (modifier === 'this') return forward;
  if (modifier === 'last' || modifier === 'past') return forward - 7;
  if (modifier !== 'next') return forward < 7 - forward ? forward : forward - 7;
  if (from === 0) return weekday === 0 ? 7 : weekday;
  if (from === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
  return weekday < from && weekday !== 0 ? forward : forward + 7;
}

/** chrono-node's createRelativeFromReference for `n` days, weeks, months or years. */
function relative(m: RegExpExecArray, ref: Date, unit: string, n: number, kind: Found['kind'] = 'relative'): Found {
  const { year, month, day, weekday } = shifted(ref, unit, n);
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

/** Readers of chrono-node's parsers' matches, named after the patterns. */
const READ: Record<'slash' | 'within' | 'little' | 'middle' | 'weekday' | 'ago' | 'casual' | 'monthName' | 'relative' | 'period', Reader> = {
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
    return found(m, { weekday }, ymd(shifted(ref, 'day', daysToWeekday(shifted(ref, 'day', 0).weekday, weekday, modifier))), 'weekday');
  },
  ago: (m, ref) => ((COUNT_BEFORE.lastIndex = m.index), COUNT_BEFORE.test(m.input) ? undefined : relative(m, ref, unitOf(m[2]!), (/^(?:ago|before|earlier)$/i.test(m[3]!) ? -1 : 1) * count(m[1]!))),
  casual: (m, ref) => {
    const shift = { now: 0, today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()];
    return found(m, shift === undefined ? null : ymd(shifted(ref, 'day', shift)), {}, /^now$/i.test(m[0]) ? 'now' : undefined);
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
    const today = shifted(ref, 'day', 0);
    if (unit === 'week') return found(m, {}, ymd(shifted(ref, 'day', -today.weekday)));
    const [year, month] = [today.year, today.month];
    return unit === 'month' ? found(m, { year, month }, { day: 1 }) : found(m, { year }, { month: 1, day: 1 });
  },
  period: (m, ref) => relative(m, ref, unitOf(m[3]!), (/^(?:last|past)$/i.test(m[1]!) ? -1 : 1) * count(m[2]!), 'period'),
};

const zones = new Map<string, boolean>();
/** Whether chrono-node reads the word as a time zone ("EST"), which it then adds to the result before it. */
function isZone(word: string): boolean {
  const key = word.toUpperCase();
  let known = zones.get(key);
  if (known === undefined) zones.set(key, (known = ReferenceWithTimezone.fromInput({ instant: new Date(0), timezone: key }).timezoneOffset !== null));
  return known;
}

const end = (r: Found): number => r.index + r.text.length;

/** A result's components with chrono-node's ParsedComponents reading: a known value, else an implied one. */
class Parts implements DateParts {
  constructor(private readonly known: Values, private readonly implied: Values) {}
  isCertain(component: string): boolean { return component in this.known; }
  get(component: string): number | null { return this.known[component as Component] ?? this.implied[component as Component] ?? null; }
}

/** Cue words found in a text: their places and kinds. */
interface Cues { at: number[]; kind: number[]; all: number; spans: number[] }
/** Where a result came from: chrono-node's parsers, in its order (which settles overlaps of equal length). */
const [SLASH_P, WITHIN_P, LITTLE_P, MIDDLE_P, WEEKDAY_P, AGO_P, CASUAL_P, MONTH_NAME_P, RELATIVE_P, PERIOD_P] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const WEEKDAY_BEFORE = [/(?:this|last|past|next)$/i, /on$/i, /[,(（]$/] as const;
const SPACE = /\s/;

/** Where a weekday match holding the weekday word at `at` may start: "(", "on", "this" and spaces before it. */
function weekdayStarts(text: string, at: number): number[] {
  const starts = [at];
  let k = at;
  for (const before of WEEKDAY_BEFORE) {
    while (k > 0 && SPACE.test(text[k - 1]!)) k--;
    const m = before.exec(text.slice(Math.max(0, k - 4), k));
    if (m) starts.unshift((k -= m[0].length));
  }
  return starts;
}

/** The place of an "in" (a word, maybe joined) before spaces before `at`, else `at`. */
function inBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && SPACE.test(text[k - 1]!)) k--;
  return k >= 2 && /^in$/i.test(text.slice(k - 2, k)) && !(k > 2 && /\w/.test(text[k - 3]!)) ? k - 2 : at;
}

/** A match of a pattern read at a place (sticky), pushed with its parser; false where not sure. */
function readAt(text: string, ref: Date, pattern: RegExp, read: Reader, parser: number, place: number, last: { end: number }, into: Found[]): boolean {
  pattern.lastIndex = place;
  const m = pattern.exec(text);
  if (!m) return true;
  // chrono-node takes the character before a match as its boundary: a match starting with "(" or "," at the start of
  // the text or right after the parser's previous match would start one character later.
  if ((m.index === 0 || m.index === last.end) && !isWordChar(text.charCodeAt(m.index))) return false;
  const r = read(m, ref);
  if (r === undefined) return false;
  if (r) into.push(((r.parser = parser), r));
  last.end = m.index + m[0].length;
  return true;
}

/** The matches of a pattern over the whole text, pushed with their parser; false where not sure. */
function scan(text: string, ref: Date, pattern: RegExp, read: Reader, parser: number, into: Found[]): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const r = read(m, ref);
    if (r === undefined) return false;
    if (r) into.push(((r.parser = parser), r));
    else pattern.lastIndex = m.index + 1;
  }
  return true;
}

/** The matches of one of chrono-node's parsers at the cue words of some kinds (each match holds one). */
function readAtCues(text: string, ref: Date, cues: Cues, kinds: number, pattern: RegExp, read: Reader, parser: number, into: Found[]): boolean {
  const last = { end: 0 };
  for (let i = 0; i < cues.at.length; i++) {
    let place = cues.at[i]!;
    if (!(cues.kind[i]! & kinds) || place < last.end) continue;
    // The month name pattern's match starts at an "in" before the month, which counts in its length ("in apr").
    if (parser === MONTH_NAME_P) place = inBefore(text, place);
    if (parser !== WEEKDAY_P) {
      if (!readAt(text, ref, pattern, read, parser, place, last, into)) return false;
      continue;
    }
    const before = into.length;
    for (const start of weekdayStarts(text, place)) {
      if (start < last.end) continue; // chrono-node scans on from the end of its previous match, where "(" may start one
      if (start === last.end && !isWordChar(text.charCodeAt(start))) return false;
      if (!readAt(text, ref, pattern, read, parser, start, last, into)) return false;
      if (into.length > before || start < last.end) break;
    }
  }
  return true;
}

/** chrono-node's time span at a place: it must be a plain one read there, to the same end; false where not sure. */
function readSpan(text: string, ref: Date, m: RegExpExecArray, into: Found[]): boolean {
  const within = /^(?:within|in|for)/i.test(m[0]);
  const plainPattern = within ? WITHIN : PERIOD;
  plainPattern.lastIndex = m.index;
  const plain = plainPattern.exec(text);
  const r = plain && plain[0].length === m[0].length ? (within ? READ.within : READ.period)(plain, ref) : undefined;
  if (!r) return false;
  r.parser = within ? WITHIN_P : PERIOD_P;
  into.push(r);
  return true;
}

/** chrono-node's "three days ago" spans: each match must be a plain one read at the same place, to the same end. */
function readAgoSpans(text: string, ref: Date, into: Found[]): boolean {
  SPAN_AGO.lastIndex = 0;
  for (let m = SPAN_AGO.exec(text); m; SPAN_AGO.lastIndex = m.index + 1, m = SPAN_AGO.exec(text)) {
    AGO.lastIndex = m.index;
    const plain = AGO.exec(text);
    const r = plain && plain[0].length === m[0].length ? READ.ago(plain, ref) : undefined;
    if (!r) return false;
    r.parser = AGO_P;
    into.push(r);
  }
  return true;
}

/** Reads the matches of chrono-node's parsers and keeps the longer of overlapping results; null where not sure. */
function parse(text: string, ref: Date, cues: Cues): Found[] | null {
  const all: Found[] = [];
  const c = cues.all;
  if (c & DIGIT && !scan(text, ref, SLASH, READ.slash, SLASH_P, all)) return null;
  for (let i = 0; i < cues.at.length; i++) {
    if (!(cues.kind[i]! & (SPAN_START | MODIFIER | AFTER))) continue;
    SPAN.lastIndex = cues.at[i]!;
    const m = SPAN.exec(text);
    if (m && !readSpan(text, ref, m, all)) return null;
    if (m) cues.spans.push(m.index, m.index + m[0].length);
  }
  if (c & (SUFFIX | AFTER) && !readAgoSpans(text, ref, all)) return null;
  if (c & MONTH_CUE) {
    if (c & (DIGIT | ORDINAL) && !scan(text, ref, LITTLE_ENDIAN, READ.little, LITTLE_P, all)) return null;
    if (!readAtCues(text, ref, cues, MONTH_CUE, MIDDLE_ENDIAN, READ.middle, MIDDLE_P, all)) return null;
    if (!readAtCues(text, ref, cues, MONTH_CUE, MONTH_NAME, READ.monthName, MONTH_NAME_P, all)) return null;
  }
  if (c & WEEKDAY_CUE && !readAtCues(text, ref, cues, WEEKDAY_CUE, WEEKDAY, READ.weekday, WEEKDAY_P, all)) return null;
  if (c & (CASUAL_CUE | MODIFIER) && !readAtCues(text, ref, cues, CASUAL_CUE | MODIFIER, CASUAL, READ.casual, CASUAL_P, all)) return null;
  if (c & (MODIFIER | AFTER) && !readAtCues(text, ref, cues, MODIFIER | AFTER, RELATIVE, READ.relative, RELATIVE_P, all)) return null;
  // chrono-node's ENEndOfPeriodRefiner moves a result after "end of" to the end of its period, before any other step.
  for (const r of all) if (at(text, END_OF, r.index)) return null;
  if (all.length > 1) all.sort(byPlace);
  // chrono-node's OverlapRemovalRefiner: of two overlapping results the longer stays, the earlier on a tie.
  const kept: Found[] = [];
  for (const r of all) {
    const last = kept[kept.length - 1];
    if (last && r.index < end(last)) { if (r.text.length > last.text.length) kept[kept.length - 1] = r; } else kept.push(r);
  }
  for (const r of kept) if (!r.known) return null;
  return kept;
}
const byPlace = (a: Found, b: Found): number => a.index - b.index || a.parser! - b.parser!;

const CHECKED: ReadonlyArray<readonly [number, RegExp]> = [[MONTH_WORD, END_OF_MONTH], [DIGIT, NUMBERS], [SUFFIX | AFTER, SPAN_AGO]];
/** Whether every match of chrono-node's readings not copied here lies inside one of the results. */
function covered(text: string, kept: Found[], cues: Cues): boolean {
  for (let i = 0; i < cues.spans.length; i += 2) {
    let inside = false;
    for (const r of kept) if (r.index <= cues.spans[i]! && cues.spans[i + 1]! <= end(r)) inside = true;
    if (!inside) return false;
  }
  for (const [gate, pattern] of CHECKED) {
    if (!(cues.all & gate)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; pattern.lastIndex = m.index + 1, m = pattern.exec(text)) {
      let inside = false;
      for (const r of kept) if (r.index <= m.index && m.index + m[0].length <= end(r)) inside = true;
      if (!inside) return false;
    }
  }
  return true;
}

/** chrono-node's MergeWeekdayComponentRefiner: a weekday and a following date are one result ("Tuesday, Oct. 4"). */
function joinWeekdays(text: string, kept: Found[]): Found[] {
  const joined: Found[] = [];
  for (const r of kept) {
    const last = joined[joined.length - 1];
    const gap = last?.kind === 'weekday' ? text.slice(end(last), r.index) : null;
    if (gap !== null && 'day' in r.known! && r.kind !== 'relative' && r.kind !== 'period' && /^,?\s*$/.test(gap)) {
      joined[joined.length - 1] = { ...r, index: last!.index, text: last!.text + gap + r.text, known: { ...r.known, weekday: last!.known!.weekday! } };
    } else joined.push(r);
  }
  return joined;
}

/** A sticky pattern's match at a place. */
function at(text: string, pattern: RegExp, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** Whether the text around a result leaves it as it is: no time, range, time zone or "end of" that chrono-node would join. */
function settled(text: string, results: Found[], i: number, cues: number): boolean {
  const r = results[i]!;
  // chrono-node's ENMergeRelativeFollowByDateRefiner: "two days before" counts from whatever date or time follows.
  if (RELATIVE_TO_NEXT.test(r.text) && !at(text, ENDS, end(r))) return false;
  // chrono-node's MergeDateTimeRefiner: a date and a following time word are one result ("Tuesday night").
  const time = cues & TIME_CUE ? at(text, TIME_JOIN, end(r)) : null;
  if (time && /^(?:T|at|after|before|on|of|,|-|\.|∙|:)?$/.test(time[1] ?? '') && r.kind !== 'now') {
    if (/\s$/.test(r.text)) return false;
    r.text += time[0];
  }
  // chrono-node adds a following time zone to a result: in capitals only, but in any case to one with a time.
  const zone = at(text, TIMEZONE_NEXT, end(r))?.[1];
  if (zone && (zone === zone.toUpperCase() || r.kind === 'now' || time) && isZone(zone)) return false;
  if (at(text, END_OF, r.index) || at(text, AT_FROM, r.index) || (/\d\s*$/.test(r.text) && at(text, AM_PM_NEXT, end(r))) || (r.kind === 'period' && at(text, MORE_UNITS_NEXT, end(r)))) return false;
  const next = results[i + 1];
  if (!(cues & (DIGIT | TIME_CUE)) && !next) return true;
  const gapAfter = text.slice(end(r), next?.index);
  if (cues & (DIGIT | TIME_CUE) && (TIME_BEFORE.test(text.slice(i ? end(results[i - 1]!) : 0, r.index)) || TIME_NEXT.test(gapAfter))) return false;
  // chrono-node's date range and date-time joins of two results (a result without any date counts as a time).
  return !next || !(RANGE_GAP.test(gapAfter) || (DATE_TIME_GAP.test(gapAfter) && !(dated(r) && dated(next))));
}

const dated = (r: Found): boolean => {
  for (const _ in r.known) return true;
  return false;
};

/**
 * Reads the date mentions of English text as chrono-node's casual parser would, or returns null when the text holds
 * anything this reading is not sure of (then chrono-node should read it). Results holding no date (a bare time,
 * "at 5 pm") are left out.
 *
 * @example
 * englishDates('Talks resumed on Tuesday, officials said.', new Date(2016, 9, 4, 12))
 * // [{ index: 14, text: 'on Tuesday,', start }] with start.isCertain('weekday'), start.get('weekday') === 2
 */
export function englishDates(text: string, ref: Date): EnglishDate[] | null {
  const cues: Cues = { at: [], kind: [], all: 0, spans: [] };
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) {
    const c0 = m[0].charCodeAt(0);
    const kind = c0 <= 57 ? (c0 >= 48 ? DIGIT : SPAN_START) : CUE_OF.get(m[0]) ?? CUE_OF.get(m[0].toLowerCase()) ?? SPAN_START;
    cues.at.push(m.index);
    cues.kind.push(kind);
    cues.all |= kind;
  }
  const kept = parse(text, ref, cues);
  if (!kept || !covered(text, kept, cues)) return null;
  const results = kept.length > 1 ? joinWeekdays(text, kept) : kept;
  const out: EnglishDate[] = [];
  for (let i = 0; i < results.length; i++) {
    if (!settled(text, results, i, cues.all)) return null;
    const { index, text: t, known, implied } = results[i]!;
    // chrono-node's ENUnlikelyFormatFilter: "may" alone is a month only after "in" (or as the whole text).
    const may = t.trim().toLowerCase() === 'may' && t.trim() !== text.trim() && !/\b(in)$/i.test(text.slice(0, index).trim());
    if (!may) out.push({ index, text: t, start: new Parts(known!, implied) });
  }
  return out;
}
