/**
 * Splits a token stream into capitalised runs ("Russian Foreign Minister
 * Sergei Lavrov") and segments each run into pieces: gazetteer phrases
 * (entities, roles, honorifics, longest match first) and unknown stretches.
 */
import type { Phrase, Resources } from './resources.ts';
import type { Token } from './tokenize.ts';

/** A segment of a run. `to` is exclusive (token indexes). */
export interface Piece {
  from: number;
  to: number;
  /** Gazetteer phrase, or null for an unknown capitalised stretch. */
  phrase: Phrase | null;
}

/** A maximal run of name-like tokens, already segmented. */
export interface Run {
  from: number;
  to: number;
  pieces: Piece[];
}

/** Token `i` is joined to the previous one by a single space (no punctuation between). */
export const joined = (tokens: readonly Token[], i: number): boolean =>
  i > 0 && (tokens[i]!.gap === ' ' || tokens[i]!.gap === '\u00a0');

/**
 * Finds and segments the runs of `tokens`, skipping tokens flagged in `blocked` (dates).
 *
 * @example
 * findRuns(tokens, blocked, loadResources()) // [{ from: 0, to: 5, pieces: [...] }]
 */
export function findRuns(tokens: readonly Token[], blocked: readonly boolean[], res: Resources): Run[] {
  const runs: Run[] = [];
  const nameLike = (i: number): boolean => i < tokens.length && tokens[i]!.cap && !blocked[i];
  // Lower-case connectors and particles may chain: "von der Leyen", "Committee of the Red Cross".
  const bridge = (i: number): boolean => {
    for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
      const t = tokens[k]!;
      if (k > i && !joined(tokens, k)) return false;
      if (t.cap) return k > i && !blocked[k];
      if (blocked[k] || !(res.connectors.has(t.lower) || res.particles.has(t.lower))) return false;
    }
    return false;
  };
  let i = 0;
  while (i < tokens.length) {
    const startsRun = nameLike(i) || (res.particles.has(tokens[i]!.lower) && !tokens[i]!.cap && bridge(i));
    if (!startsRun) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && joined(tokens, j) && (nameLike(j) || bridge(j))) j++;
    runs.push({ from: i, to: j, pieces: segment(tokens, i, j, res) });
    i = j;
  }
  return runs;
}

function longestPhrase(tokens: readonly Token[], i: number, end: number, res: Resources): [number, Phrase] | null {
  let key = '';
  let best: [number, Phrase] | null = null;
  const limit = Math.min(end, i + res.maxPhraseTokens);
  let allUpper = true;
  for (let j = i; j < limit; j++) {
    const t = tokens[j]!;
    key = j === i ? t.key : `${key} ${t.key}`;
    allUpper &&= t.upper || !/\p{L}/u.test(t.text);
    const phrase = res.phrases.get(key);
    if (phrase && (!phrase.upperOnly || allUpper)) best = [j + 1, phrase];
    if (!res.phrasePrefixes.has(key)) break;
  }
  return best;
}

function segment(tokens: readonly Token[], from: number, to: number, res: Resources): Piece[] {
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const last = pieces[pieces.length - 1];
    const match = longestPhrase(tokens, i, to, res);
    // A given name that is also a place ("Jordan", "Georgia") followed by an unknown word is a person's name.
    const nameFirst = match && match[0] === i + 1 && !match[1].curated && match[1].label === 'GPE' &&
      res.givenNames.has(t.lower) && i + 1 < to && tokens[i + 1]!.cap && !longestPhrase(tokens, i + 1, to, res);
    // "Hafez al-Assad", "Michelle Obama": a surname alias after an unknown given name is part of another full name.
    const otherFullName = match && match[0] === i + 1 && match[1].label === 'PERSON' && last && !last.phrase && last.to === i;
    if (match && !nameFirst && !otherFullName) {
      pieces.push({ from: i, to: match[0], phrase: match[1] });
      i = match[0];
      continue;
    }
    if (!t.cap && res.connectors.has(t.lower)) {
      // "Ministry of Defense", "University of California": an organisation opener takes the rest of the run.
      if (last && !last.phrase && last.to === i && (res.orgStarts.has(tokens[last.from]!.lower) || res.orgHeads.has(tokens[i - 1]!.lower)) && t.lower !== 'and') {
        last.to = to;
        break;
      }
      // "World Travel and Tourism Council": one organisation when the part after "and" ends with an org word.
      if (t.lower === 'and' && last && !last.phrase && last.to === i && res.orgHeads.has(tokens[to - 1]!.lower) && to - i >= 2 &&
          !res.orgHeads.has(tokens[i - 1]!.lower) && tokens[i + 1]!.cap) {
        last.to = to;
        break;
      }
      pieces.push({ from: i, to: i + 1, phrase: BREAK });
      i++;
      continue;
    }
    if (last && !last.phrase && last.to === i) last.to = i + 1;
    else pieces.push({ from: i, to: i + 1, phrase: null });
    i++;
  }
  return pieces.filter((p) => p.phrase !== BREAK);
}

/** Marker for a connector that separates two names ("Kerry and Lavrov"). */
const BREAK: Phrase = Object.freeze({ kind: 'honorific', label: null, canonical: '', upperOnly: false, curated: false });
