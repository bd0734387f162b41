/**
 * What surrounds a capitalised run: a title before it ("spokesman John
 * Kirby"), an appositive role after it ("Sergey Lavrov, Russian FM"), a speech
 * verb after it ("Kirby said"), a place preposition before it ("in Daraya"),
 * or an all-capitals headline around it.
 */
import { joined } from './name-runs.ts';
import type { Resources } from './resources.ts';
import type { Token } from './tokenize.ts';

/** Adjective and doctrine forms ("Islamist", "Maoism") are not place names. */
export const ADJECTIVAL = /(?:ist|ists|ism|ese|ish|ic)$/;

/** "in Daraya", "the port city of Hodeidah" (but not "according to Ryder"). */
export function placeContext(tokens: readonly Token[], at: number, res: Resources): boolean {
  const prev = tokens[at - 1]!.lower;
  if (res.placePrepositions.has(prev)) return !(prev === 'to' && at >= 2 && tokens[at - 2]!.lower === 'according');
  return prev === 'of' && at >= 2 && joined(tokens, at - 1) && res.placeNouns.has(tokens[at - 2]!.lower);
}

export function upperStretch(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.upper) return false;
  const near = (j: number): boolean => j >= 0 && j < tokens.length && tokens[j]!.upper && !/\n/.test(tokens[Math.max(i, j)]!.gap);
  return near(i - 1) || near(i + 1);
}

/** A role phrase written just before a run ("spokesman John Kirby"), else null. */
export function roleBefore(tokens: readonly Token[], at: number, res: Resources, text: string): string | null {
  if (!joined(tokens, at) || !res.roleWords.has(tokens[at - 1]!.key)) return null;
  for (let k = Math.max(0, at - 4); k < at; k++) {
    let ok = true;
    for (let j = k + 1; j <= at && ok; j++) ok = joined(tokens, j);
    if (!ok) continue;
    let key = tokens[k]!.key;
    for (let j = k + 1; j < at; j++) key += ` ${tokens[j]!.key}`;
    const p = res.phrases.get(key);
    if (p && p.kind !== 'entity') return text.slice(tokens[k]!.start, tokens[at - 1]!.end);
  }
  return null;
}

/** A role in an appositive just after a name ("Sergey Lavrov, Russian FM"), else null. */
export function roleAfter(tokens: readonly Token[], at: number, res: Resources, text: string): string | null {
  if (at >= tokens.length || tokens[at]!.gap.trim() !== ',') return null;
  let any = false;
  for (let q = at; q < Math.min(tokens.length, at + 8) && !any; q++) any = res.roleWords.has(tokens[q]!.key);
  if (!any) return null;
  const keys: string[] = [];
  for (let q = at; q < Math.min(tokens.length, at + 5); q++) {
    if (q > at && !joined(tokens, q) && tokens[q]!.gap !== '') return null;
    // Keys of tokens [q, e), longest first; a key that starts no phrase ends the longer ones.
    keys.length = 0;
    for (let e = q + 1, limit = Math.min(tokens.length, q + 4); e <= limit; e++) {
      const key: string = e === q + 1 ? tokens[q]!.key : `${keys[keys.length - 1]!} ${tokens[e - 1]!.key}`;
      keys.push(key);
      if (!res.phrasePrefixes.has(key)) break;
    }
    for (let e = q + keys.length; e > q; e--) {
      let ok = true;
      for (let j = q + 1; j < e && ok; j++) ok = joined(tokens, j);
      if (!ok) continue;
      const p = res.phrases.get(keys[e - q - 1]!);
      if (p?.kind === 'role') return text.slice(tokens[q]!.start, tokens[e - 1]!.end);
    }
    const t = tokens[q]!;
    if (!(t.cap || t.lower === 'a' || t.lower === 'an' || t.lower === 'the' || t.lower === '’s' || t.lower === "'s")) return null;
  }
  return null;
}

export function cueAfter(tokens: readonly Token[], at: number, res: Resources): boolean {
  if (at >= tokens.length || !/^\s*$/.test(tokens[at]!.gap)) return false;
  let i = at;
  if (/ly$|^also$|^later$|^then$/.test(tokens[i]!.lower) && i + 1 < tokens.length && joined(tokens, i + 1)) i++;
  return res.cueVerbs.has(tokens[i]!.lower);
}
