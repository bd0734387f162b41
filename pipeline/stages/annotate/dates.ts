/**
 * Date mentions, normalised to ISO 8601 relative to the publication day.
 *
 * chrono-node finds the mentions; its year/month/day components are read (never
 * its Date, which carries a local time). News conventions applied on top:
 * a bare weekday is the latest such day on or before publication ("on Tuesday"),
 * a day or month without a year is placed within [published - 9 months,
 * published + 3 months], "last week" is an ISO week, durations ("the past five
 * years") and dates relative to another event ("a day before") keep no value.
 */
import * as chrono from 'chrono-node';
import { type DateParts, englishDates } from './english-dates.ts';
import { type CalendarDay, dayNumber, fromDayNumber, isoDay, isoWeek } from './reference-date.ts';

/** A DATE mention found in text (UTF-16 offsets). */
export interface DateMention {
  start: number;
  end: number;
  normalized: string | null;
}

type Parser = { parse(text: string, ref: Date): chrono.ParsedResult[] };
/** chrono parser per article language; anything else falls back to English. */
const PARSERS: Record<string, Parser> = {
  en: chrono.casual, fr: chrono.fr.casual, de: chrono.de.casual, es: chrono.es.casual,
  pt: chrono.pt.casual, nl: chrono.nl.casual, it: chrono.it.casual, ja: chrono.ja.casual,
};
// A cheap pre-scan: chrono (the costly part) runs only on English text near a word that names a date:
// a month (not "decision", "market" or "mayor"), a weekday, a relative day or period, or a numeric date.
const EN_TRIGGER_G = /\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|ago|weekend)\b|(?:last|next|this|past|previous|coming)\s+(?:[a-z]+\s+)?(?:weeks?|months?|years?|decades?|century|spring|summer|fall|autumn|winter)\b)|\d{1,2}\/\d{1,2}\/\d{2,4}/gi;
const WINDOW = 40;

/** Merged [start, end) windows of `WINDOW` characters around each trigger, cut at word boundaries. */
function triggerWindows(text: string): Array<readonly [number, number]> {
  const out: Array<[number, number]> = [];
  EN_TRIGGER_G.lastIndex = 0;
  for (let m = EN_TRIGGER_G.exec(text); m; m = EN_TRIGGER_G.exec(text)) {
    let a = Math.max(0, m.index - WINDOW);
    let b = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (a > 0 && /\S/.test(text[a - 1]!)) a--;
    while (b < text.length && /\S/.test(text[b]!)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|of|for)\s+/i;
const NOT_DATES = /^(?:now|the days?|days|the day|this|a day|today's)$/i;
const DURATION = /\b(?:years|months|weeks|days|decades)\b/i;
const ANCHORED_ELSEWHERE = /\b(?:before|after|later|earlier|prior)\b/i;
const WEEK = /\bweek\b/i;
const YEAR = /(?<![\d,.$£€])\b(?:19|20)\d{2}\b(?![\d%]|,\d)/g;

/** Options of date extraction. */
export interface DateOptions {
  /** Article language (selects the chrono locale); null means English. */
  language: string | null;
  /** Publication day, or null when unknown (then only dates with a stated year get a value). */
  reference: CalendarDay | null;
}

/**
 * Finds date mentions in text[start:end].
 *
 * @example
 * findDates('It happened last week.', 0, 22, { language: 'en', reference: { year: 2016, month: 10, day: 4 } })
 * // [{ start: 12, end: 21, normalized: '2016-W39' }]
 */
export function findDates(text: string, start: number, end: number, options: DateOptions): DateMention[] {
  const slice = text.slice(start, end);
  const english = options.language === null || options.language === 'en' || !PARSERS[options.language];
  const out: DateMention[] = [];
  const parser = PARSERS[options.language ?? 'en'] ?? PARSERS.en!;
  const ref = options.reference ?? { year: 2000, month: 1, day: 1 };
  const anchor = new Date(ref.year, ref.month - 1, ref.day, 12);
  // English: only windows around trigger words are read, by englishDates where it is sure and else by chrono
  // (the costly part); other languages: the whole text by chrono.
  for (const [wa, wb] of english ? triggerWindows(slice) : [[0, slice.length] as const]) {
    const window = slice.slice(wa, wb);
    for (const r of (english && englishDates(window, anchor)) || parser.parse(window, anchor)) {
      let s = wa + r.index;
      let t = r.text;
      const lead = LEADING_PREPOSITION.exec(t);
      if (lead) { s += lead[0].length; t = t.slice(lead[0].length); }
      t = t.replace(/[\s,]+$/, '');
      if (!t || NOT_DATES.test(t)) continue;
      const c: DateParts = r.start;
      if (!['year', 'month', 'day', 'weekday'].some((k) => c.isCertain(k)) && !/\b(?:yesterday|tomorrow|today|tonight|ago)\b/i.test(t)) continue;
      if (out.some((d) => start + s < d.end && start + s + t.length > d.start)) continue;
      out.push({ start: start + s, end: start + s + t.length, normalized: normalize(t, c, options.reference) });
    }
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    const s = start + m.index;
    if (out.some((d) => s < d.end && s + 4 > d.start)) continue;
    const foreign = english && end - start <= 80 ? foreignDate(text, start, end, s, options.reference) : null;
    if (foreign) { out.push(foreign); continue; }
    out.push({ start: s, end: s + 4, normalized: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Locales tried, in order, on a short line holding a year that English does not read ("Lundi 25 avril 2022"). */
const FALLBACK_LOCALES = ['fr', 'de', 'es', 'it', 'pt', 'nl'] as const;

function foreignDate(text: string, start: number, end: number, yearAt: number, ref: CalendarDay | null): DateMention | null {
  const slice = text.slice(start, end);
  const anchor = new Date(ref?.year ?? 2000, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12);
  for (const locale of FALLBACK_LOCALES) {
    for (const r of PARSERS[locale]!.parse(slice, anchor)) {
      const s = start + r.index;
      const e = s + r.text.replace(/[\s,]+$/, '').length;
      if (s <= yearAt && e >= yearAt + 4 && r.start.isCertain('month')) return { start: s, end: e, normalized: normalize(r.text, r.start, ref) };
    }
  }
  return null;
}

function normalize(text: string, c: DateParts, ref: CalendarDay | null): string | null {
  if (DURATION.test(text) || ANCHORED_ELSEWHERE.test(text)) return null;
  const has = (k: string): boolean => c.isCertain(k);
  // Without a publication day only an explicitly written year anchors a date.
  if (!ref && (!has('year') || !/\d{4}/.test(text))) return null;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  if (WEEK.test(text)) return ref ? isoWeek({ year: y, month: mo, day: d }) : null;
  if (has('weekday') && !has('day') && ref) {
    const refN = dayNumber(ref);
    const refWeekday = new Date(refN * 86_400_000).getUTCDay();
    const delta = (refWeekday - c.get('weekday')! + 7) % 7;
    const n = /\bnext\b/i.test(text) ? refN + ((c.get('weekday')! - refWeekday + 7) % 7 || 7) : refN - delta;
    return isoDay(fromDayNumber(n));
  }
  let year = y;
  if (!has('year') && ref && has('month')) {
    const candidate = dayNumber({ year: ref.year, month: mo, day: has('day') ? d : 1 });
    year = ref.year;
    if (candidate > dayNumber(ref) + 92) year -= 1;
    else if (candidate < dayNumber(ref) - 275) year += 1;
  }
  if (has('day') || /\b(?:yesterday|tomorrow|today|tonight|ago)\b/i.test(text)) return isoDay({ year, month: mo, day: d });
  if (has('month')) return `${String(year).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
  if (has('year') || /\byear\b/i.test(text)) return String(year).padStart(4, '0');
  return null;
}
