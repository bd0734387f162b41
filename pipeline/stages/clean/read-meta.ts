import type { PageMeta } from '../../lib/types.ts';
import { PERSON_ROLE_WORDS, ROLE_WORDS } from './data/bylines.ts';
import { looksLikeName, nameBeforeRole, nameListLine, outletAfterName, parseByline, unglueRole } from './parse-byline.ts';
import { type ParsedDate, parseDate } from './parse-date.ts';

/** Page metadata normalised for the clean record. */
export interface CleanMeta {
  title: string | null;
  authors: string[];
  published: ParsedDate | null;
  site: string | null;
}

const BY = /^\s*(?:by|par|von|por|di|door)\s+/i;

/** A role label before the name ("Reporter Catriona Isbister", "Columnist: Jane Doe"). */
const LEADING_ROLE = new RegExp(`^(?:${ROLE_WORDS.filter((w) => /^\p{L}{4,}$/u.test(w)).join('|')})\\s*:?\\s+`, 'iu');
const ROLES = new Set(ROLE_WORDS);
const PERSON_ROLES = new Set(PERSON_ROLE_WORDS);
/** A name, then a place after "at" or "in" ("Callum Reid at Glenview Park"). */
const PLACE_AFTER = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:at|in)\s+\p{Lu}[^,;]*$/u;

/** A sentence, not a name: six or more words ending with a full stop, or holding three lower-case words in a row. */
const SENTENCE = /^(?:\S+\s+){5,}\S*[.!?]$|(?:^|\s)\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}(?:\s|$)/u;
/** The capitalised words that open a value ("Sophie Lemaire" in "Sophie Lemaire écrit sur …"). */
const LEADING_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?=\p{Ll})/u;

/**
 * Author names from one metadata author value: the "By" prefix and a trailing
 * date are dropped; the value is split on "and"/"&"/commas only when every
 * part looks like a personal name, else kept whole ("BBC News", "Mac & i").
 */
export function metaAuthors(value: string): string[] {
  const whole = value.replace(/\s+/g, ' ').trim();
  // a byline as printed ("Written by Arjun Menon , Coimbatore Last Updated: …"): its names
  const byline = parseByline(whole);
  if (byline && byline.start === 0 && !BY.test(whole)) return byline.authors;
  let s = unglueRole(whole.replace(BY, ''));
  // role labels before the name ("Reporter Catriona Isbister"); a value of roles alone names nobody ("Staff Reporter")
  for (let m = LEADING_ROLE.exec(s); m; m = LEADING_ROLE.exec(s)) s = s.slice(m[0].length);
  if (!s || /^https?:/i.test(s) || ROLES.has(s.toLowerCase())) return [];
  const d = parseDate(s);
  // a date line found as the byline ("December 2, 2026 4:17 PM GMT Updated 2 hours ago") names nobody
  if (d && s.indexOf(d.raw) === 0) return [];
  if (d && s.indexOf(d.raw) > 0) s = s.slice(0, s.indexOf(d.raw)).replace(/[\s,|·•-]+$/, '');
  // a bio sentence found as the byline ("Sophie Lemaire écrit sur la bande dessinée … depuis 2015."): its leading name
  if (SENTENCE.test(s)) {
    const lead = LEADING_NAME.exec(s)?.[0].trim();
    return lead && lead.includes(' ') && looksLikeName(lead) ? [lead] : [];
  }
  // "Callum Reid at Glenview Park", "Jane Doe in Nairobi": the name without the place
  const at = PLACE_AFTER.exec(s);
  if (at && looksLikeName(at[1]) && at[1].includes(' ')) return [at[1]];
  // "Sneha Kulkarni / Bengaluru Metro Mirror": names without the outlet after them
  if (/\s[/|]\s/.test(s)) {
    const names = nameListLine(s.replace(/\s\|\s/g, ' / '));
    if (names) return names;
  }
  const parts = s.split(/\s+(?:and|&|und|et|y|e)\s+|\s*[,;]\s*/i).map((p) => p.trim()).filter(Boolean);
  // roles after the names ("Hana Te Rangi, Local Democracy Reporter"): a part whose last word is a role word
  while (parts.length > 1 && PERSON_ROLES.has(parts[parts.length - 1].split(' ').pop()!.toLowerCase())) parts.pop();
  // ... or a name followed by its beat and role without a comma ("Oluwaseun Adebayo-Martins Agriculture Correspondent, Kano")
  const withRole = nameBeforeRole(parts[0] ?? '');
  if (withRole) return [withRole];
  const caps = (p: string): string => (p === p.toUpperCase() && /\p{Lu}{3}/u.test(p) ? p.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (m) => m.toUpperCase()) : p);
  if (parts.length > 1 && parts.every((p) => looksLikeName(p) && p.includes(' '))) return parts.map(caps);
  if (parts.length === 1 && parts[0] !== s && looksLikeName(parts[0])) return [caps(parts[0])];
  return s ? [caps(s)] : [];
}

/**
 * Normalises `IngestRecord.meta` (HTML meta tags, JSON-LD, JSONL fields):
 * collapses whitespace, strips a "By" prefix from authors, and parses the
 * date (keeping the raw string). The title is kept as the page declares
 * it, a " - Site" suffix included: it is the title a reader sees and the one
 * extraction benchmarks compare against, and the site has its own column.
 *
 * @example
 * readMeta({ title: 'Hello | Example', authors: ['By Jane Doe'], published: '2017-05-11', site: 'Example', lang: null }).title // 'Hello | Example'
 */
export function readMeta(meta: PageMeta | undefined): CleanMeta {
  if (!meta) return { title: null, authors: [], published: null, site: null };
  const clean = (s: string | null): string | null => (s ? s.replace(/\s+/g, ' ').trim() || null : null);
  const site = clean(meta.site);
  const title = clean(meta.title);
  const authors: string[] = [];
  for (const a of meta.authors ?? []) for (const name of metaAuthors(a)) if (!authors.includes(name)) authors.push(name);
  const raw = clean(meta.published);
  const d = raw ? parseDate(raw) : null;
  const published = d && raw ? { ...d, raw } : null;
  return { title, authors, published, site };
}
