/**
 * Plain English date mentions read without chrono-node, with the results its casual English parser gives.
 *
 * Each form is one of chrono-node's own patterns, copied with its quirks ("October," keeps the comma, "may" is a
 * month only after "in") and limited to plain values: "October 4", "Oct. 4, 2016", "4 October 2016", "October 2016",
 * "(on) (last) Tuesday", "weekend", "last week", "this month", "the past five years", "yesterday", "three days ago",
 * "10/04/2016", and chrono's joins "Tuesday, Oct. 4" and "Tuesday night". A text is read only when every word that
 * could start any other chrono-node reading lies inside these results and nothing next to a result (a time, a range,
 * a time zone, an "end of") would change it; otherwise the answer is null and chrono-node reads the text.
 * The patterns are in english-date-patterns.ts, their readers in english-date-readers.ts, chrono-node's day counting
 * in reference-days.ts; this module finds the matches and applies chrono-node's overlap rule and joins.
 */
import { ReferenceWithTimezone } from 'chrono-node';
import {
  AFTER, AGO, AM_PM_NEXT, AT_FROM, CASUAL, CASUAL_CUE, CUE_OF, CUES, DATE_TIME_GAP, DIGIT, END_OF, END_OF_MONTH, ENDS, LITTLE_ENDIAN,
  MIDDLE_ENDIAN, MODIFIER, MONTH_CUE, MONTH_NAME, MONTH_WORD, MORE_UNITS_NEXT, NUMBER_NEXT, NUMBERS, OFFSET_NEXT, ORDINAL, PERIOD, RANGE_GAP, RELATIVE, RELATIVE_TO_NEXT,
  SLASH, SPAN, SPAN_AGO, SPAN_START, SUFFIX, TIME_BEFORE, TIME_CUE, TIME_JOIN, TIME_NEXT, TIMEZONE_NEXT, WEEKDAY, WEEKDAY_CUE, WITHIN,
} from './english-date-patterns.ts';
import { type Component, type Found, READ, type Reader, type Values } from './english-date-readers.ts';

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

/** Whether a UTF-16 code unit is a regular expression word character (\\w). */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

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

/** Cue words found in a text: their places and kinds (and the time spans found at them). */
interface Cues { at: number[]; kind: number[]; all: number; spans: number[] }
// Reused by each call (reading is synchronous), as are the lists of results below: fewer objects to collect.
const CUES_FOUND: Cues = { at: [], kind: [], all: 0, spans: [] };
const ALL: Found[] = [];
const KEPT: Found[] = [];
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
  const all = ALL;
  all.length = 0;
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
  const kept = KEPT;
  kept.length = 0;
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
  if (at(text, OFFSET_NEXT, end(r)) || ('month' in r.known! && !('year' in r.known!) && at(text, NUMBER_NEXT, end(r)))) return false;
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
  const cues = CUES_FOUND;
  cues.at.length = cues.kind.length = cues.spans.length = cues.all = 0;
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
