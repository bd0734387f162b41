import { alternation, escapeRegExp } from '../../lib/escape-regexp.ts';
import { AUTHOR_JOINERS, BEAT_WORDS, BRACKET_ROLES, CASELESS_ROLE_OPENINGS, OTHER_CREDIT_CUES, BYLINE_PREFIXES, WEAK_BYLINE_PREFIXES, CJK_BYLINE_LABELS, CJK_REPORTER_LINKS, CJK_REPORTER_TITLES, NAME_PARTICLES, LOWER_CASE_JOINERS, NEWSROOM_WORDS, NOT_NAME_WORDS, OUTLET_ARTICLES, OUTLET_WORDS, PERSON_ROLE_WORDS, PLACE_PREPOSITIONS, ROLE_WORDS, WRITES_VERBS } from './data/bylines.ts';
import { DATE_PREFIXES, MONTH_NAMES, PUBLISHED_CUES, RELATIVE_TIME, UPDATE_WORDS, WEEKDAY_NAMES } from './data/dates.ts';
import { parseDate } from './parse-date.ts';

/** A byline read from one line. */
export interface Byline {
  authors: string[];
  /** UTF-16 offset in the line where the "By …" part starts (after a glued file name, if any). */
  start: number;
  /** A glued image/file name before the byline (`us-russia-syria` in `us-russia-syriaBy Baran Hines`), or null. */
  gluedPrefix: string | null;
}

const PREFIXES = alternation(BYLINE_PREFIXES);
/** `By Name`, `Par Name`, `Author: Name`, optionally after a glued file-name token. */
const BYLINE = new RegExp(`^(?:([\\p{Ll}\\d][\\p{Ll}\\d_.-]*[-_.][\\p{Ll}\\d_.-]*[\\p{Ll}\\d]))?(?:${PREFIXES})(?:\\s*[:：]\\s*|\\s+)(?=\\S)`, 'iu');
const GLUED = new RegExp(`^([\\p{Ll}\\d][\\p{Ll}\\d_.-]*[-_.][\\p{Ll}\\d_.-]*[\\p{Ll}\\d])(?:${PREFIXES})\\s`, 'iu');
/** An image file name glued to the capitalised text after it (an author photo's name in a text dump). */
const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|avif)/i;
const GLUED_IMAGE = /^[\p{L}\d][\p{L}\d_.-]{0,80}\.(?:jpe?g|png|gif|webp|avif)(?=\p{Lu})/iu;
/** A capitalised label word; one or two may stand before a byline cue of two or more words ("Details Geschrieben von …"). */
const LABEL_WORD = /^\p{Lu}\p{Ll}+\s+/u;
/** The byline cues of two or more words ("written by", "geschrieben von"). */
const TWO_WORD_CUES = BYLINE_PREFIXES.filter((p) => p.includes(' '));
const MAX_CUE_CHARS = Math.max(...TWO_WORD_CUES.map((c) => c.length)) + 1;
const JOINERS = new RegExp(`\\s+(?:${AUTHOR_JOINERS.map(escapeRegExp).join('|')})\\s+|\\s*[,;/]\\s*`, 'iu');
/** The same, keeping each joiner (`split` puts them between the pieces). */
const JOINERS_KEPT = new RegExp(`(${JOINERS.source})`, 'iu');
/** Lower-case words ending with a role before a capitalised name ("state political reporter Callum …"). */
const ROLE_BEFORE_NAME = new RegExp(`^(?:\\p{Ll}+\\s+){0,3}(?:${PERSON_ROLE_WORDS.map(escapeRegExp).join('|')})\\s+(?=\\p{Lu})`, 'u');
/** An agency in capitals after "with" and its kin, closing the names ("… and Mia Kostova with APS"). */
const WITH_CAPS_AGENCY = /\s+(?:with|com|con|avec|mit)\s+\p{Lu}{2,6}$/u;
/** A joiner that is a given name when capitalised, in lower case between two names (`LOWER_CASE_JOINERS`): read as "&". */
const LOWER_JOINER = new RegExp(`\\s(?:${LOWER_CASE_JOINERS.map(escapeRegExp).join('|')})\\s(?=\\p{Lu})`, 'gu');
/** The Hebrew "and" is a letter glued to the next name ("איתי שרון ואורית בן דוד"): between two names of two words or more. */
const HEBREW_AND = /^(\p{sc=Hebrew}+(?:\s\p{sc=Hebrew}+)+)\sו(\p{sc=Hebrew}+(?:\s\p{sc=Hebrew}+)+)$/u;
const withLowerJoiners = (s: string): string => {
  const he = s.includes(' ו') ? HEBREW_AND.exec(s) : null;
  if (he) return `${he[1]} & ${he[2]}`;
  return s.includes(' d') ? s.replace(LOWER_JOINER, ' & ') : s;
};
/** A lower-case joiner opening a piece after a comma: the serial comma's "and" ("Jane Doe, John Roe, and Max Mustermann"). */
const LEADING_JOINER = new RegExp(`^(?:${AUTHOR_JOINERS.filter((j) => j !== 'with').map(escapeRegExp).join('|')})\\s+`, 'u');
/** From the comma after the name that follows the list's last "and" to the end. */
const AFTER_LAST_NAME = new RegExp(`(\\s(?:${AUTHOR_JOINERS.filter((j) => j !== 'with').map(escapeRegExp).join('|')})\\s+[^,;]+)[,;].*$`, 'iu');
const PARTICLES = new Set(NAME_PARTICLES);
/** A place after a name of two words or more ("… in London", "… from Kyiv"): one to three capitalised words after a place preposition. */
const PLACE_AFTER_NAME = new RegExp(`(?<=\\S\\s\\S+)\\s(?:${PLACE_PREPOSITIONS.map(escapeRegExp).join('|')})\\s\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,2}$`, 'u');
/** "… with AFP", "… com Agência Tejo", "… con agencias": the agency after the name. */
const WITH_AGENCY = /\s+(?:with|com|con|avec|mit|e|y|and)\s+(?:ag[eê]ncias?|agencias?|agence|agentur(?:en)?|agency|agencies|ap|afp|reuters|efe|dpa|lusa|ansa|apa|sda|ats|kyodo|xinhua)\b.*$/iu;
const MONTH_WORDS = new Set(Object.values(MONTH_NAMES).flat());
const NOT_NAMES = new Set(NOT_NAME_WORDS);
/** Words that end a name: `ROLE_WORDS` and every person's job (`PERSON_ROLE_WORDS`). */
const ROLES = new Set([...ROLE_WORDS, ...PERSON_ROLE_WORDS]);
const PERSON_ROLES = new Set(PERSON_ROLE_WORDS);
const BEATS = new Set(BEAT_WORDS);
const OUTLETS = new Set(OUTLET_WORDS);
const NEWSROOMS = new Set(NEWSROOM_WORDS);
const PLACE_WORDS = new Set(PLACE_PREPOSITIONS);
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Words that introduce a publication date ("Published", "Publié le"; not "Updated"): with weekdays, they belong to the date, not to a name before it. */
const UPDATE_CUE_WORDS = new Set(UPDATE_WORDS.flatMap((p) => p.split(' ')));
const DATE_CUE_WORDS = new Set([...DATE_PREFIXES, ...PUBLISHED_CUES].flatMap((p) => p.split(' ')).filter((w) => !UPDATE_CUE_WORDS.has(w)));
const WRITES: ReadonlySet<string> = new Set(WRITES_VERBS);
const dateWord = (w: string): boolean => {
  const k = w.replace(/[.,:]$/, '').toLowerCase();
  return WEEKDAYS.has(k) || DATE_CUE_WORDS.has(k) || WRITES.has(k);
};

/** A capitalised word with digits glued after it ("Nolan22"): the word. */
const GLUED_DIGITS = /^(\p{Lu}\p{Ll}+)\d/u;
/** A Catalan or Spanish compound surname at the end of the names ("Marta Vilanova i Pujol", "José Ortega y Gasset"). */
const SURNAME_JOINED = /(\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+)\s(i|y)\s(\p{Lu}[\p{L}'’-]+)$/u;
/**
 * Initials or another given name in brackets right after a first name, before the surname ("Richard (R.J.) Eskow",
 * "Bruno (Henrique Zecchin) Rodrigues"): part of the name as printed. (An agency in capitals is not: "(AFP)".)
 */
const MID_NAME_BRACKET = /(?<=^|[,;&]\s|\s(?:and|und|et|y|e)\s)(\p{Lu}\p{Ll}+)\s\(((?:\p{Lu}\.\s?){1,3}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\)\s(\p{Lu}\p{Ll}+)/u;

/** Bracketed initials inside a name ("Richard (R.J.) Eskow"). */
const INITIALS = /^\(\p{Lu}[\p{Lu}.]*\)$/u;

/** A word of a script without capitals whose bylines carry a label ("كتب: محمود عبد الرحيم"): counts as capitalised. */
const CASELESS_NAME = /^[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Thai}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Tamil}\p{sc=Georgian}]/u;

/** True when `s` looks like a personal name or a user handle (1-5 words, capitalised or a single handle). */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || s.length > 60) return false;
  if (/[\d@#:!?…]|https?/.test(s)) return false;
  if (words.length === 1) return /^[\p{L}][\p{L}'’.-]{2,}$/u.test(words[0]) && !NOT_NAMES.has(words[0].toLowerCase());
  let caps = 0;
  // a language switch or a run of initials ("FR EN", "DE | EN") is no name: some word has three letters or more
  if (words.every((w) => w.replace(/[.'’-]/g, '').length <= 2)) return false;
  // a name is written in one script: a caseless word beside a Latin one is a label ("বাংলা Archive")
  const caseless = words.filter((w) => CASELESS_NAME.test(w)).length;
  if (caseless > 0 && caseless < words.length) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // (a capitalised particle inside a name is a name part: "Gaëlle Le Bihan", though "le" may start a date)
    if ((ROLES.has(w.toLowerCase()) && !(k > 0 && /^\p{Lu}/u.test(w) && PARTICLES.has(w.toLowerCase()))) || NOT_NAMES.has(w.toLowerCase())) return false;
    if (/^\p{Lu}/u.test(w) || CASELESS_NAME.test(w) || (k > 0 && k < words.length - 1 && INITIALS.test(w))) caps++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return caps >= 2 || (caps >= 1 && words.length <= 2);
}

/**
 * A bare author line that is more than one name: a list of names ("Jane Doe and
 * John Roe", "Jane Doe, John Roe") or a name with its role after a comma ("Jane Doe,
 * Senior Reporter") or a name and its outlet after a pipe ("Jane Doe | Meridian Wire"): the
 * names, or null. Every name has two words or more.
 *
 * @example
 * nameListLine('Jane Doe, Senior Reporter') // ['Jane Doe']
 */
export function nameListLine(text: string): string[] | null {
  if (text.length > 84) return null;
  if (text.includes(' with ') || text.includes(' avec ') || text.includes(' mit ') || text.includes(' con ') || text.includes(' com ')) {
    const bare = text.replace(WITH_CAPS_AGENCY, '');
    if (bare !== text) return nameListLine(bare);
  }
  // another credit after the names ends them ("Kate Mulvaney Regional Reporter Pictures: Trent Ashby")
  const credit = OTHER_CREDIT.exec(text);
  return credit && credit.index > 0 ? nameListLine(text.slice(0, credit.index).replace(/[\s|·•,;—–-]+$/u, '')) : namesOf(text);
}

/** The names of a bare author line without another credit after them, or null. */
function namesOf(text: string): string[] | null {
  const glued = gluedNames(text);
  if (glued) return glued;
  const withRole = nameBeforeRole(text);
  if (withRole) return [withRole];
  // two or more cards printed on one line ("Harriet Lowe Transport Correspondent Tomasz Brandt Political Reporter")
  const cards = cardsOnOneLine(text);
  if (cards) return cards;
  // "Priya Ramdhanie Education correspondent, Albion North West": the role, then the outlet or place after a comma
  const comma0 = text.indexOf(',');
  const roleFirst = comma0 > 0 ? nameBeforeRole(text.slice(0, comma0)) : null;
  if (roleFirst) return [roleFirst];
  const comma = text.indexOf(',');
  // without a comma, two names of two words need four spaces ("Jane Doe and John Roe")
  if (comma < 0) {
    let spaces = 0;
    for (let k = text.indexOf(' '); k >= 0 && spaces < 4; k = text.indexOf(' ', k + 1)) spaces++;
    if (spaces < 4) return null;
  }
  const t = withLowerJoiners(text.replace(/^[•·|-]\s*/, '').trim());
  if (t.length > 80 || !/^\p{Lu}/u.test(t) || /[.!?:;]$/.test(t)) return null;
  // "Wanjiru Kamau | Meridian Wire", "Jane Doe, John Roe · DBN News": the names, then their outlet after a separator
  const parts = t.split(/ [|·•] /u);
  // ... or another credit ("Thabo Mokoena and Lerato Dlamini | Pictures: Sipho Ndlovu")
  if (parts.length === 2 && otherCreditLine(parts[1])) return nameListLine(parts[0]);
  // ... or the place they write from, after a list of names ("Kavya Raman & Sidharth Menon | Mumbai")
  if (parts.length === 2 && /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}$/u.test(parts[1])) {
    const list = nameListLine(parts[0]);
    if (list && list.length >= 2) return list;
  }
  if (parts.length === 2) {
    // ... or their role ("Dana Whitcombe | Staff Writer"), or an outlet opened by an article ("Kaylee Strand | The Fairbanks Sentinel")
    const outlet = parts[1].split(' ');
    const last = outlet[outlet.length - 1].toLowerCase();
    if (!OUTLETS.has(last) && !PERSON_ROLES.has(last) && !ARTICLE_OUTLET.test(parts[1])) return null;
    return nameListLine(parts[0]) ?? (parts[0].includes(' ') && looksLikeName(parts[0]) ? [titleCase(parts[0])] : null);
  }
  const c = t.indexOf(',');
  if (c > 0) {
    const head = t.slice(0, c).trim();
    const rest = t.slice(c + 1).trim().split(/\s+/);
    // ("Mireille Fontaine, The Northern Press": the outlet after the comma)
    if (rest.length <= 6 && (rest.some((w) => ROLES.has(w.toLowerCase())) || outletName(rest.join(' '))) && head.includes(' ') && looksLikeName(head)) return [titleCase(head)];
  }
  // (each name may be followed by the place it is written from: "Wilhelmina Okafor in London and Tomás Reyes-Harland in Amsterdam")
  // (and the serial comma's "and" opens the last name's piece: "Jonah Whitfield, Camila Ortega, and Benedict Osei")
  const serial = t.includes(',');
  const all = t.split(JOINERS).map((p) => (serial ? p.trim().replace(LEADING_JOINER, '') : p.trim()).replace(PLACE_AFTER_NAME, '')).filter(Boolean);
  // "Sneha Kulkarni / Bengaluru Metro Mirror": the outlet after the names is not one of them
  const pieces = all.filter((p, k) => k === 0 || outletAfterName(p) !== 'outlet');
  if (pieces.length < all.length && pieces.every((p) => p.includes(' ') && looksLikeName(p))) return pieces.map(titleCase);
  if (pieces.length < 2 || pieces.length > 4 || !pieces.every((p) => p.includes(' ') && looksLikeName(p))) return null;
  return pieces.map(titleCase);
}

/**
 * Cheap pre-test: a lower-case letter right before a capital somewhere in the line (Latin
 * letters, accented ones included; other scripts have no glue to split).
 */
function hasLowerUpper(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) continue;
    const p = text.charCodeAt(i - 1);
    if ((p >= 97 && p <= 122) || (p >= 0xdf && p <= 0xff && p !== 0xf7)) return true;
  }
  return false;
}
/** A lower-case letter glued to a capital: where two names run together in a text dump. */
const NAME_GLUE = /\p{Ll}(?=\p{Lu})/gu;

/**
 * Two names run together ("Antonia Rebollo DíezJoaquín Mérida"): both of two words or more, so
 * that "Sarah MacArthur" or "Anna LaPorte" stay whole. The names, or null.
 *
 * @example
 * gluedNames('Antonia Rebollo DíezJoaquín Mérida') // ['Antonia Rebollo Díez', 'Joaquín Mérida']
 */
export function gluedNames(text: string): string[] | null {
  if (text.length > 80 || !hasLowerUpper(text)) return null;
  for (const m of text.matchAll(NAME_GLUE)) {
    const left = text.slice(0, m.index + 1);
    const right = text.slice(m.index + 1);
    if (!left.includes(' ') || !right.includes(' ')) continue;
    // each side of the glue is a word of its own ("Díez|Joaquín", not "La|Porte"), and no role or beat follows
    const leftWord = left.slice(left.lastIndexOf(' ') + 1);
    const rightWords = right.split(' ').map((w) => w.replace(/[.,;:]+$/, '').toLowerCase());
    if (leftWord.length < 3 || rightWords[0].length < 3 || rightWords.some((w) => ROLES.has(w) || BEATS.has(w))) continue;
    if (looksLikeName(left) && looksLikeName(right)) return [left, right];
  }
  return null;
}

/**
 * A name and its role without a comma ("Harriet Coombe Environment editor", "Aoife Gilsenan
 * Western Correspondent", "Jane Doe Reporter"): the name, or null. The role is a person's job
 * (`PERSON_ROLE_WORDS`) closing the line or followed by its desk or place in lower-case words, after at most two beats
 * or ranks (`BEAT_WORDS`).
 */
export function nameBeforeRole(text: string): string | null {
  const ws = text.trim().split(/\s+/);
  if (text.includes(',') || ws.length < 3 || ws.length > 6 + MAX_ROLE_TAIL) return null;
  let role = ws.length - 1;
  if (!PERSON_ROLES.has(ws[role].toLowerCase())) {
    // ... or a role and its desk or place in lower-case words after it ("Anna Wiśniewska Dziennikarka działu Ekonomia")
    role = ws.findIndex((w, k) => k >= 2 && PERSON_ROLES.has(w.toLowerCase()));
    if (role < 0 || ws.length - role - 1 > MAX_ROLE_TAIL || !/^\p{Ll}/u.test(ws[role + 1])) return null;
  }
  if (role > 6) return null;
  ws.length = role;
  for (let k = 0; k < 2 && ws.length > 2 && BEATS.has(ws[ws.length - 1].toLowerCase()); k++) ws.pop();
  const name = ws.join(' ');
  return ws.length >= 2 && ws.length <= 4 && /^\p{Lu}/u.test(name) && looksLikeName(name) ? titleCase(name) : null;
}

/** Words of a line holding two author cards or more, each a name with its role. */
const MAX_CARDS_LINE_WORDS = 16;

/**
 * Author cards run together on one line, each a name of two to four words then its role, maybe after
 * beats or ranks ("Harriet Lowe Transport Correspondent Tomasz Brandt Political Reporter"): the names
 * (two or more), or null.
 */
function cardsOnOneLine(text: string): string[] | null {
  const ws = text.split(/\s+/);
  if (ws.length < 6 || ws.length > MAX_CARDS_LINE_WORDS || text.includes(',')) return null;
  const names: string[] = [];
  let cur: string[] = [];
  for (const w of ws) {
    if (!PERSON_ROLES.has(w.toLowerCase())) {
      cur.push(w);
      continue;
    }
    for (let k = 0; k < 2 && cur.length > 2 && BEATS.has(cur[cur.length - 1].toLowerCase()); k++) cur.pop();
    const name = cur.join(' ');
    if (cur.length < 2 || cur.length > 4 || !/^\p{Lu}/u.test(name) || !looksLikeName(name)) return null;
    names.push(titleCase(name));
    cur = [];
  }
  return cur.length === 0 && names.length >= 2 ? names : null;
}

/** Words after a role that say its desk or place ("działu Ekonomia", "à Lyon"). */
const MAX_ROLE_TAIL = 3;

const titleCase = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w));

/**
 * A byline part ending with an outlet's name (`OUTLET_WORDS`): the name before it
 * ("Peter Okafor Northstar Wire" → "Peter Okafor"), 'outlet' when the part of three words is
 * the outlet alone ("Bengaluru Metro Mirror"), or null when the part does not end so.
 */
export function outletAfterName(part: string): string | 'outlet' | null {
  const ws = part.split(/\s+/);
  if (ws.length < 3 || !OUTLETS.has(ws[ws.length - 1].toLowerCase())) return null;
  return ws.length === 3 ? 'outlet' : ws.slice(0, -2).join(' ');
}

/** A piece of roles and beats ("Senior Reporter", "CHIEF REPORTER"), or of up to three capitalised words closed by a role ("Housing Correspondent"). */
function roleAfterName(p: string): boolean {
  const ws = p.split(/\s+/);
  const roles = ws.every((w) => ROLES.has(w.toLowerCase()) || BEATS.has(w.toLowerCase()));
  return roles || (ws.length <= 3 && PERSON_ROLES.has(ws[ws.length - 1].toLowerCase()) && ws.every((w) => /^\p{Lu}/u.test(w)));
}

/** An outlet's name of two words or more: opened by an article (`OUTLET_ARTICLES`) or ended by an outlet's word ("Concord Press"). */
const ARTICLE_OUTLET = new RegExp(`^(?:${OUTLET_ARTICLES.map(escapeRegExp).join('|')})\\s*\\p{Lu}\\S*\\s\\S`, 'u');
export const outletName = (p: string): boolean => ARTICLE_OUTLET.test(p) || (/^\p{Lu}\S*\s/u.test(p) && OUTLETS.has(p.slice(p.lastIndexOf(' ') + 1).toLowerCase()));
/** A piece of a byline naming an outlet: one word ("CNN") or an outlet's name. */
const outletPiece = (p: string): boolean => !/\s/.test(p) || outletName(p);

/** Another credit after the authors ("… Reviewed by", "… Edited by", "… Photos by"): the authors end there. */
const OTHER_CREDIT = new RegExp(`\\s(?:${OTHER_CREDIT_CUES.map(escapeRegExp).join('|')})\\s`, 'iu');
const CREDIT_OPENING = new RegExp(`^(?:${alternation(OTHER_CREDIT_CUES)})\\s`, 'iu');
/**
 * A line opening with another credit than the author's ("Photographs by …", "Traduzione dallo sloveno di …"): never
 * the headline, and its names are not the authors.
 *
 * @example
 * otherCreditLine('Traduzione dallo sloveno di Paolo Serra · Illustrazione di Nadia Colombo') // true
 */
export const otherCreditLine = (text: string): boolean => text.length <= 200 && CREDIT_OPENING.test(text);
/**
 * Another credit after the line's first words ("Kate Mulvaney Regional Reporter Pictures: Trent Ashby"): a photo credit
 * by its shape, though the names before it may be the authors.
 */
export const creditAfterNames = (text: string): boolean => (OTHER_CREDIT.exec(text)?.index ?? 0) > 0;
/** A role word opens the rest of the line, maybe after one more beat ("… reporter", "… Democracy Reporter"). */
const ROLE_AFTER = new RegExp(`(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:${[...PERSON_ROLE_WORDS, ...ROLE_WORDS].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iuy');
/** A role word glued to the name before it ("Mick DonnellyColumnist" in a text dump). */
const GLUED_ROLE = /(\p{Ll})(\p{Lu}\p{Ll}+)(?=\s|$|[,;|])/gu;

/**
 * Puts a space before a role word glued to a name (`ROLE_WORDS`), so that the role ends the name.
 *
 * @example
 * unglueRole('Mick DonnellyColumnist') // 'Mick Donnelly Columnist'
 * unglueRole('Hamish TreloarHealth reporter') // 'Hamish Treloar Health reporter'
 */
export function unglueRole(text: string): string {
  if (!hasLowerUpper(text)) return text;
  return text.replace(GLUED_ROLE, (m, last: string, word: string, at: number) => {
    const w = word.toLowerCase();
    // ... or a beat glued before its role ("Hamish TreloarHealth reporter")
    if (ROLES.has(w)) return `${last} ${word}`;
    if (!BEATS.has(w)) return m;
    ROLE_AFTER.lastIndex = at + m.length;
    return ROLE_AFTER.test(text) ? `${last} ${word}` : m;
  });
}

/**
 * Splits the author part of a byline into names: stops at a date, a pipe or
 * a role word, splits on "and"/"&"/commas in several languages, and title-cases
 * ALL-CAPS names.
 *
 * @example
 * splitAuthors('JEFFREY GETTLEMAN JAN. 13, 2017') // ['Jeffrey Gettleman']
 */
export function splitAuthors(part: string): string[] {
  // (a role in lower case before the name: "By state political reporter Callum Okafor-Reid"; an agency in capitals after "with")
  let s = withLowerJoiners(unglueRole(part.replace(/@\w+/g, ' ').trim())).replace(ROLE_BEFORE_NAME, '').replace(WITH_CAPS_AGENCY, '');
  // "Written by Jane Doe Reviewed by John Roe": another credit ends the authors
  const credit = OTHER_CREDIT.exec(s);
  if (credit) s = s.slice(0, credit.index);
  const date = parseDate(s);
  if (date) {
    // the weekday or cue before the date is no part of the last name ("di Tommaso Ferrandi Sabato 5 Dicembre 2026",
    // "Par Jean Dupont Le 10 mars 2019")
    const words = s.slice(0, s.indexOf(date.raw)).replace(/[\s,]+$/, '').split(/\s+/);
    while (words.length > 1 && dateWord(words[words.length - 1])) words.pop();
    s = words.join(' ');
  }
  // a bracket in the middle of a name is set aside (a bracket otherwise ends the names) and put back at the end
  const mid = MID_NAME_BRACKET.exec(s);
  const bare = mid ? `${mid[1]} ${mid[3]}` : '';
  if (mid) s = s.replace(mid[0], bare);
  s = s.split(/\s[|•·—–]\s|\s-\s|\s*\|\s*|\(|\bon\s+\p{Lu}\p{Ll}+\s+\d/u)[0];
  // a list of names ends with its "and": a comma after the last name starts the outlet or role
  // ("Por Ana Souza e Bruno Lima, Rede Sul", "By Jane Doe and John Roe, Staff Writers")
  // (then every name may have its outlet after it: "By Odalys Reinholt, Concord Press, and Tobias Fenwick, The Red River Courier")
  const paired = AFTER_LAST_NAME.test(s);
  s = s.replace(AFTER_LAST_NAME, '$1');
  // a compound surname joined by "i" or "y" closing the names is one name, not two authors
  const joined = SURNAME_JOINED.exec(s);
  if (joined) s = s.slice(0, joined.index + joined[1].length);
  const names: string[] = [];
  const split = s.split(JOINERS_KEPT);
  outer: for (let pi = 0; pi < split.length; pi += 2) {
    const piece = split[pi];
    // (a name suffix keeps its full stop: "Thaddeus R. Whitlock Jr.")
    // (a name's footnote mark goes: "Luana Barbosa Cordeiro*"; a final initial keeps its full stop: "Catalina Fuenzalida R.")
    let p = piece.trim().replace(LEADING_JOINER, '').replace(/[,;:]+$/, '').replace(/[*†‡]+$/u, '').replace(/(?<!\b(?:Jr|Sr)|(?:^|\s)\p{Lu})\.+$/u, '');
    if (!p) continue;
    if (paired && names.length > 0 && outletPiece(p)) continue;
    // a piece of a beat and a role after a name, the list going on with a word ("By Shona Pickersgill, Senior Reporter and Dev Mistry",
    // "…, Housing Correspondent & Cathal Mac Giolla"; after a comma the next piece is the role's organisation, "…, Senior Staff
    // Technologist, ACLU Speech")
    if (names.length > 0 && /^\s+\S+\s+$/.test(split[pi + 1] ?? '') && roleAfterName(p)) continue;
    const outlet = outletAfterName(p);
    if (outlet === 'outlet' && names.length > 0) break;
    if (outlet !== null && outlet !== 'outlet') p = outlet;
    // a later piece of one word is an outlet, not a co-author ("By Jane Doe, CNN", "… and John Roe, Associated Press"),
    // and so is one opened by an agency's or a paper's word ("Por Rubén Castañeda / Agencia Noticias del Bierzo (ANB)")
    if (names.length > 0 && (!/\s/.test(p) || OUTLETS.has(p.slice(0, p.indexOf(' ')).toLowerCase()))) break;
    const cut: string[] = [];
    const ws = p.split(/\s+/);
    for (let k = 0; k < ws.length; k++) {
      let w = ws[k];
      // a name glued to the date or a counter that follows it ("Lucas Nolan22 Dec 2016")
      const glued = GLUED_DIGITS.exec(w);
      if (glued && cut.length > 0) {
        w = glued[1];
        ws.length = k + 1;
      }
      const lw = w.toLowerCase().replace(/[.,:]+$/, '');
      // a name ends at a role word, a month, a number or a lower-case word ("… March 18 at 3:57 PM Follow")
      // a month name ends a name only before a number ("… June 10"), not inside one ("Laura June Topolsky")
      const month = MONTH_WORDS.has(lw) && k + 1 < ws.length && /^\d/.test(ws[k + 1]);
      // ... and at a label ("Kategorie:", "Category:")
      // (a capitalised particle ending a name is a name part: "Tuan Le", though "le" may start a date)
      const surname = cut.length > 0 && /^\p{Lu}/u.test(w) && PARTICLES.has(lw) && !/^\d/.test(ws[k + 1] ?? '');
      const stop = (ROLES.has(lw) && !surname) || CASELESS_ROLE_OPENINGS.some((r) => lw.startsWith(r)) || month || /\d/.test(w) || /:$/.test(w) || (!/^\p{Lu}/u.test(w) && !CASELESS_NAME.test(w) && !PARTICLES.has(lw) && cut.length > 0);
      if (stop) {
        // "By KBVQ Staff", "By Brand Desk": one word and the newsroom closing the byline is no person
        if (cut.length === 1 && k === ws.length - 1 && NEWSROOMS.has(lw)) break outer;
        // a lone lower-case word is a user handle only when it is the whole byline ("By kleyraustria")
        // ... and a later part's one word before a role is the role's qualifier ("Jane Doe, Court Reporter")
        // "By Aoife Gilsenan Western Correspondent": the beat before the role is no part of the name
        // ("Rhodri Vaughan Local Democracy Reporter": every beat before the role)
        while (ROLES.has(lw) && cut.length > 2 && BEATS.has(cut[cut.length - 1].toLowerCase())) cut.pop();
        // (a sentence's full stop after the name, before the next credit: "Текст: Олена Ковальчук. Фото: …"; an initial keeps it)
        if (cut.length > 1 && /\p{L}{2}\.$/u.test(cut[cut.length - 1]) && !/^(?:Jr|Sr)\.$/.test(cut[cut.length - 1])) cut[cut.length - 1] = cut[cut.length - 1].slice(0, -1);
        if (cut.length > 0 && looksLikeName(cut.join(' ')) && (cut.length > 1 || (/^\p{Lu}/u.test(cut[0]) && names.length === 0))) names.push(titleCase(cut.join(' ')));
        // "Jane Doe in Nairobi and John Roe in Mombasa": a place ends this name, not the list
        if (cut.length > 1 && PLACE_WORDS.has(lw)) continue outer;
        break outer;
      }
      cut.push(w);
    }
    const name = cut.join(' ');
    if (!looksLikeName(name)) break;
    names.push(titleCase(name));
  }
  if (joined && names.length && names[names.length - 1].endsWith(joined[1].split(' ')[1])) names[names.length - 1] += ` ${joined[2]} ${joined[3]}`;
  return [...new Set(mid ? names.map((x) => x.replace(bare, mid[0])) : names)];
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
  // "priya_nair_90x90.jpgPriya Nair, DCT Bureau": an author photo's file name glued to a bare author line
  const file = IMAGE_EXT.test(line) ? GLUED_IMAGE.exec(line) : null;
  if (file) {
    const rest = line.slice(file[0].length);
    const authors = readByline(rest)?.authors ?? nameListLine(rest) ?? (rest.includes(' ') && looksLikeName(rest) ? [titleCase(rest)] : null);
    if (authors?.length) return { authors, start: file[0].length, gluedPrefix: file[0] };
  }
  // "Details Geschrieben von Herta Pichler Kategorie: …": a byline of a two-word cue after a label word or two
  for (let at = LABEL_WORD.exec(line)?.[0].length ?? 0, words = 1; at > 0 && words <= 2; words++) {
    const rest = line.slice(at);
    const lower = rest.slice(0, MAX_CUE_CHARS).toLowerCase();
    if (TWO_WORD_CUES.some((c) => lower.startsWith(c) && lower.charCodeAt(c.length) === 32)) {
      const b = readByline(rest);
      if (b && !b.gluedPrefix && b.authors.every((a) => /^\p{Lu}/u.test(a))) return { ...b, start: at };
    }
    const next = LABEL_WORD.exec(rest);
    at = next ? at + next[0].length : 0;
  }
  // "Le Monde | 04.05.2015 | Par Martin Untersinger", "Dec. 3, 2026 — by Jane Doe": a byline after a separator
  const sep = /\s[|•·—–]\s/g;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    const b = readByline(line.slice(m.index + m[0].length));
    if (b && !b.gluedPrefix) return { ...b, start: m.index + m[0].length };
  }
  // "Aline Verhoeven (texte) et Jérôme Lambotte (photos)": names with their roles in brackets
  const roles = bracketRoles(line);
  if (roles) return { authors: roles, start: 0, gluedPrefix: null };
  // "December 3, 2026December 4, 2026 by Jane Doe": dates, then the byline without a separator
  const by = DATE_THEN_BY.exec(line);
  if (by && (parseDate(line.slice(0, by.index + by[0].length))?.coverage ?? 0) >= 0.6) {
    const b = readByline(line.slice(by.index + by[0].length));
    if (b && !b.gluedPrefix) return { ...b, start: by.index + by[0].length };
  }
  return null;
}

const WEAK_PREFIXES: ReadonlySet<string> = new Set(WEAK_BYLINE_PREFIXES);

/**
 * A line opening with a byline label and a capital, whether or not a person follows ("Por Redacción Ventana Xela 04 de
 * diciembre de 2026 …", "By Staff"): a newsroom's byline, whose date is the article's.
 *
 * @example
 * bylineLabelled('Por Redacción Ventana Xela 04 de diciembre de 2026') // true
 */
export function bylineLabelled(line: string): boolean {
  const m = line.length <= 200 ? BYLINE.exec(line) : null;
  return m !== null && !m[1] && /^\p{Lu}/u.test(line.slice(m[0].length));
}

const TEXT_ROLES: ReadonlySet<string> = new Set(BRACKET_ROLES.text);
/** (Roles in lower case and capitalised: the names' capitals are matched case-sensitively.) */
const ALL_ROLES = [...BRACKET_ROLES.text, ...BRACKET_ROLES.other].flatMap((r) => [r, r[0].toUpperCase() + r.slice(1)]);
/** One name and its role in brackets ("Aline Verhoeven (texte)"), repeated between joiners. */
const NAME_ROLE = new RegExp(`(\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3})\\s*\\((${alternation(ALL_ROLES)})\\)`, 'gu');
const NAME_ROLE_LINE = new RegExp(`^${NAME_ROLE.source}(?:\\s*(?:[,·|&/]|\\s(?:${alternation(AUTHOR_JOINERS)}))\\s*${NAME_ROLE.source})*$`, 'u');

/** The writers of a credit line of names with bracketed roles, or null when the line is not one or names no writer. */
function bracketRoles(line: string): string[] | null {
  if (!line.includes('(') || line.length > 160 || !NAME_ROLE_LINE.test(line)) return null;
  const names: string[] = [];
  for (const m of line.matchAll(NAME_ROLE)) if (TEXT_ROLES.has(m[2].toLowerCase()) && looksLikeName(m[1])) names.push(m[1]);
  return names.length ? names : null;
}

function readByline(line: string): Byline | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  const glued = m[1] ?? null;
  if (glued && !GLUED.test(line)) return null;
  const authors = splitAuthors(line.slice(m[0].length));
  if (authors.length === 0) return null;
  // ("Na Wiejskiej 4 w Warszawie" is no byline)
  if (WEAK_PREFIXES.has(m[0].slice(glued?.length ?? 0).trim().replace(/[:：]$/, '').trim().toLowerCase()) && authors.some((a) => !a.includes(' '))) return null;
  return { authors, start: glued ? glued.length : 0, gluedPrefix: glued };
}

/** " by " after a date, the byline following it. */
const DATE_THEN_BY = /(?:\d|[ap]\.?m\.?)\s(?=[Bb]y\s\p{Lu})/u;
/** A relative time ("1 day ago", "8h", "il y a 2 heures"); group 1/3 are the words around the number. */
const RELATIVE = new RegExp(`^(?:(${alternation(RELATIVE_TIME.before)})\\s+)?\\d{1,3}\\s?(?:${alternation(RELATIVE_TIME.units)})\\.?(?:\\s+(${alternation(RELATIVE_TIME.after)}))?$`, 'iu');
const NAME_RELATIVE = new RegExp(`^(\\p{Lu}.{1,58}?)\\s+${RELATIVE.source.slice(1)}`, 'iu');
/** Two capitalised words open the line (a name may follow). */
const NAME_START = /^\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u;
/** A social handle after a name ("Devindra Hardawar, @devindra"). */
const HANDLE = /^@[\w.]{2,30}$/u;

/**
 * A name line without "By": "name – date" ("Dan Goodin - Apr 16, 2015 8:02 pm UTC",
 * "Jane Doe | 3 May 2017"), "name relative-time" ("Alex Perry 1 day ago",
 * "James Akinaka • 8h"; a bare number and unit needs the separator) or
 * "name, @handle" ("Devindra Hardawar, @devindra"); the date may be one of several short
 * parts ("Jane Doe · 5 min read · Mar 5, 2019"): the name as a byline, or null.
 *
 * @example
 * nameDateByline('Dan Goodin - Apr 16, 2015 8:02 pm UTC')?.authors // ['Dan Goodin']
 * nameDateByline('Alex Perry 1 day ago')?.authors // ['Alex Perry']
 */
export function nameDateByline(line: string): Byline | null {
  if (line.length > 120) return null;
  const byline = (raw: string): Byline | null => {
    // "Joana Ferreira com Agência Tejo 5 dez 2026": the agency the story was written with is no name
    const text = raw.replace(WITH_AGENCY, '');
    // "Jane Doe, Staff Writer · …" names Jane Doe; "Guadalajara, Jal. · lunes 7 de …" is a place and the day
    const comma = text.indexOf(',');
    // ("Mathieu Després-Lavoie, Le Courrier de l'Estuaire": the outlet after the name)
    const rest = text.slice(comma + 1).trim();
    const name = comma < 0 ? text : rest.split(/\s+/).every((w) => ROLES.has(w.toLowerCase())) || outletName(rest) ? text.slice(0, comma) : '';
    return looksLikeName(name) && name.includes(' ') ? { authors: [titleCase(name)], start: 0, gluedPrefix: null } : null;
  };
  const m = /^(.{2,60}?)\s+[-–—|•·/]\s+(.+)$/u.exec(line);
  if (m) {
    const d = parseDate(m[2]);
    if (d && d.coverage >= 0.6) return byline(m[1]);
    // "3 December 2026 | Owen Fairclough | 4 Comments": the date first, then the name
    const first = parseDate(m[1]);
    if (first && first.coverage >= 0.6) {
      const name = m[2].split(/\s+[-–—|•·/]\s+/u)[0];
      if (name.split(' ').length <= 4) {
        const b = byline(name);
        if (b) return b;
      }
    }
    if (RELATIVE.test(m[2])) return byline(m[1]);
    // "Jane Doe · 5 min read · Mar 5, 2019": one of several short parts is the date
    const parts = m[2].split(/\s+[-–—|•·/]\s+/u);
    const dated = parts.findIndex((x) => (parseDate(x)?.coverage ?? 0) >= 0.6 || RELATIVE.test(x));
    if (parts.length > 1 && parts.every((x) => x.split(' ').length <= 5) && dated >= 0) {
      // ("Road Test · Andrés Kowalchuk · December 5, 2026": a kicker first, the name right before the date)
      return (dated > 0 ? byline(parts[dated - 1]) : null) ?? byline(m[1]);
    }
  }
  // "Jane Doe March 3, 2019": a name directly followed by a date that runs to the end of the line
  const d = NAME_START.test(line) ? parseDate(line) : null;
  const at = d ? line.indexOf(d.raw) : -1;
  // (a name glued to the month is the outlet's label in a text dump: "Yahoo FinanceOctober 13, 2016")
  if (d && at > 0 && !/\p{L}/u.test(line[at - 1]) && (parseDate(line.slice(at))?.coverage ?? 0) >= 0.6) {
    // the weekday belongs to the date ("Joe Wee Monday, February 29, 2016")
    // ... and so do the cues before it ("Hamza Iqbal Qureshi Published December 2, 2026", "Gaëlle Le Bihan Publié le 3 décembre")
    const words = line.slice(0, at).replace(/[\s,]+$/, '').split(/\s+/);
    while (words.length > 0 && dateWord(words[words.length - 1])) words.pop();
    const name = words.join(' ');
    if (name.length >= 2) {
      const b = byline(name);
      if (b) return b;
    }
  }
  const h = /^(.{2,60}?)\s*[,|•·]?\s+(@\S+)$/u.exec(line);
  if (h && HANDLE.test(h[2])) return byline(h[1]);
  // "Alex Perry 1 day ago": without a separator the time needs its "ago"/"il y a" word
  const r = NAME_RELATIVE.exec(line);
  if (r && (r[2] || r[3])) return byline(r[1]);
  return null;
}

const CJK_LABEL = new RegExp(`(${alternation([...CJK_BYLINE_LABELS.author, ...CJK_BYLINE_LABELS.editor, ...CJK_BYLINE_LABELS.other])})\\s*[：:／/|｜]\\s*|(${alternation(CJK_BYLINE_LABELS.spaced)})\\s+`, 'gu');
const AUTHOR_LABELS = new Set<string>([...CJK_BYLINE_LABELS.author]);
const EDITOR_LABELS = new Set<string>(CJK_BYLINE_LABELS.editor);
/** A Chinese or Japanese personal name: 2-4 Han characters, or Han parts joined by "·" (transliterations). */
const HAN_NAME = /^\p{sc=Han}{2,4}$|^\p{sc=Han}{1,6}(?:·\p{sc=Han}{1,6}){1,2}$/u;
const HAN = /\p{sc=Han}/u;
/** "Filed from" after a CJK byline's names ("发自深圳", "發自台北", "高雄報導", "北京报道"). */
const FILED_FROM = /^(?:发自|發自)\p{sc=Han}{1,6}$|^\p{sc=Han}{1,6}(?:报道|報導)$/u;

/** One to four Han names of two to four characters, between spaces or "、" ("森田和也 石井里奈"). */
const HAN_NAME_LIST = /^\p{sc=Han}{2,4}(?:[ \u3000、・]\p{sc=Han}{2,4}){0,3}$/u;
/**
 * A bare line of Han names without a label ("森田和也 石井里奈"): the names, or null. Han names read like any short words,
 * so callers take them only where a byline stands (under the headline, over the date line).
 *
 * @example
 * hanNameList('森田和也 石井里奈') // ['森田和也', '石井里奈']
 */
export function hanNameList(text: string): string[] | null {
  return text.length <= 40 && HAN_NAME_LIST.test(text) ? text.split(/[ \u3000、・]/u) : null;
}
/** A photographer's credit after the name ("王海涛摄", "王海涛 攝", "佐藤撮影"). */
const PHOTO_TAKEN = /(?:摄|攝|撮影|摄影|攝影)[)）]?$/u;
const HAN_OR_HANGUL = /[\p{sc=Han}\p{sc=Hangul}]/u;
/** A Japanese name printed with a space between family and given name ("藤井 翔太"). */
const JA_SPACED_NAME = /^\p{sc=Han}{1,3} \p{sc=Han}{1,3}$/u;

/**
 * Reads the labelled fields of a CJK info line ("来源：网易科学人作者：责任编辑：肖春芳",
 * "文/张三", "记者 张三 李四"): the author field, or the editor in charge when the
 * line names no author (labels in `CJK_BYLINE_LABELS`); or names before a reporter
 * title ("김서연 기자", `reporterByline`). A value runs to the next
 * label, bracket or space; it must be a Han name (2-4 characters) or a Latin name.
 *
 * @example
 * cjkByline('2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳')?.authors // ['肖春芳']
 */
export function cjkByline(line: string): Byline | null {
  if (line.length > 200 || !HAN_OR_HANGUL.test(line)) return null;
  const reporter = reporterByline(line);
  if (reporter) return reporter;
  if (!HAN.test(line)) return null;
  const fields: Array<{ label: string; start: number; from: number }> = [];
  CJK_LABEL.lastIndex = 0;
  for (let m = CJK_LABEL.exec(line); m; m = CJK_LABEL.exec(line)) {
    const label = m[1] ?? m[2];
    // a one-character label ("文") must not end a longer word ("原文：")
    if (label.length === 1 && m.index > 0 && HAN.test(line[m.index - 1])) continue;
    fields.push({ label, start: m.index, from: m.index + m[0].length });
  }
  // every labelled field of names counts ("记者 陈晨 实习生 林欣": the reporter and the intern)
  const read = (labels: ReadonlySet<string>): Byline | null => {
    let found: Byline | null = null;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      if (!labels.has(f.label)) continue;
      const value = line.slice(f.from, k + 1 < fields.length ? fields[k + 1].start : line.length);
      // (the place the story was filed from is no name: "发自深圳", "高雄報導")
      let names = value.split(/[\s,、\]】)）|｜]+/u).filter((x) => x && !FILED_FROM.test(x));
      // "記者 藤井 翔太": after the Japanese (and traditional) label, two short parts are one name as printed
      if (f.label === '記者' && names.length === 2 && /^\p{sc=Han}{1,3} \p{sc=Han}{1,3}$/u.test(value.trim())) names = [value.trim()];
      // (a photographer's credit closes with "摄": "本报记者 王海涛摄" took the photo)
      if (PHOTO_TAKEN.test(value.trim())) continue;
      const ok = names.filter((x) => HAN_NAME.test(x) || JA_SPACED_NAME.test(x) || (!HAN.test(x) && looksLikeName(x)));
      if (ok.length === 0 || ok.length !== names.length) continue;
      if (found) found.authors.push(...ok);
      else found = { authors: ok, start: f.start, gluedPrefix: null };
    }
    return found;
  };
  return read(AUTHOR_LABELS) ?? read(EDITOR_LABELS) ?? filedFromByline(line) ?? bracketedName(line);
}

/** A Taiwanese byline of reporters and the place they filed from ("記者何佳穎、攝影記者鄭文彬／高雄報導"). */
const FILED_BYLINE = /^(?:(?:攝影|摄影)?[記记]者\p{sc=Han}{2,4}[、\s]?)+[／/]\p{sc=Han}{1,8}(?:報導|报道)$/u;
const FILED_NAME = /(攝影|摄影)?[記记]者(\p{sc=Han}{2,4})/gu;
/** The reporters of a Taiwanese byline (the photographers are not authors), or null. */
function filedFromByline(line: string): Byline | null {
  if (!FILED_BYLINE.test(line)) return null;
  const authors = [...line.matchAll(FILED_NAME)].filter((m) => !m[1]).map((m) => m[2]);
  return authors.length ? { authors, start: 0, gluedPrefix: null } : null;
}

/** A Japanese byline in square brackets, the name then the outlet ("[山田理沙，テックジャーナル]"). */
const BRACKETED_NAME = /^[[［](\p{sc=Han}{2,4}|\p{sc=Han}{1,3} \p{sc=Han}{1,3})[，,、]\s?[^\]］]{1,24}[\]］]$/u;
function bracketedName(line: string): Byline | null {
  const m = BRACKETED_NAME.exec(line);
  return m ? { authors: [m[1]], start: 0, gluedPrefix: null } : null;
}

const REPORTER_TITLE = new RegExp(`^((?:\\p{sc=Hangul}{2,4}|\\p{sc=Han}{2,4})(?:\\s*[·・,、]\\s*(?:\\p{sc=Hangul}{2,4}|\\p{sc=Han}{2,4}))*)\\s*(?:${alternation(CJK_REPORTER_TITLES)})(?:\\s+[\\w.+-]+@[\\w.-]+)?(?:\\s+(\\S.*))?$`, 'u');

/**
 * A CJK byline of names and a reporter title after them ("김서연 기자",
 * "김서연·이준호 기자 kimsy@example.com", "佐藤美咲記者"; titles in `CJK_REPORTER_TITLES`),
 * maybe with the date after them ("박민재 기자 mjpark@example.com 입력 2026.12.03 14:05").
 *
 * @example
 * reporterByline('김서연 기자')?.authors // ['김서연']
 */
export function reporterByline(line: string): Byline | null {
  if (line.length > 80 || !HAN_OR_HANGUL.test(line)) return null;
  // (a label or the place the story was filed from before the name: "기자명 홍성민 기자", "세종=김도윤 기자")
  const text = line.replace(REPORTER_PREFIX, '');
  const m = REPORTER_TITLE.exec(text);
  if (!m) {
    // each name with its title, between commas ("세종=김도윤 기자, 이서현 기자")
    const parts = text.split(/\s*,\s*/u);
    if (parts.length < 2) return null;
    const each = parts.map((p) => REPORTER_TITLE.exec(p));
    if (each.some((x) => !x || x[2] !== undefined)) return null;
    return { authors: each.flatMap((x) => x![1].split(/\s*[·・,、]\s*/u)), start: 0, gluedPrefix: null };
  }
  // more after the name, title and e-mail only when it holds the date ("… 입력 2026.12.03 14:05") or a link to the reporter's page
  if (m[2] !== undefined && !REPORTER_LINKS.has(m[2].trim()) && !parseDate(m[2])) return null;
  const authors = m[1].split(/\s*[·・,、]\s*/u);
  return { authors, start: 0, gluedPrefix: null };
}

/** A label or a place and "=" before a Korean reporter's name ("기자명 홍성민 기자", "세종=김도윤 기자"). */
const REPORTER_PREFIX = /^(?:기자명\s+|[\p{sc=Hangul}\p{sc=Han}]{1,6}\s*=\s*)/u;
/** Links printed after a Korean reporter's name and title (`CJK_REPORTER_LINKS`). */
const REPORTER_LINKS: ReadonlySet<string> = new Set(CJK_REPORTER_LINKS);

/**
 * The reporter in a paragraph's dateline: Japanese "【札幌＝佐藤美咲】", Chinese "（记者 张三）" near the
 * start, Taiwanese "〔記者林佩蓉／台中報導〕" at the start.
 */
const DATELINE_BYLINE = /^【[^＝=】]{1,16}[＝=]([^】]{2,30})】|^.{0,40}?[（(]记者\s*([^）)]{2,30})[）)]|^[〔【［\[（(](?:[^〔【記记]{0,8})?[記记]者\s*([^／/〕】］\]）)]{2,30})[／/][^〕】］\]）)]{1,12}[〕】］\]）)]/u;

/**
 * The reporter named in the dateline that opens a paragraph (Japanese wire style
 * "【札幌＝佐藤美咲】道東中央バスは…", Chinese "本报北京12月3日电（记者 张三 李四）…"): the names, or null.
 *
 * @example
 * datelineByline('【札幌＝佐藤美咲】道東中央バス（北見市）は4日…') // ['佐藤美咲']
 */
export function datelineByline(paragraph: string): string[] | null {
  const m = DATELINE_BYLINE.exec(paragraph);
  if (!m) return null;
  const names = (m[1] ?? m[2] ?? m[3]).split(/[\s、,，・]+/u).filter(Boolean);
  return names.length > 0 && names.every((x) => HAN_NAME.test(x)) ? names : null;
}
