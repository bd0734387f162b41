import { AUTHOR_JOINERS, BYLINE_PREFIXES, NAME_PARTICLES, NOT_NAME_WORDS, ROLE_WORDS } from './data/bylines.ts';
import { MONTH_NAMES } from './data/dates.ts';
import { parseDate } from './parse-date.ts';

/** A byline read from one line. */
export interface Byline {
  authors: string[];
  /** UTF-16 offset in the line where the "By …" part starts (after a glued file name, if any). */
  start: number;
  /** A glued image/file name before the byline (`us-russia-syria` in `us-russia-syriaBy Baran Hines`), or null. */
  gluedPrefix: string | null;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIXES = [...BYLINE_PREFIXES].sort((a, b) => b.length - a.length).map(esc).join('|');
/** `By Name`, `Par Name`, `Author: Name`, optionally after a glued file-name token. */
const BYLINE = new RegExp(`^(?:([\\p{Ll}\\d][\\p{Ll}\\d_.-]*[-_.][\\p{Ll}\\d_.-]*[\\p{Ll}\\d]))?(?:${PREFIXES})(?:\\s*[:：]\\s*|\\s+)(?=\\S)`, 'iu');
const GLUED = new RegExp(`^([\\p{Ll}\\d][\\p{Ll}\\d_.-]*[-_.][\\p{Ll}\\d_.-]*[\\p{Ll}\\d])(?:${PREFIXES})\\s`, 'iu');
const JOINERS = new RegExp(`\\s+(?:${AUTHOR_JOINERS.map(esc).join('|')})\\s+|\\s*[,;/]\\s*`, 'iu');
const PARTICLES = new Set(NAME_PARTICLES);
const MONTH_WORDS = new Set(Object.values(MONTH_NAMES).flat());
const NOT_NAMES = new Set(NOT_NAME_WORDS);
const ROLES = new Set(ROLE_WORDS);

/** True when `s` looks like a personal name or a user handle (1-5 words, capitalised or a single handle). */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || s.length > 60) return false;
  if (/[\d@#:!?…]|https?/.test(s)) return false;
  if (words.length === 1) return /^[\p{L}][\p{L}'’.-]{2,}$/u.test(words[0]);
  let caps = 0;
  for (const w of words) {
    if (ROLES.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase())) return false;
    if (/^\p{Lu}/u.test(w)) caps++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return caps >= 2 || (caps >= 1 && words.length <= 2);
}

const titleCase = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w));

/**
 * Splits the author part of a byline into names: stops at a date, a pipe or
 * a role word, splits on "and"/"&"/commas in several languages, and title-cases
 * ALL-CAPS names.
 *
 * @example
 * splitAuthors('JEFFREY GETTLEMAN JAN. 13, 2017') // ['Jeffrey Gettleman']
 */
export function splitAuthors(part: string): string[] {
  let s = part.replace(/@\w+/g, ' ').trim();
  const date = parseDate(s);
  if (date) s = s.slice(0, s.indexOf(date.raw));
  s = s.split(/\s[|•·—–]\s|\s-\s|\s*\|\s*|\(|\bon\s+\p{Lu}\p{Ll}+\s+\d/u)[0];
  const names: string[] = [];
  outer: for (const piece of s.split(JOINERS)) {
    const p = piece.trim().replace(/[.,;:]+$/, '');
    if (!p) continue;
    const cut: string[] = [];
    for (const w of p.split(/\s+/)) {
      const lw = w.toLowerCase().replace(/[.,]+$/, '');
      // a name ends at a role word, a month, a number or a lower-case word ("… March 18 at 3:57 PM Follow")
      const stop = ROLES.has(lw) || MONTH_WORDS.has(lw) || /\d/.test(w) || (!/^\p{Lu}/u.test(w) && !PARTICLES.has(lw) && cut.length > 0);
      if (stop) {
        // a lone lower-case word is a user handle only when it is the whole byline ("By kleyraustria")
        if (cut.length > 0 && looksLikeName(cut.join(' ')) && (cut.length > 1 || /^\p{Lu}/u.test(cut[0]))) names.push(titleCase(cut.join(' ')));
        break outer;
      }
      cut.push(w);
    }
    const name = cut.join(' ');
    if (!looksLikeName(name)) break;
    names.push(titleCase(name));
  }
  return [...new Set(names)];
}

/**
 * Reads a byline line: `By Jane Doe and John Roe`, `Par Martin Untersinger`,
 * `us-russia-syriaBy Baran Hines` (glued file name reported separately).
 * Lines longer than 200 characters are never bylines.
 *
 * @example
 * parseByline('us-russia-syriaBy Baran Hines') // { authors: ['Baran Hines'], start: 15, gluedPrefix: 'us-russia-syria' }
 */
export function parseByline(line: string): Byline | null {
  if (line.length > 200) return null;
  const direct = readByline(line);
  if (direct) return direct;
  // "Le Monde | 04.05.2015 | Par Martin Untersinger": a byline after a separator
  const sep = /\s[|•·]\s/g;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    const b = readByline(line.slice(m.index + m[0].length));
    if (b && !b.gluedPrefix) return { ...b, start: m.index + m[0].length };
  }
  return null;
}

function readByline(line: string): Byline | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  const glued = m[1] ?? null;
  if (glued && !GLUED.test(line)) return null;
  const authors = splitAuthors(line.slice(m[0].length));
  if (authors.length === 0) return null;
  return { authors, start: glued ? glued.length : 0, gluedPrefix: glued };
}

/**
 * A "name – date" line without "By" ("Dan Goodin - Apr 16, 2015 8:02 pm UTC",
 * "Jane Doe | 3 May 2017"): the name as a byline, or null.
 *
 * @example
 * nameDateByline('Dan Goodin - Apr 16, 2015 8:02 pm UTC')?.authors // ['Dan Goodin']
 */
export function nameDateByline(line: string): Byline | null {
  if (line.length > 120) return null;
  const m = /^(.{2,60}?)\s+[-–—|•·]\s+(.+)$/u.exec(line);
  if (!m || !looksLikeName(m[1]) || !m[1].includes(' ')) return null;
  const d = parseDate(m[2]);
  return d && d.coverage >= 0.6 ? { authors: [titleCase(m[1])], start: 0, gluedPrefix: null } : null;
}
