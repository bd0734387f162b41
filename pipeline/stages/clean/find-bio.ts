import { escapeRegExp } from '../../lib/escape-regexp.ts';
import { BIO_VERBS, BIO_WORDS, SITE_CUES } from './data/bylines.ts';
import { looksLikeName } from './parse-byline.ts';

const BIO_VERB = new Set(BIO_VERBS);
const BIO_WORD = new RegExp(`\\b(?:${BIO_WORDS.map(escapeRegExp).join('|')})\\b`, 'iu');
const SITE_CUE = new RegExp(`\\b(?:${SITE_CUES.map(escapeRegExp).join('|')})\\s+(?:the\\s+)?([\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'’-]*){0,3}?)(?=[.,;:]?\\s|[.,;:]?$)`, 'u');
const BULLET = /^[•·◦▪‣∙*–—-]\s*/;

/**
 * True when `text` opens like an author bio of `name` ("Andy Wolf is an
 * Appalachian native…", "Baran Hines writes for …"); the name's case may differ
 * (a byline's "Mark Di Stefano", the bio's "Mark di Stefano").
 *
 * @example
 * isBioOf('Baran Hines writes for ActivistPost.com.', 'Baran Hines') // true
 */
export function isBioOf(text: string, name: string): boolean {
  if (text.length > 1500 || text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return false;
  const next = text.slice(name.length).trimStart().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  return BIO_VERB.has(next);
}

/** An author-box name line is at most this long. */
const MAX_AUTHOR_LINE_CHARS = 120;

/**
 * True when a line only names the author again, in any case, perhaps with a note in brackets:
 * an author box's name line after the article.
 *
 * @example
 * isAuthorLine('Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger') // true
 */
export function isAuthorLine(line: string, name: string): boolean {
  if (line.length > MAX_AUTHOR_LINE_CHARS) return false;
  const t = line.toLowerCase();
  const n = name.toLowerCase();
  return t === n || (t.startsWith(`${n} (`) && t.endsWith(')'));
}

/** True when a paragraph reads like a bio without a known name: a name, a bio verb and a role word. */
export function looksLikeBio(text: string): boolean {
  if (text.length > 800) return false;
  const m = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(\p{L}+)/u.exec(text);
  return !!m && BIO_VERB.has(m[2].toLowerCase()) && BIO_WORD.test(text);
}

/**
 * An author box: a short name line (optionally bulleted, "• Andy Wolf")
 * directly followed by a bio that starts with that name. Returns the name or null.
 *
 * @example
 * authorBoxName('• Andy Wolf', 'Andy Wolf is an Appalachian native.') // 'Andy Wolf'
 */
export function authorBoxName(line: string, next: string): string | null {
  if (line.length > 60) return null;
  const name = line.replace(BULLET, '').trim();
  return looksLikeName(name) && name.includes(' ') && isBioOf(next, name) ? name : null;
}

/** The site named by a bio ("writes for ActivistPost.com." -> "ActivistPost.com"), or null. */
export function siteFromBio(text: string): string | null {
  const m = SITE_CUE.exec(text.length > 800 ? text.slice(0, 800) : text);
  return m ? m[1].replace(/[.,;:]+$/, '') : null;
}

/** The site named by a copyright line ("© 2024 VCPOST, All rights reserved." -> "VCPOST"), or null. */
export function siteFromCopyright(text: string): string | null {
  if (text.length > 300) return null;
  const m = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.*)$/iu.exec(text.trim());
  if (!m || !/^(?:copyright|©|\(c\))/iu.test(text.trim())) return null;
  const name = m[1].split(/[,|]|\.\s|\.$|\s[-–—]\s|\s+(?:all rights|tous droits|alle rechte|todos los|tutti i|todos os)/iu)[0].trim();
  if (!name || name.split(/\s+/).length > 6 || !/\p{L}/u.test(name)) return null;
  return name.replace(/^(?:by|the)\s+/i, (s) => (s.toLowerCase().startsWith('by') ? '' : s)).trim() || null;
}
