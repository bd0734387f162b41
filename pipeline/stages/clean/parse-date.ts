import type { DatePrecision } from '../../lib/types.ts';
import { CJK_DATE_MARKS, DATE_PREFIXES, JALALI_MONTH_NAMES, MONTH_NAMES, OTHER_CALENDAR_WORDS, PUBLISHED_CUES, TIME_ZONES, UPDATE_WORDS, WEEKDAY_NAMES } from './data/dates.ts';
import { jalaliToGregorian } from './jalali.ts';

/** A date found in a short string. */
export interface ParsedDate {
  /** ISO 8601: `2016-10-04T06:00:00-04:00`, `2016-10-04T06:00:00` (no zone), `2017-05-11`, `2017-05`, `2017`. */
  iso: string;
  precision: DatePrecision;
  /** The matched text as printed. */
  raw: string;
  /** Share (0-1) of the string's word characters that belong to the date, its time, prefix words and weekday. */
  coverage: number;
  /** The string says the date is an update ("Updated", "Mis à jour"). */
  update: boolean;
}

const MONTHS = new Map<string, number>();
for (const [n, names] of Object.entries(MONTH_NAMES)) for (const name of names) MONTHS.set(name, Number(n));
/** Solar-calendar months are stored as JALALI + month number and converted once the date is read. */
const JALALI = 100;
for (const [n, names] of Object.entries(JALALI_MONTH_NAMES)) for (const name of names) MONTHS.set(name, JALALI + Number(n));
/** Thai years are Buddhist-era years, 543 ahead ("6 ธ.ค. 2569" is 6 December 2026): years in this range are read so. */
const BUDDHIST_ERA = { offset: 543, from: 1900 + 543, to: 2100 + 543 } as const;
const WEEKDAYS = new Set(WEEKDAY_NAMES);
const OTHER_CALENDAR = new Set(OTHER_CALENDAR_WORDS);
const PREFIX_WORDS = new Set([...DATE_PREFIXES, ...PUBLISHED_CUES].flatMap((p) => p.split(' ')));
/** Words between a date and its time ("at", "um", "à", Croatian "u", Slovak and Czech "o", Dutch "om", Finnish "klo", Greek "στις", Russian "в"). */
const FILLER = new Set(['de', 'del', 'at', 'à', 'a', 'um', 'às', 'alle', 'ore', 'h', 'am', 'pm', 'a.m', 'p.m', 'uhr', 'the', 'of', 'r', 'godz',
  'u', 'o', 'om', 'klo', 'kl', 'στις', 'в', 'о', 'saat', 'las', 'los',
  // a year's mark after it (Russian and Belarusian "г.", Armenian "թ.", Kazakh "ж.", Lithuanian "m.")
  'г', 'թ', 'ж', 'm']);

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  num: boolean;
}

const HAS_DIGIT = /\d/;
/** CJK date and time marks: 2017年3月10日 18時45分, 2026년 12월 3일 14시 5분. */
const YEAR_MARKS = new Set<string>(CJK_DATE_MARKS.year);
const MONTH_MARKS = new Set<string>(CJK_DATE_MARKS.month);
const DAY_MARKS = new Set<string>(CJK_DATE_MARKS.day);
const HOUR_MARKS = new Set<string>(['h', ...CJK_DATE_MARKS.hour]);
const CJK_HOUR_MARKS = new Set<string>(CJK_DATE_MARKS.hour);
const MINUTE_MARKS = new Set<string>(CJK_DATE_MARKS.minute);
/** Morning / afternoon words before a clock time; Han ones are two one-character tokens. */
const BEFORE_TIME = new Map<string, string>([...CJK_DATE_MARKS.am.map((w) => [w, 'a'] as const), ...CJK_DATE_MARKS.pm.map((w) => [w, 'p'] as const)]);
/** Han and kana characters are one token each (no spaces between words in CJK text). */
/** A year run together with a counter of one to four digits ("2026313" in "3 December 2026313 comments"). */
const GLUED_YEAR_COUNT = /^(?:19|20)\d{2}\d{1,4}$/;
/** The tokens so far end with a day and a month in either order ("3 December", "December 3,"). */
const afterMonthAndDay = (t: readonly Token[]): boolean => {
  const n = t.length;
  const a = t[n - 1];
  const b = t[n - 2];
  const c = t[n - 3];
  if (a && b && MONTHS.has(a.lower) && b.num && b.text.length <= 2) return true;
  return !!(a && b && c && a.text === ',' && b.num && b.text.length <= 2 && MONTHS.has(c.lower));
};
/** Five or six digits that are a year (19xx, 20xx) and an hour run together. */
const GLUED_YEAR_TIME = /^(?:19|20)\d{2}\d{1,2}$/;
/**
 * Tokens: digit runs, one Han or kana character, a Thai abbreviated month with its dots ("ธ.ค."), a word (letters
 * with their combining marks, as Devanagari and Thai vowel signs are), or one other character.
 */
const TOKEN = /\d+|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\p{sc=Thai}{1,3}\.\p{sc=Thai}{1,3}\.|\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*|[^\s\p{L}\p{M}\d]/gu;
/** The zero of other scripts' decimal digits (Arabic-Indic, Persian, Devanagari, Bengali, Gujarati, Tamil, Thai, Lao, Myanmar, Khmer, Mongolian). */
const DIGIT_ZERO = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0ae6, 0x0be6, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0x1810];
const hex = (c: number): string => c.toString(16).padStart(4, '0');
/** Those digits: read as ASCII digits, one for one. */
const OTHER_DIGIT_CLASS = `[${DIGIT_ZERO.map((z) => `\\u${hex(z)}-\\u${hex(z + 9)}`).join('')}]`;
const OTHER_DIGIT = new RegExp(OTHER_DIGIT_CLASS);
const OTHER_DIGITS = new RegExp(OTHER_DIGIT_CLASS, 'g');
const asciiDigit = (c: string): string => {
  const code = c.charCodeAt(0);
  for (const zero of DIGIT_ZERO) if (code >= zero && code <= zero + 9) return String(code - zero);
  return c;
};
const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const validDay = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const offsetText = (minutes: number): string => {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
};

/** Reads a time ("06:00 AM EDT", "5:36 am", "13h36", "13:36:05 +0200") starting at token `i`. */
function readTime(t: Token[], i: number): { text: string; end: number; last: number } | null {
  let j = i;
  let before = '';
  for (let skip = 0; j < t.length && skip < 6; skip++) {
    const two = j + 1 < t.length ? BEFORE_TIME.get(t[j].text + t[j + 1].text) : undefined;
    if (two) {
      before = two;
      j += 2;
      continue;
    }
    const one = BEFORE_TIME.get(t[j].text);
    if (one) before = one;
    else if (!((FILLER.has(t[j].lower) || WEEKDAYS.has(t[j].lower) || /^[|,.•·–—()（）@-]$/.test(t[j].text)) && t[j].lower !== 'h')) break;
    j++;
  }
  if (j >= t.length || !t[j].num) return null;
  let h = Number(t[j].text);
  let min = -1;
  let sec = 0;
  let k = j + 1;
  // CJK minutes may have one digit ("14시 5분")
  if (k + 1 < t.length && (t[k].text === ':' || HOUR_MARKS.has(t[k].lower) || t[k].text === '.') && t[k + 1].num && (t[k + 1].text.length === 2 || (CJK_HOUR_MARKS.has(t[k].text) && t[k + 1].text.length === 1))) {
    min = Number(t[k + 1].text);
    k += 2;
    if (k < t.length && MINUTE_MARKS.has(t[k].text)) k++;
    if (k + 1 < t.length && t[k].text === ':' && t[k + 1].num && t[k + 1].text.length === 2) {
      sec = Number(t[k + 1].text);
      k += 2;
    }
  } else if (k < t.length && t[k].lower === 'h' && /^\d{1,2}$/.test(t[j].text)) {
    min = 0;
    k += 1;
  }
  if (min < 0) return null;
  let last = k - 1;
  let ampm = before;
  if (k < t.length && /^(am|pm|a|p|م|ص)$/.test(t[k].lower)) {
    // Arabic "م" (evening) and "ص" (morning) after the time
    ampm = t[k].lower === 'م' ? 'p' : t[k].lower === 'ص' ? 'a' : t[k].lower[0];
    last = k;
    k++;
    if (k < t.length && t[k].text === '.') k++;
    if (k < t.length && t[k].lower === 'm') { last = k; k++; }
    if (k < t.length && t[k].text === '.') k++;
  }
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return null;
  let zone = '';
  // (a zone may stand in brackets: "09:40 PM (IST)")
  const bracketed = k + 2 < t.length && t[k].text === '(' && t[k + 2].text === ')' && TIME_ZONES[t[k + 1].lower] !== undefined && t[k + 1].text.toUpperCase() === t[k + 1].text;
  if (bracketed) {
    zone = offsetText(TIME_ZONES[t[k + 1].lower]);
    last = k + 2;
  } else if (k < t.length && TIME_ZONES[t[k].lower] !== undefined && t[k].text.toUpperCase() === t[k].text) {
    zone = offsetText(TIME_ZONES[t[k].lower]);
    last = k;
  } else if (k + 1 < t.length && (t[k].text === '+' || t[k].text === '-') && t[k + 1].num && t[k + 1].text.length === 4) {
    const v = Number(t[k + 1].text);
    const m = Math.floor(v / 100) * 60 + (v % 100);
    zone = offsetText(t[k].text === '-' ? -m : m);
    last = k + 1;
  }
  return { text: `${pad(h)}:${pad(min)}:${pad(sec)}${zone}`, end: t[last].end, last };
}

/**
 * Finds the first calendar date in a short string: ISO dates, `Oct 04, 2016 06:00 AM EDT`,
 * `11 Mai 2017`, `Lundi, 21 Janvier 2019`, `11 de mayo de 2017`, `04.05.2015 à 13h36`, `JAN. 13, 2017`,
 * `May 2017`, year first `2017/03/10`, `2017.03.10`, `2017年3月10日 18時45分`, `2026년 12월 3일 오후 2:10`. Other numeric
 * dates: `monthFirst` true (English pages) reads them month first, false (a language
 * that writes the day first) day first, unset reads slashes month first and dots and
 * dashes day first; a first number above 12 is always the day.
 * Runs in time linear in the string; callers pass short lines.
 *
 * @example
 * parseDate('Oct 04, 2016 06:00 AM EDT')?.iso // '2016-10-04T06:00:00-04:00'
 * parseDate('11 Mai 2017')?.iso // '2017-05-11'
 */
export function parseDate(text: string, monthFirst?: boolean): ParsedDate | null {
  // other scripts' digits are read as ASCII ones (same length, so every offset holds); the raw text stays as printed
  if (OTHER_DIGIT.test(text)) {
    const ascii = text.replace(OTHER_DIGITS, asciiDigit);
    const d = parseAscii(ascii, monthFirst);
    if (!d) return null;
    const at = ascii.indexOf(d.raw);
    return { ...d, raw: text.slice(at, at + d.raw.length) };
  }
  return parseAscii(text, monthFirst);
}

function parseAscii(text: string, monthFirst?: boolean): ParsedDate | null {
  const d = firstDate(text, monthFirst);
  if (!d || d.coverage >= SECOND_DATE_BELOW || text.length > SECOND_DATE_MAX_CHARS) return d;
  // a second date on the line ("Published:2 December 2026Last updated:4 December 2026Author:…") is date text too
  const end = text.indexOf(d.raw) + d.raw.length;
  const second = HAS_DIGIT.test(text.slice(end)) ? firstDate(text.slice(end), monthFirst) : null;
  if (!second) return d;
  const at = end + text.slice(end).indexOf(second.raw);
  const ranges: Array<[number, number]> = [[end - d.raw.length, end], [at, at + second.raw.length]];
  return { ...d, coverage: coverage(text, tokens(text), ranges) };
}

/** Below this coverage, a second date on a line of at most this many characters is looked for. */
const SECOND_DATE_BELOW = 0.6;
const SECOND_DATE_MAX_CHARS = 120;

function tokens(text: string): Token[] {
  const t: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const s = m[0];
    const num = s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
    // a year glued to the clock time after it ("December 2, 20264:17 PM GMT" in a text dump)
    // ... or to a counter after it ("3 December 2026313 comments"), right after a month and day
    const gluedCount = num && GLUED_YEAR_COUNT.test(s) && afterMonthAndDay(t);
    if ((num && GLUED_YEAR_TIME.test(s) && text[m.index + s.length] === ':') || gluedCount) {
      t.push({ text: s.slice(0, 4), lower: s.slice(0, 4), start: m.index, end: m.index + 4, num });
      t.push({ text: s.slice(4), lower: s.slice(4), start: m.index + 4, end: m.index + s.length, num });
      continue;
    }
    const lower = s.toLowerCase();
    // a label glued to the month or weekday after it ("PublishedDecember 2 2026" in a text dump: a capital inside the word)
    const glued = num || s.length < GLUED_LABEL_MIN || lower.slice(1) === s.slice(1) ? null : GLUED_LABEL.exec(s);
    if (glued && (MONTHS.has(glued[2].toLowerCase()) || WEEKDAYS.has(glued[2].toLowerCase()))) {
      const k = glued[1].length;
      t.push({ text: s.slice(0, k), lower: lower.slice(0, k), start: m.index, end: m.index + k, num });
      t.push({ text: s.slice(k), lower: lower.slice(k), start: m.index + k, end: m.index + s.length, num });
      continue;
    }
    t.push({ text: s, lower, start: m.index, end: m.index + s.length, num });
  }
  return t;
}

/** A word of lower-case letters glued to a capitalised one ("PublishedDecember"). */
const GLUED_LABEL = /^(\p{L}\p{Ll}+)(\p{Lu}\p{Ll}+\.?)$/u;
/** The shortest word read for a glued label (a label of two letters and a month of three: "OnDec"). */
const GLUED_LABEL_MIN = 5;

function firstDate(text: string, monthFirst?: boolean): ParsedDate | null {
  // every date form needs a digit (day or year)
  if (!HAS_DIGIT.test(text)) return null;
  const t = tokens(text);
  let found: { y: number; mo: number; d: number; first: number; last: number } | null = null;
  const iso = ISO.exec(text);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, mo, d)) {
      const raw = iso[0];
      const time = iso[4] ? `T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : ''}` : '';
      const isoText = `${iso[1]}-${iso[2]}-${iso[3]}${time}`;
      return finish(text, t, raw, isoText, time ? 'datetime' : 'day', iso.index, iso.index + raw.length);
    }
  }
  for (let i = 0; i < t.length && !found; i++) {
    const month = t[i].num ? undefined : MONTHS.get(t[i].lower);
    if (month !== undefined) {
      // a bare "may"/"mar"/"set" needs a neighbouring number to count
      let j = i + 1;
      if (j < t.length && t[j].text === '.') j++;
      // Month Day, Year
      if (j < t.length && t[j].num && t[j].text.length <= 2) {
        let k = j + 1;
        if (k < t.length && (t[k].text === ',' || t[k].lower === 'de')) k++;
        if (k < t.length && /^(st|nd|rd|th)$/.test(t[k].lower)) k++;
        if (k < t.length && t[k].text === ',') k++;
        if (k < t.length && t[k].num && t[k].text.length === 4) {
          found = { y: Number(t[k].text), mo: month, d: Number(t[j].text), first: i, last: k };
          break;
        }
      }
      // Day [.|de] Month [de|,] Year
      let b = i - 1;
      if (b >= 0 && (t[b].text === '.' || t[b].lower === 'de')) b--;
      if (b >= 0 && (t[b].lower === 'er' || t[b].lower === 'th' || t[b].lower === 'st' || t[b].lower === 'nd' || t[b].lower === 'rd')) b--;
      let k = i + 1;
      if (k < t.length && t[k].text === '.') k++;
      if (k < t.length && (t[k].lower === 'de' || t[k].lower === 'del' || t[k].text === ',')) k++;
      const yearOk = k < t.length && t[k].num && t[k].text.length === 4;
      if (b >= 0 && t[b].num && t[b].text.length <= 2 && yearOk) {
        found = { y: Number(t[k].text), mo: month, d: Number(t[b].text), first: b, last: k };
        break;
      }
      // Month Year
      if (yearOk && t[i].text.length >= 3 && /^\p{Lu}/u.test(t[i].text) && k === i + 1) {
        const y = Number(t[k].text);
        if (y >= 1900 && y <= 2100) return finish(text, t, text.slice(t[i].start, t[k].end), `${y}-${pad(month)}`, 'month', t[i].start, t[k].end);
      }
    }
    // Year first: 2017/03/10, 2017.03.10, 2017年3月10日 (CJK)
    if (t[i].num && t[i].text.length === 4 && i + 4 < t.length) {
      const s1 = t[i + 1].text;
      const s2 = t[i + 3].text;
      const cjk = YEAR_MARKS.has(s1) && MONTH_MARKS.has(s2);
      if ((cjk || ((s1 === '/' || s1 === '.') && s1 === s2)) && t[i + 2].num && t[i + 2].text.length <= 2 && t[i + 4].num && t[i + 4].text.length <= 2) {
        const last = cjk && DAY_MARKS.has(t[i + 5]?.text) ? i + 5 : i + 4;
        found = { y: Number(t[i].text), mo: Number(t[i + 2].text), d: Number(t[i + 4].text), first: i, last };
        break;
      }
    }
    // Numeric 04.05.2015 / 3/09/15 / 09-03-2015
    if (t[i].num && t[i].text.length <= 2 && i + 4 < t.length) {
      const s1 = t[i + 1].text;
      const s2 = t[i + 3].text;
      if ((s1 === '.' || s1 === '/' || s1 === '-') && s1 === s2 && t[i + 2].num && t[i + 4].num && t[i + 2].text.length <= 2) {
        const ylen = t[i + 4].text.length;
        if (ylen !== 4 && ylen !== 2) continue;
        // (a two-digit year follows its dot at once, and is no clock's hour: "3.12. 14:05" is the 3rd of December at 14:05)
        if (ylen === 2 && (t[i + 3].end !== t[i + 4].start || t[i + 5]?.text === ':')) continue;
        const y = ylen === 2 ? 2000 + Number(t[i + 4].text) : Number(t[i + 4].text);
        let a = Number(t[i].text);
        let c = Number(t[i + 2].text);
        if ((monthFirst ?? s1 === '/') && a <= 12) [a, c] = [c, a];
        found = { y, mo: c, d: a, first: i, last: i + 4 };
        break;
      }
    }
  }
  if (found && found.y >= BUDDHIST_ERA.from && found.y <= BUDDHIST_ERA.to) found.y -= BUDDHIST_ERA.offset;
  if (found && found.mo > JALALI) {
    const g = jalaliToGregorian(found.y, found.mo - JALALI, found.d);
    found = g && { ...found, ...g };
  }
  if (!found || !validDay(found.y, found.mo, found.d) || found.y < 1900 || found.y > 2100) return null;
  const date = `${found.y}-${pad(found.mo)}-${pad(found.d)}`;
  const after = readTime(t, found.last + 1);
  // ... or a time printed before the date ("9:47 AM EST, Thu December 3, 2026")
  const before = after ? null : timeBefore(t, found.first);
  const time = after ?? before?.time ?? null;
  const start = before ? t[before.first].start : t[found.first].start;
  const end = after ? after.end : t[found.last].end;
  return finish(text, t, text.slice(start, end), time ? `${date}T${time.text}` : date, time ? 'datetime' : 'day', start, end);
}

/** Tokens looked back over for a time printed before the date. */
const TIME_BEFORE_REACH = 8;

/** A clock time ending right before token `first` (only commas, weekdays and "at"/"on"-like filler between). */
function timeBefore(t: Token[], first: number): { time: NonNullable<ReturnType<typeof readTime>>; first: number } | null {
  for (let j = first - 2; j >= Math.max(0, first - TIME_BEFORE_REACH); j--) {
    if (!(t[j].num && t[j + 1].text === ':')) continue;
    const time = readTime(t, j);
    if (!time) return null;
    for (let k = time.last + 1; k < first; k++) if (!(t[k].text === ',' || t[k].text === '|' || WEEKDAYS.has(t[k].lower) || FILLER.has(t[k].lower))) return null;
    return { time, first: j };
  }
  return null;
}

/** Share of the word characters that lie inside the date ranges or are prefix, weekday, filler or zone words. */
function coverage(text: string, t: Token[], ranges: ReadonlyArray<readonly [number, number]>): number {
  let total = 0;
  let covered = 0;
  for (const tok of t) {
    if (!/[\p{L}\d]/u.test(tok.text)) continue;
    total += tok.text.length;
    const inside = ranges.some(([start, end]) => tok.start >= start && tok.end <= end);
    if (inside || WEEKDAYS.has(tok.lower) || PREFIX_WORDS.has(tok.lower) || FILLER.has(tok.lower) || TIME_ZONES[tok.lower] !== undefined || OTHER_CALENDAR.has(tok.lower)) {
      covered += tok.text.length;
    }
  }
  return total ? covered / total : 0;
}

/** The last position in `text` of any of `words`, or -1. */
function lastOf(text: string, words: readonly string[]): number {
  let at = -1;
  for (const w of words) {
    const k = text.lastIndexOf(w);
    if (k > at) at = k;
  }
  return at;
}

function finish(text: string, t: Token[], raw: string, iso: string, precision: DatePrecision, start: number, end: number): ParsedDate {
  const share = coverage(text, t, [[start, end]]);
  const lower = text.slice(0, start).toLowerCase();
  // the cue nearest the date says what it is ("Updated 2 hours ago, first published December 5 2026 - 6:30am" is the publication)
  const updateAt = lastOf(lower, UPDATE_WORDS);
  const update = updateAt >= 0 && lastOf(lower, PUBLISHED_CUES) <= updateAt;
  return { iso, precision, raw, coverage: share, update };
}

const HAS_ZONE = /(?:Z|[+-]\d{2}:\d{2})$/;
/** Largest offset from UTC of a civil time zone, in minutes. */
const MAX_OFFSET = 14 * 60;

/**
 * The page's metadata time (an instant, often in UTC) in the local time the page prints: when
 * the printed date is the same instant, the printed one with its offset; when the printed time
 * has no zone and differs from the instant by a whole quarter-hour offset, the instant with that
 * offset ("2026-12-05T18:00:00Z" printed as "6 December 2026, 5:00am" gives
 * "2026-12-06T05:00:00+11:00"). Otherwise the metadata time unchanged.
 *
 * @example
 * localTime(parseDate('2026-12-05T18:00:00Z')!, parseDate('6 December 2026, 5:00am')).iso // '2026-12-06T05:00:00+11:00'
 */
export function localTime(meta: ParsedDate, printed: ParsedDate | null): ParsedDate {
  if (!printed || meta.precision !== 'datetime' || printed.precision !== 'datetime' || !HAS_ZONE.test(meta.iso)) return meta;
  const instant = Date.parse(meta.iso);
  if (HAS_ZONE.test(printed.iso)) return Date.parse(printed.iso) === instant ? printed : meta;
  const minutes = (Date.parse(`${printed.iso}Z`) - instant) / 60_000;
  if (!Number.isInteger(minutes / 15) || Math.abs(minutes) > MAX_OFFSET) return meta;
  return { ...printed, iso: `${printed.iso}${offsetText(minutes) === 'Z' ? 'Z' : offsetText(minutes)}` };
}
