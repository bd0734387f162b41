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

// Cues: which kinds of words a text holds, so that only the patterns that can match at all are tried.
const CUES = /(\d)|(month)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(sun|mon|tue|wed|thu|fri|sat|weekend|weekday)|(now|today|tonight|tomorrow|tmr|yesterday|overmorrow)|(this|last|past|next)|(ago|before|earlier|later|after|from|henceforth|forward|out)|(morning|afternoon|evening|night|noon|midnight|midday)/gi;
const [DIGIT, MONTH_WORD, MONTH_CUE, WEEKDAY_CUE, CASUAL_CUE, MODIFIER, SUFFIX, TIME_CUE] = [1, 2, 4, 8, 16, 32, 64, 128];
const ALWAYS = 256;

// Where any chrono-node reading could start, each with its longest reach; every one must lie inside a result read here.
// Bare numbers and time words only make times, which hold no date unless joined to one (checked next to each result).
const READINGS: Array<[number, RegExp]> = [
  [MONTH_WORD, re('\\b(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month(?!\\w)')],
  [ALWAYS, re(`(?:\\b(?:within|in|for(?!\\s*the\\s*\\w)|this|last|past|next|after)|[+-])\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${TIME_UNITS}(?=\\W|$)`)],
  [SUFFIX, re(`\\b${TIME_UNITS}\\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`)],
  [CASUAL_CUE | TIME_CUE, re('\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night)(?!\\w)')],
  [MODIFIER, re(`\\b(?:this|last|past|next|after\\s*this)\\s*${UNIT}(?=\\W|$)`)],
  [WEEKDAY_CUE, re(`(?<=(?<!\\w)(?:on)?(?:this|last|past|next)?)(?:${alt(Object.keys(WEEKDAYS))}|weekend|weekday)(?=\\W|$|(?:of)?(?:this|last|past|next))`)],
  [DIGIT, re(`\\d(?:\\s{0,2}(?:BE|AD|BC|BCE|CE))?(?:\\s*[-./,]?\\s*|\\s+of\\s+)(?:in)?${MONTH}|\\d\\/\\d|\\d[-.–]\\d+[-.–]\\d|\\d{4}[-./\\s–]\\d`)],
  [MONTH_CUE, re(`\\b(?:in)?${MONTH}(?:(?![a-z_])|(?=${ORDINAL_WORDS.join('|')}|twenty|thirty))`)],
];

// chrono-node's parsers, in its order (which settles overlaps of equal length).
const SLASH = re('(?<!\\d)([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})(?:[\\/\\.\\-]([0-9]{4}|[0-9]{2}))?(?=\\W|$)');
const LITTLE_ENDIAN = re(`\\b(?:on\\s{0,3})?(${ORD})(?:\\s{0,3}(?:to|\\-|\\–|until|through|till)\\s{0,3}(${ORD}))?(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(${MONTH})(?:(?:-|/|,?\\s{0,3})(${YEAR}(?!\\w)))?(?=\\W|$)`);
const MIDDLE_ENDIAN = re(`\\b(${MONTH})(?:-|/|\\s*,?\\s*)(${ORD})(?!\\s*(?:am|pm))\\s*(?:(?:to|\\-)\\s*(${ORD})\\s*)?(?:(?:-|/|\\s*,\\s*|\\s+)(${YEAR}))?(?=\\W|$)(?!\\:\\d)`);
const WEEKDAY = re(`(?<!\\w)(?:(?:\\,|\\(|\\（)\\s*)?(?:on\\s*?)?(?:(this|last|past|next)\\s*)?(${alt(Object.keys(WEEKDAYS))}|weekend|weekday)(?:\\s*(?:\\,|\\)|\\）))?(?:\\s*(?:of\\s*)?(this|last|past|next)\\s*week)?(?=\\W|$)`);
const COUNT = `(${alt(Object.keys(COUNTS))}|[0-9]+)\\s{1,3}(days?|weeks?|months?|years?)`;
const WITHIN = re(`\\b(?:within|in|for)\\s+${COUNT}(?=\\W|$)`);
const AGO = re(`\\b${COUNT}\\s{1,5}(ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`);
const CASUAL = re('\\b(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)');
const MONTH_NAME = re(`\\b((?:in)\\s*)?(${MONTH})\\s*(?:(?:,|-|of)?\\s*(${YEAR})?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`);
const RELATIVE = re(`\\b(this|last|past|next|after\\s*this)\\s*(${UNIT})(?=\\s*)(?=\\W|$)`);
const PERIOD = re(`\\b(this|last|past|next|after)\\s+${COUNT}(?=\\W|$)`);

const END_OF = /(?<=\b(?:last\s+day|end)\s+of\s+(?:the\s+)?)/iy;
const TIME_NEXT = re(`^\\W*(?:\\b(?:T|at|after|before|on|of|to|until|through|till)\\W*)?(?:(?:at|from)\\s*)?(?:\\d|(?:GMT|UTC)\\W*[+-]|(?:this\\s{0,3})?${TIME_WORD}(?!\\w))`, 'i');
// A time before a result: a number or time word, then at most short words (am, o'clock, a time zone, "on") up to it.
const TIME_BEFORE = re(`(?:\\d|(?<!\\w)${TIME_WORD}(?!\\w))(?:[\\s,()+\\-–:.'’∙]|\\d|(?:[a-z]{1,4}|before|after|until|through|o\\W*clock|at\\s*night|in\\s*the\\s*(?:morning|afternoon))(?!\\w))*$`, 'i');
const TIME_JOIN = re(`^\\s*(T|at|after|before|on|of|,|-|\\.|∙|:)?\\s*(?:this)?\\s{0,3}${TIME_WORD}(?=\\W|$)`, 'i');
const AM_PM_NEXT = /^\s*(?:[ap](?![a-z])|[ap]\.|am|pm|o\W*clock)/i;
const TIMEZONE_NEXT = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;
const MORE_UNITS_NEXT = re(`^\\s{0,5},?(?:\\s*and)?\\s{0,5}(?:(?:about|around)\\s{0,3})?${NUMBER}\\s{0,3}${UNIT}(?=\\W|$)`, 'i');
const COUNT_BEFORE = re(`(?<=(?:(?<!\\w)(?:${UNIT}|about|around|roughly|approximately|just|within|in|for|this|last|past|next|after|and|half|couple|of|the|an?)\\W*|[~+-]\\s*))`, 'iy');
const RELATIVE_TO_NEXT = /\s+(?:before|from|after|since)$/i;
const ENDS = /^\s*(?:[.;:!?]|$)/;
const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
const DATE_TIME_GAP = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/i;
const PLAIN_YEAR = /^[1-9][0-9]{3}$/;

type Component = 'year' | 'month' | 'day' | 'weekday';
type Values = Partial<Record<Component, number>>;
/** A result of one of chrono-node's patterns; `known` null when only chrono-node can tell its components. */
interface Found { index: number; text: string; known: Values | null; implied: Values; kind?: 'weekday' | 'relative' | 'period' | 'now' }
/** Reads a match: undefined where chrono-node drops the match and searches on from inside it, null to pass it by. */
type Reader = (m: RegExpExecArray, ref: Date) => Found | undefined | null;

const ymd = (d: Date): Values => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
const plusDays = (ref: Date, n: number): Date => { const d = new Date(ref); d.setDate(d.getDate() + n); return d; };
const monthOf = (word: string): number => MONTHS[word.toLowerCase() as keyof typeof MONTHS];
const unitOf = (word: string): string => word.toLowerCase().replace(/s$/, '');
const count = (word: string): number => COUNTS[word.toLowerCase() as keyof typeof COUNTS] ?? parseInt(word, 10);
const found = (m: RegExpExecArray, known: Values | null, implied: Values = {}, kind?: Found['kind']): Found => ({ index: m.index, text: m[0], known, implied, kind });

/** chrono-node's findYearClosestToRef. */
function closestYear(ref: Date, day: number, month: number): number {
  const date = new Date(ref);
  date.setMonth(month - 1);
  date.setDate(day);
  const off = (years: number): number => { const d = new Date(date); d.setFullYear(d.getFullYear() + years); return Math.abs(d.getTime() - ref.getTime()); };
  return date.getFullYear() + (off(1) < off(0) ? 1 : off(-1) < off(0) ? -1 : 0);
}

/** chrono-node's getDaysToWeekday. */
function daysToWeekday(ref: Date, weekday: number, modifier: string): number {
  const from = ref.getDay();
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
  const d = new Date(ref);
  if (unit === 'year') d.setFullYear(d.getFullYear() + n);
  else if (unit === 'month') d.setMonth(d.getMonth() + n);
  else d.setDate(d.getDate() + (unit === 'week' ? 7 * n : n));
  const { year, month, day } = ymd(d);
  if (unit === 'day' || unit === 'week') return found(m, { year, month, day, ...(unit === 'day' && { weekday: d.getDay() }) }, { weekday: d.getDay() }, kind);
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

const READERS: Array<[number, RegExp, Reader]> = [
  [DIGIT, SLASH, (m, ref) => {
    const [text, month, day, year] = m;
    if (!year && !text.includes('/')) return null; // chrono-node takes "2.8" or "3-2" for no date
    const plain = year?.length === 4 && text.split('/').length === 3 && +month! >= 1 && +month! <= 12;
    return plain && !/[\d/]$/.test(m.input.slice(0, m.index)) && !/^\/?\d/.test(m.input.slice(m.index + text.length)) ? monthDay(m, ref, day!, +month!, year) : undefined;
  }],
  [ALWAYS, WITHIN, (m, ref) => relative(m, ref, unitOf(m[2]!), count(m[1]!), 'period')],
  [MONTH_CUE, LITTLE_ENDIAN, (m, ref) => monthDay(m, ref, m[1]!, monthOf(m[3]!), m[4], m[2])],
  [MONTH_CUE, MIDDLE_ENDIAN, (m, ref) => monthDay(m, ref, m[2]!, monthOf(m[1]!), m[4], m[3])],
  [WEEKDAY_CUE, WEEKDAY, (m, ref) => {
    const [word, modifier] = [m[2]!.toLowerCase(), (m[1] ?? '').toLowerCase()];
    if (m[3] || !(word === 'weekend' || word in WEEKDAY_NAMES)) return found(m, null);
    const weekday = word === 'weekend' ? (modifier === 'last' || modifier === 'past' ? 0 : 6) : WEEKDAY_NAMES[word as keyof typeof WEEKDAY_NAMES];
    return found(m, { weekday }, ymd(plusDays(ref, daysToWeekday(ref, weekday, modifier))), 'weekday');
  }],
  [SUFFIX, AGO, (m, ref) => ((COUNT_BEFORE.lastIndex = m.index), COUNT_BEFORE.test(m.input) ? undefined : relative(m, ref, unitOf(m[2]!), (/^(?:ago|before|earlier)$/i.test(m[3]!) ? -1 : 1) * count(m[1]!)))],
  [CASUAL_CUE, CASUAL, (m, ref) => {
    const shift = { now: 0, today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()];
    return found(m, shift === undefined ? null : ymd(plusDays(ref, shift)), {}, /^now$/i.test(m[0]) ? 'now' : undefined);
  }],
  [MONTH_CUE, MONTH_NAME, (m, ref) => {
    const [word, year] = [m[2]!.toLowerCase(), m[3]];
    if (m[0].length <= 3 && !(word in MONTH_NAMES)) return null;
    const month = monthOf(word);
    const r = year === undefined ? found(m, { month }, { day: 1, year: closestYear(ref, 1, month) }) : found(m, PLAIN_YEAR.test(year) ? { month, year: +year } : null, { day: 1 });
    const prefix = (m[1] ?? '').length;
    return { ...r, index: m.index + prefix, text: m[0].slice(prefix), known: word in MONTH_NAMES ? r.known : null };
  }],
  [MODIFIER, RELATIVE, (m, ref) => {
    const [modifier, unit] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if (!['week', 'month', 'year'].includes(unit) || modifier.startsWith('after')) return found(m, null);
    if (modifier !== 'this') return relative(m, ref, unit, modifier === 'next' ? 1 : -1);
    if (unit === 'week') return found(m, {}, ymd(plusDays(ref, -ref.getDay())));
    const [year, month] = [ref.getFullYear(), ref.getMonth() + 1];
    return unit === 'month' ? found(m, { year, month }, { day: 1 }) : found(m, { year }, { month: 1, day: 1 });
  }],
  [MODIFIER | SUFFIX, PERIOD, (m, ref) => relative(m, ref, unitOf(m[3]!), (/^(?:last|past)$/i.test(m[1]!) ? -1 : 1) * count(m[2]!), 'period')],
];

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

/** Runs chrono-node's patterns (those the cues allow) and keeps the longer of overlapping results; null if unsure. */
function parse(text: string, ref: Date, cues: number): Found[] | null {
  const all: Found[] = [];
  for (const [gate, pattern, read] of READERS) {
    if (!(cues & gate)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text), after = 0; m; after = pattern.lastIndex, m = pattern.exec(text)) {
      // chrono-node takes the character before a match as its boundary, so a weekday match starting with "(" or ","
      // at the start of the text (or right after the previous match) would start one character later.
      if (m.index === after && /^\W/.test(m[0])) return null;
      const r = read(m, ref);
      if (r === undefined) return null;
      if (r) all.push(r);
      else pattern.lastIndex = m.index + 1;
    }
  }
  if (all.length > 1) all.sort((a, b) => a.index - b.index);
  // chrono-node's OverlapRemovalRefiner: of two overlapping results the longer stays, the earlier on a tie.
  const kept: Found[] = [];
  for (const r of all) {
    const last = kept[kept.length - 1];
    if (last && r.index < end(last)) { if (r.text.length > last.text.length) kept[kept.length - 1] = r; } else kept.push(r);
  }
  for (const r of kept) if (!r.known) return null;
  return kept;
}

/** Whether every place where some chrono-node reading could start lies inside one of the results. */
function covered(text: string, kept: Found[], cues: number): boolean {
  for (const [gate, pattern] of READINGS) {
    if (!(cues & gate)) continue;
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
    const gap = last ? text.slice(end(last), r.index) : '';
    if (last?.kind === 'weekday' && 'day' in r.known! && r.kind !== 'relative' && r.kind !== 'period' && /^,?\s*$/.test(gap)) {
      joined[joined.length - 1] = { ...r, index: last.index, text: last.text + gap + r.text, known: { ...r.known, weekday: last.known!.weekday! } };
    } else joined.push({ ...r });
  }
  return joined;
}

/** Whether the text around a result leaves it as it is: no time, range, time zone or "end of" that chrono-node would join. */
function settled(text: string, results: Found[], i: number, cues: number): boolean {
  const r = results[i]!;
  // chrono-node's ENMergeRelativeFollowByDateRefiner: "two days before" counts from whatever date or time follows.
  if (RELATIVE_TO_NEXT.test(r.text) && !ENDS.test(text.slice(end(r)))) return false;
  // chrono-node's MergeDateTimeRefiner: a date and a following time word are one result ("Tuesday night").
  const time = cues & TIME_CUE ? TIME_JOIN.exec(text.slice(end(r))) : null;
  if (time && /^(?:T|at|after|before|on|of|,|-|\.|∙|:)?$/.test(time[1] ?? '') && r.kind !== 'now') {
    if (/\s$/.test(r.text)) return false;
    r.text += time[0];
  }
  const after = text.slice(end(r));
  // chrono-node adds a following time zone to a result: in capitals only, but in any case to one with a time.
  const zone = TIMEZONE_NEXT.exec(after)?.[1];
  if (zone && (zone === zone.toUpperCase() || r.kind === 'now' || time) && isZone(zone)) return false;
  END_OF.lastIndex = r.index;
  if (END_OF.test(text) || (/\d\s*$/.test(r.text) && AM_PM_NEXT.test(after)) || (r.kind === 'period' && MORE_UNITS_NEXT.test(after))) return false;
  const next = results[i + 1];
  const gapAfter = next ? text.slice(end(r), next.index) : after;
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
  let cues = ALWAYS;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) {
    let group = 1;
    while (m[group] === undefined) group++;
    cues |= 1 << (group - 1);
  }
  const kept = parse(text, ref, cues);
  if (!kept || !covered(text, kept, cues)) return null;
  const results = kept.length ? joinWeekdays(text, kept) : kept;
  const out: EnglishDate[] = [];
  for (let i = 0; i < results.length; i++) {
    if (!settled(text, results, i, cues)) return null;
    const { index, text: t, known, implied } = results[i]!;
    // chrono-node's ENUnlikelyFormatFilter: "may" alone is a month only after "in" (or as the whole text).
    const may = t.trim().toLowerCase() === 'may' && t.trim() !== text.trim() && !/\b(in)$/i.test(text.slice(0, index).trim());
    if (!may) out.push({ index, text: t, start: new Parts(known!, implied) });
  }
  return out;
}
