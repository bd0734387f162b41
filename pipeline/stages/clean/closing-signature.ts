import { escapeRegExp } from '../../lib/escape-regexp.ts';
import type { AnalysedLines } from './analyse-lines.ts';
import { looksLikeName, parseByline } from './parse-byline.ts';
import { REMOVAL_RULES } from './removal-rules.ts';

/**
 * "Marie-Christine Fontaine, Chaniers", "Rosario Gutiérrez Vidal. Alcorlea del Campo (Zaragoza)", "— Jane Doe": a name,
 * and the writer's town after a comma or a full stop, or the writer's role in brackets ("Jean-Paul Ricard (correspondant
 * local)"), or the outlet after a pipe ("— Keoni Akana | Kohala Mountain News"), or the agency after a slash ("Erik Sandin/TT").
 */
const SIGNATURE = /^(?:[—–-]\s*)?(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){1,3}?)(?:[,.]\s*\p{Lu}[\p{L}\p{M}'’. ()-]{1,40}|\s\(\p{Ll}[\p{L}\p{M}'’. -]{1,40}\)|\s\|\s\p{Lu}[\p{L}\p{M}'’. -]{1,40}|\/\p{Lu}{2,6})?\.?$/u;
/** A bare name signs the article among its last `NAME_LINES` lines; a name and town among its last `NAME_TOWN_LINES` (an editor's note, a letters box may follow it). */
const NAME_LINES = 2;
/** Longest signature line read for a byline label. */
const MAX_LABELLED = 80;
const NAME_TOWN_LINES = 6;

/** Words of a name that the article prints in lower case: this many make the line its tags ("Piliers Mêlée Chronique"), no name. */
const COMMON_NAME_WORDS = 2;

/** At least `COMMON_NAME_WORDS` of the name's words are everyday words of the article's text (written there in lower case). */
function commonWords(a: AnalysedLines, from: number, to: number, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  if (words.length < COMMON_NAME_WORDS) return false;
  const text = ` ${a.lines.slice(from, to).map((l) => l.text).join(' ')} `;
  return words.filter((w) => new RegExp(`[\\s(«"“']${escapeRegExp(w)}s?[\\s,.;:!?)»"”']`, 'u').test(text)).length >= COMMON_NAME_WORDS;
}

/**
 * The signature under a reader's letter or an opinion piece: one of the article's last lines,
 * right after a paragraph of prose, holding only a name (and a town after a comma). Returns its
 * line and the name, or null.
 *
 * @example
 * // lines: …, "Je demande donc aux élus de rétablir la ligne.", "Marie-Christine Fontaine, Chaniers"
 * closingSignature(a, bodyStart, end) // { index: …, name: 'Marie-Christine Fontaine' }
 */
export function closingSignature(a: AnalysedLines, from: number, to: number, taken: ReadonlySet<number>): { index: number; name: string } | null {
  // (the line right after the article's last one too: a name alone there was read as no part of the article)
  for (let i = Math.min(to, a.lines.length - 1); i >= Math.max(from + 1, to - NAME_TOWN_LINES); i--) {
    // (a name and its outlet after a pipe reads like a two-item menu)
    if (taken.has(i) || (a.hits[i] && a.hits[i] !== REMOVAL_RULES.pipeMenu)) continue;
    // (a byline label before the name goes: "Von Henrik Paulsen, Berlin")
    const text = a.lines[i].text;
    const label = text.length <= MAX_LABELLED ? parseByline(text) : null;
    const m = SIGNATURE.exec(label?.start === 0 && label.authors.length === 1 ? text.slice(text.indexOf(label.authors[0])) : text);
    const prev = i - 1;
    if (!m || !looksLikeName(m[1]) || a.classes[prev] !== 'good' || !a.feats[prev].terminal) continue;
    if (m[0].length === m[1].length && i < to - NAME_LINES) continue;
    if (commonWords(a, from, to, m[1])) continue;
    return { index: i, name: m[1] };
  }
  return null;
}
