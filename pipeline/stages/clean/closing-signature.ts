import type { AnalysedLines } from './analyse-lines.ts';
import { looksLikeName } from './parse-byline.ts';

/** "Marie-Christine Fontaine, Chaniers", "Rosario Gutiérrez Vidal. Alcorlea del Campo (Zaragoza)", "— Jane Doe": a name, and the writer's town after a comma or a full stop. */
const SIGNATURE = /^(?:[—–-]\s*)?(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){1,3}?)(?:[,.]\s*\p{Lu}[\p{L}\p{M}'’. ()-]{1,40})?\.?$/u;
/** A bare name signs the article among its last `NAME_LINES` lines; a name and town among its last `NAME_TOWN_LINES` (an editor's note, a letters box may follow it). */
const NAME_LINES = 2;
const NAME_TOWN_LINES = 6;

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
  for (let i = to - 1; i >= Math.max(from + 1, to - NAME_TOWN_LINES); i--) {
    if (taken.has(i) || a.hits[i]) continue;
    const m = SIGNATURE.exec(a.lines[i].text);
    const prev = i - 1;
    if (!m || !looksLikeName(m[1]) || a.classes[prev] !== 'good' || !a.feats[prev].terminal) continue;
    if (m[0].length === m[1].length && i < to - NAME_LINES) continue;
    return { index: i, name: m[1] };
  }
  return null;
}
