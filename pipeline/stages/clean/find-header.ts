import type { LineFeatures } from './line-features.ts';
import { type Byline, parseByline } from './parse-byline.ts';
import { type ParsedDate, parseDate } from './parse-date.ts';
import type { Line } from './split-lines.ts';

/** Per-line facts the header search needs. */
export interface HeaderLine {
  line: Line;
  f: LineFeatures;
  /** A boilerplate phrase or breadcrumb matched the line. */
  boiler: boolean;
}

/** What the header search found (line indexes into the document's lines). */
export interface Header {
  title: number | null;
  bylines: Array<{ index: number; byline: Byline }>;
  dates: Array<{ index: number; date: ParsedDate; fromByline: boolean }>;
  /** Index of the date used as the publication date, or null. */
  published: number | null;
}

/** Max characters of a line that may be a title, byline or date line. */
const MAX_HEADER_LINE = 250;

/** True when a line is mostly a date ("Oct 04, 2016 06:00 AM EDT", "Published: 11 Mai 2017"). */
export function dateLine(text: string): ParsedDate | null {
  if (text.length > 100) return null;
  const d = parseDate(text);
  return d && d.coverage >= 0.6 ? d : null;
}

/** Ends like a sentence (a final period that is not an ellipsis or an abbreviation such as "U.S."). */
const SENTENCE_PERIOD = /(?<![.\s]\p{L})(?<!\.\.)\.$/u;

function titleScore(h: HeaderLine, lines: readonly HeaderLine[], i: number, anchor: number, haystack: string): number {
  const { f, line } = h;
  if (h.boiler || f.chars < 10 || f.chars > MAX_HEADER_LINE || f.words < 2 || f.words > 35 || f.urlDensity > 0) return -Infinity;
  if (SENTENCE_PERIOD.test(line.text)) return -Infinity;
  let s = 1 - Math.abs(anchor - i) / 40;
  if (/[:,;]$/.test(line.text)) s -= 1.5;
  if (f.words >= 4 && f.words <= 25) s += 0.5;
  if (f.upperRatio > 0.8 && f.words > 3) s -= 0.5;
  const key = line.text.toLowerCase();
  if (key.length >= 12) {
    const first = haystack.indexOf(key);
    if (first >= 0 && haystack.indexOf(key, first + 1) >= 0) s += 1.5;
  }
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const t = lines[k].line.text;
    if (parseByline(t) || dateLine(t)) {
      s += 1.5 - (k - i - 1) * 0.4;
      break;
    }
  }
  return s;
}

/**
 * Looks for the title, bylines and date lines in the header window (up to
 * `window` lines before the first paragraph of the body, and a few lines into
 * it). `haystack` is every short line, lower-cased, joined by newlines: a title
 * repeated elsewhere (breadcrumb, comment heading, footer) scores higher. The publication date is the first non-update date after the title; a
 * date above the title counts only when it sits right above it (a page-header
 * date at the top of the page is never the publication date).
 *
 * @example
 * // see tests/stages/clean/find-header.test.ts
 */
export function findHeader(lines: readonly HeaderLine[], bodyStart: number, window: number, haystack: string): Header {
  const from = Math.max(0, bodyStart - window);
  const to = Math.min(lines.length, bodyStart + 3);
  const bylines: Header['bylines'] = [];
  const dates: Header['dates'] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i].line.text;
    if (t.length > MAX_HEADER_LINE) continue;
    const b = parseByline(t);
    if (b) {
      bylines.push({ index: i, byline: b });
      const d = parseDate(t);
      if (d) dates.push({ index: i, date: d, fromByline: true });
      continue;
    }
    const d = i < bodyStart ? (t.length <= 160 ? parseDate(t) : null) : dateLine(t);
    if (d && (d.coverage >= 0.6 || (i < bodyStart && t.length <= 160 && lines[i].f.stopDensity < 0.25))) dates.push({ index: i, date: d, fromByline: false });
  }
  const special = new Set([...bylines.map((b) => b.index), ...dates.map((d) => d.index)]);
  let title: number | null = null;
  let best = 0;
  for (let i = from; i < Math.min(lines.length, bodyStart + 1); i++) {
    if (special.has(i)) continue;
    const s = titleScore(lines[i], lines, i, bodyStart, haystack);
    if (s > best || (s === best && title !== null && s > 0)) {
      best = s;
      title = i;
    }
  }
  let published: number | null = null;
  const after = dates.filter((d) => title === null || d.index > title);
  const pick = after.find((d) => !d.date.update) ?? after[0];
  if (pick) published = pick.index;
  else if (title !== null) {
    const above = dates.filter((d) => d.index < title! && d.index >= title! - 2 && d.index > 1);
    if (above.length) published = above[above.length - 1].index;
  }
  return { title, bylines, dates, published };
}
