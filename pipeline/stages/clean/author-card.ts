import { GERMAN_ROLE_ENDINGS, PERSON_ROLE_WORDS } from './data/bylines.ts';
import { looksLikeName, nameBeforeRole, outletName, unglueRole } from './parse-byline.ts';

const ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_WORDS);
/** Ranks printed before a role ("Senior Lecturer", "Associate Professor", "Contributing Writer"). */
const RANKS: ReadonlySet<string> = new Set(['senior', 'associate', 'assistant', 'chief', 'principal', 'lead', 'deputy', 'staff', 'contributing', 'guest', 'visiting', 'honorary', 'research', 'executive', 'managing']);
/** Cheap pre-test: the line holds a role word somewhere. */
const ANY_ROLE = new RegExp(`(?<![\\p{L}])(?:${PERSON_ROLE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** A German compound closed by a role ("Regionalredakteurin", "Auslandskorrespondent", "Sportreporterin"). */
const COMPOUND_ROLE = new RegExp(`^\\p{Lu}\\p{Ll}{3,}(?:${GERMAN_ROLE_ENDINGS.join('|')})$`, 'u');

const COMPOUND_ROLE_INSIDE = new RegExp(`\\p{Ll}(?:${GERMAN_ROLE_ENDINGS.join('|')})(?![\\p{L}])`, 'u');

/** A role line has at most this many words ("Agriculture Correspondent, Kano", "Senior Lecturer in Hydrology, University of Otago"). */
const MAX_ROLE_WORDS = 8;
/** A role line is at most this long. */
const MAX_ROLE_CHARS = 60;
/** A name line of a card is at most this long. */
const MAX_NAME_CHARS = 40;
/** An e-mail address alone on a line, printed in a card under the role. */
const EMAIL_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/**
 * A reporter's role printed on its own line under the name ("Health Correspondent",
 * "Data Journalist", "Correspondant régional", "Periodista de Economía"): a short
 * capitalised line without a full stop whose first or last word, or the word before a
 * comma, is a role from `PERSON_ROLE_WORDS` ("Agriculture Correspondent, Kano").
 *
 * @example
 * roleLine('Agriculture Correspondent, Kano') // true
 * roleLine('The correspondent said it rained') // false
 */
export function roleLine(text: string): boolean {
  if (text.length > MAX_ROLE_CHARS || /[.:!?]$/.test(text) || !/^\p{Lu}/u.test(text) || !(ANY_ROLE.test(text) || COMPOUND_ROLE_INSIDE.test(text))) return false;
  const all = text.split(/[\s,]+/).filter(Boolean);
  if (all.length > MAX_ROLE_WORDS) return false;
  const head = text.split(',')[0].trim().split(/\s+/);
  // (a German compound ending with a role is one: "Regionalredakteurin", "Wirtschaftskorrespondent")
  const role = (w: string | undefined): boolean => w !== undefined && (ROLES.has(w.toLowerCase()) || COMPOUND_ROLE.test(w));
  // (the role may follow a rank: "Senior Lecturer in Hydrology")
  return role(head[0]) || (RANKS.has(head[0].toLowerCase()) && role(head[1])) || role(head[head.length - 1]) || role(all[all.length - 1]);
}

/**
 * A name line of an author card: two to four capitalised words that look like a name.
 *
 * @example
 * cardName('Derek Lim Jun Hao') // true
 */
export function cardName(text: string): boolean {
  const words = text.split(' ').length;
  return text.length <= MAX_NAME_CHARS && words >= 2 && words <= 4 && /^\p{Lu}/u.test(text) && looksLikeName(text);
}

/** True when the line names a reporter's role somewhere ("Rachel Goh Senior Transport Correspondent"). */
export const hasRole = (text: string): boolean => ANY_ROLE.test(text);

/**
 * A line holding an author's name and role, as a card printed on one line ("Tomasz Rydel, Research
 * Associate", "Sindre HolmJournalist" with the role glued in a text dump): the name, or null.
 *
 * @example
 * nameWithRole('Tomasz Rydel, Research Associate') // 'Tomasz Rydel'
 * nameWithRole('Sindre HolmJournalist') // 'Sindre Holm'
 */
export function nameWithRole(text: string): string | null {
  if (text.length > MAX_NAME_CHARS + MAX_ROLE_CHARS) return null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    const name = text.slice(0, comma).trim();
    return cardName(name) && roleLine(text.slice(comma + 1).trim()) ? name : null;
  }
  const spaced = unglueRole(text);
  return ANY_ROLE.test(spaced) ? nameBeforeRole(spaced) : null;
}

/** A card's line naming the outlet ("UBN News", "The Lakeshore Sentinel"): a short line that is an outlet's name. */
const outletLine = (text: string): boolean => text.length <= MAX_ROLE_CHARS && !/[.:!?]$/.test(text) && outletName(text);

/** One author of a card: the name and the lines the card spans (name, role, e-mail). */
export interface CardAuthor {
  name: string;
  lines: number[];
}

/**
 * Author cards printed in the header without "By": a name line followed by its role line
 * (and maybe an e-mail line), one card after another ("Siobhán Kearney / Health Correspondent /
 * Declan Fitzmaurice / Data Journalist"). Reads the run of cards starting at line `at`;
 * `taken` tells lines already used (boilerplate, the title). Empty when no card starts there.
 *
 * @example
 * authorCards(['Jane Doe', 'Health Correspondent', 'John Roe', 'Data Journalist'], 0, () => false).map((c) => c.name) // ['Jane Doe', 'John Roe']
 */
export function authorCards(texts: readonly string[], at: number, taken: (k: number) => boolean): CardAuthor[] {
  const cards: CardAuthor[] = [];
  let k = at;
  // (a later card may carry the outlet instead of a role: "Hannah Sorensen / Senior National Correspondent / Luis Echeverría / UBN News")
  while (k + 1 < texts.length && texts[k].length <= MAX_NAME_CHARS && !taken(k) && !taken(k + 1) && (roleLine(texts[k + 1]) || (cards.length > 0 && outletLine(texts[k + 1]))) && cardName(texts[k])) {
    const used = [k, k + 1];
    k += 2;
    if (k < texts.length && EMAIL_LINE.test(texts[k])) used.push(k++);
    cards.push({ name: texts[used[0]], lines: used });
  }
  return cards;
}
