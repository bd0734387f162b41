import type { AnalysedLines } from './analyse-lines.ts';
import { bylineDate, publicationDate } from './find-header.ts';
import { cjkByline, parseByline } from './parse-byline.ts';
import { CJK_BRACKET_HEADING_WORDS, CJK_BYLINE_LABELS } from './data/bylines.ts';
import { type ParsedDate, parseDate } from './parse-date.ts';

/** The byline block sits within this many lines after the article's last line ... */
const AFTER_LINES = 3;
/** ... as a "By …" line of at most this many characters ... */
const MAX_CHARS = 80;
/** ... and its date line within this many lines below it. */
const DATE_LINES = 2;

/**
 * A Japanese closing byline in brackets, with the bureau or without ("（仙台総局・大西美帆）",
 * "（大西美帆、佐藤健）", a sports paper's "【大野陽介】"); without a bureau a name has three or four characters (a
 * two-character bracket is an agency: "（共同）").
 */
const CJK_CLOSING = /^[（(【](?:[^（）()【】・]{1,12}・(\p{sc=Han}{2,4}(?:[、・]\p{sc=Han}{2,4})*)|(\p{sc=Han}{3,4}(?:、\p{sc=Han}{2,4})*))[）)】]$/u;

/** Headings in brackets that read like a name of four characters ("【関連記事】"). */
const CJK_BRACKET_HEADINGS: ReadonlySet<string> = new Set(CJK_BRACKET_HEADING_WORDS);

/** A CJK author label with its colon ("作者：", "记者："). */
const CJK_AUTHOR_LABEL = new RegExp(`(?:${CJK_BYLINE_LABELS.author.filter((l) => l.length > 1).join('|')})\\s*[：:]`, 'u');

/** The entry line of a blog theme: its categories and tags, its date and its author ("This entry was posted in … on DATE by NAME."). */
const ENTRY_META = /^This entry was posted (?:in .{1,160}? )?on (.{6,40}?) by ([^.]{2,60})\.?(?:\s+Bookmark the permalink\.?)?$/u;
const MAX_ENTRY_META = 320;

/** A byline block printed after the article: the "By" line, its authors, and the date line under it. */
export interface TrailingByline {
  index: number;
  authors: string[];
  date: { index: number; date: ParsedDate } | null;
  /** The line states the post's date in words (a blog theme's entry line), which outweighs a date above the headline. */
  explicit?: boolean;
}

/**
 * A byline printed after the article (a side column rendered below the text: "Por Daniela
 * Ríos Bautista", then "4 de diciembre de 2026 · 20:15 h"): a "By" line among the first
 * `AFTER_LINES` lines from `end`, and a publication date (not an update) right under it; or a
 * Japanese closing byline in brackets (`CJK_CLOSING`).
 *
 * @example
 * // lines: …, last paragraph, "Por Daniela Ríos Bautista", "4 de diciembre de 2026 · 20:15 h"
 * trailingByline(a, end, false) // { index, authors: ['Daniela Ríos Bautista'], date: { index, date } }
 */
export function trailingByline(a: AnalysedLines, end: number, monthFirst?: boolean, to = a.lines.length): TrailingByline | null {
  const n = a.lines.length;
  // a blog's entry line below the share and "like" boxes ("This entry was posted in … on 4 December 2026 by Rosalind Tweedale.")
  for (let i = end; i < Math.min(n, to); i++) {
    const t = a.lines[i].text;
    const m = t.length <= MAX_ENTRY_META && t.startsWith('This entry was posted') ? ENTRY_META.exec(t) : null;
    if (!m) continue;
    const d = parseDate(m[1], monthFirst);
    const names = parseByline(`By ${m[2]}`)?.authors ?? [];
    if (names.length) return { index: i, authors: names, date: d && !d.update ? { index: i, date: d } : null, explicit: true };
  }
  // (the article's own last lines too, when they are not prose: a credit line inside the article region)
  for (let i = Math.max(0, end - AFTER_LINES); i < Math.min(n, end + AFTER_LINES); i++) {
    const t = a.lines[i].text;
    // (a "By" line with its date kept as text is still the byline: "By Bridget Haworth Published 3 December 2026, 6:00pm")
    if (i < end && a.classes[i] === 'good' && (a.feats[i].terminal || t.length > MAX_CHARS || publicationDate(t, monthFirst) === null)) continue;
    const cjk = t.length <= MAX_CHARS && !CJK_BRACKET_HEADINGS.has(t.slice(1, -1)) ? CJK_CLOSING.exec(t) : null;
    if (cjk) return { index: i, authors: (cjk[1] ?? cjk[2]).split(/[、・]/u), date: null };
    // ... or a CJK info line naming the author ("本文来源：江城日报 作者：方静怡"; an editor alone is no author here)
    const latin = t.length <= MAX_CHARS ? parseByline(t) : null;
    const b = latin?.start === 0 ? latin : t.length <= MAX_CHARS && CJK_AUTHOR_LABEL.test(t) ? cjkByline(t) : null;
    if (!b || b.authors.length === 0) continue;
    const own = latin ? publicationDate(t, monthFirst) : null;
    if (own && !own.update) return { index: i, authors: b.authors, date: { index: i, date: own } };
    for (let k = i + 1; k < Math.min(n, i + 1 + DATE_LINES); k++) {
      const d = bylineDate(a.lines[k].text, monthFirst);
      if (d && !d.update) return { index: i, authors: b.authors, date: { index: k, date: d } };
    }
    return { index: i, authors: b.authors, date: null };
  }
  return null;
}
