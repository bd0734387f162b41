import { escapeRegExp } from '../../lib/escape-regexp.ts';
import { NAME_PARTICLES, PLACE_CONTEXT_WORDS } from './data/bylines.ts';
import { WEEKDAY_NAMES } from './data/dates.ts';

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** A name needs at least this many words before its last one can be a place. */
const MIN_NAME_WORDS = 3;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * A byline's last word that is the place the author writes from, printed beside the name
 * ("Andrés Molina Valencia", "Iñigo Salaverri Burela"): dropped when the page names that
 * word as a place elsewhere, after a place preposition ("en Madrid", "de Burela") or alone
 * on a line (the section of that city), in a line that does not print the whole name. A
 * second surname ("Daniela Ríos Bautista") is kept: pages do not print it as a place; so is a
 * name whose last word follows a particle ("Mark Di Stefano").
 *
 * @example
 * dropTrailingPlace('Iñigo Salaverri Burela', ['Iñigo Salaverri Burela', 'El puerto de Burela sigue cerrado'], 0) // 'Iñigo Salaverri'
 */
export function dropTrailingPlace(name: string, lines: readonly string[], bylineLine: number): string {
  const words = name.split(' ');
  if (words.length < MIN_NAME_WORDS) return name;
  const place = words[words.length - 1];
  // "Mark di Stefano": a particle binds the last word to the name
  if (!CAPITALISED.test(place) || PARTICLES.has(words[words.length - 2].toLowerCase())) return name;
  const rest = words.slice(0, -1).join(' ');
  const whole = name.toLowerCase();
  const inContext = new RegExp(`(?:^|[\\s(])(?:${PLACE_CONTEXT_WORDS.map(escapeRegExp).join('|')})\\s+${escapeRegExp(place)}(?![\\p{L}\\p{M}])`, 'iu');
  for (let i = 0; i < lines.length; i++) {
    if (i === bylineLine || !lines[i].includes(place) || lines[i].toLowerCase().includes(whole)) continue;
    if (lines[i] === place || inContext.test(lines[i])) return rest;
  }
  return name;
}

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** A weekday glued to the end of a name without a case change ("Ibarrolajueves"): full names of five letters or more. */
const LONG_WEEKDAYS = WEEKDAY_NAMES.filter((w) => w.length >= 5 && /^\p{Ll}+$/u.test(w));
/** Both sides of a glue are at least this long ("Kulkarni|Pune", not "Mc|Donald"). */
const MIN_GLUED_PART = 3;

/**
 * A name with what the text dump glued to its last word: a weekday ("Jarrah WhitfieldSat",
 * "Facundo Ibarrolajueves") or a place the page names as a place elsewhere ("Ananya
 * KulkarniPune", see `dropTrailingPlace`) is cut off; other glued words ("Sarah MacArthur") stay.
 *
 * @example
 * dropGluedTail('Jarrah WhitfieldSat', [], 0) // 'Jarrah Whitfield'
 */
export function dropGluedTail(name: string, lines: readonly string[], bylineLine: number): string {
  const words = name.split(' ');
  if (words.length < 2) return name;
  const last = words[words.length - 1];
  const lower = last.toLowerCase();
  for (const w of LONG_WEEKDAYS) {
    if (lower.length - w.length >= MIN_GLUED_PART && lower.endsWith(w)) return [...words.slice(0, -1), last.slice(0, -w.length)].join(' ');
  }
  for (let k = MIN_GLUED_PART; k <= last.length - MIN_GLUED_PART; k++) {
    if (!(/\p{Ll}/u.test(last[k - 1]) && /\p{Lu}/u.test(last[k]))) continue;
    const head = [...words.slice(0, -1), last.slice(0, k)].join(' ');
    const tail = last.slice(k);
    if (WEEKDAYS.has(tail.toLowerCase())) return head;
    if (dropTrailingPlace(`${head} ${tail}`, lines, bylineLine) === head) return head;
  }
  return name;
}
