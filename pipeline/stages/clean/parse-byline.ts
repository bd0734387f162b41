import { AUTHOR_JOINERS, BYLINE_PREFIXES, NAME_PARTICLES, ROLE_WORDS } from './data/bylines.ts';
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
const ROLES = new Set(ROLE_WORDS);

/** True when `s` looks like a personal name or a user handle (1-5 words, capitalised or a single handle). */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || s.length > 60) return false;
  if (/[\d@#:!?…]|https?/.test(s)) return false;
  if (words.length === 1) return /^[\p{L}][\p{L}'’.-]{2,}$/u.test(words[0]);
  let caps = 0;
  for (const w of words) {
    if (ROLES.has(w.toLowerCase())) return false;
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
  let s = part;
  const date = parseDate(s);
  if (date) s = s.slice(0, s.indexOf(date.raw));
  s = s.split(/\s[|•·—–]\s|\s-\s|\s*\|\s*|\(|\bon\s+\p{Lu}\p{Ll}+\s+\d/u)[0];
  const names: string[] = [];
  outer: for (const piece of s.split(JOINERS)) {
    const p = piece.trim().replace(/[.,;:]+$/, '');
    if (!p) continue;
    const cut: string[] = [];
    for (const w of p.split(/\s+/)) {
      if (ROLES.has(w.toLowerCase())) {
        if (cut.length > 0 && looksLikeName(cut.join(' '))) names.push(titleCase(cut.join(' ')));
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
