import { NAME_PARTICLES, PLACE_CONTEXT_WORDS } from './data/bylines.ts';

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** A name needs at least this many words before its last one can be a place. */
const MIN_NAME_WORDS = 3;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const inContext = new RegExp(`(?:^|[\\s(])(?:${PLACE_CONTEXT_WORDS.map(escape).join('|')})\\s+${escape(place)}(?![\\p{L}\\p{M}])`, 'iu');
  for (let i = 0; i < lines.length; i++) {
    if (i === bylineLine || !lines[i].includes(place) || lines[i].toLowerCase().includes(whole)) continue;
    if (lines[i] === place || inContext.test(lines[i])) return rest;
  }
  return name;
}
