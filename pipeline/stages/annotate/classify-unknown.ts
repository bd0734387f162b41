/**
 * Classifies a capitalised stretch that no gazetteer knows: organisation,
 * place and event head words, a dateline, an acronym, person evidence (given
 * name, title, appositive role, speech verb, name particle, surname, or plain
 * unknown words mid-sentence), a place preposition; otherwise a pending
 * person name kept only if it links to a full name.
 */
import type { EntityLabel } from '../../lib/types.ts';
import { ADJECTIVAL, cueAfter, placeContext, roleAfter, upperStretch } from './name-context.ts';
import { joined } from './name-runs.ts';
import { canonicalPerson } from './people.ts';
import { type Resources, titleCase } from './resources.ts';
import type { Token } from './tokenize.ts';

/** A classified stretch. `pending`: kept only if it links to a person ("Kerry") — or, for `place`, else taken as a place ("in Daraya"). */
export interface Candidate {
  from: number;
  to: number;
  label: EntityLabel;
  canonical: string | null;
  role: string | null;
  affiliation?: string | null;
  pending?: 'person' | 'place';
}

/** What classification needs to know about the article. */
export interface UnknownContext {
  text: string;
  tokens: readonly Token[];
}

/**
 * Classifies tokens [span.from, span.to) (`words` is their text), or returns null to drop them.
 *
 * @example
 * classifyUnknown({ from: 3, to: 5 }, 'John Kirby', 'spokesman', false, ctx, res) // { label: 'PERSON', canonical: 'John Kirby', ... }
 */
export function classifyUnknown(span: { from: number; to: number }, words: string, role: string | null, initial: boolean, input: UnknownContext, res: Resources): Candidate | null {
  const { tokens, text } = input;
  const n = span.to - span.from;
  const first = tokens[span.from]!;
  const last = tokens[span.to - 1]!;
  const org = (): Candidate => ({ from: span.from, to: span.to, label: 'ORG', canonical: words.replace(/^the\s+/i, ''), role: null });
  if (n >= 2 && res.orgHeads.has(last.lower)) return org();
  if (n >= 3 && res.orgStarts.has(first.lower) && tokens.slice(span.from, span.to).some((t) => !t.cap)) return org();
  if (n >= 2 && (res.locHeads.has(last.lower) || res.locStarts.has(first.lower))) return { from: span.from, to: span.to, label: 'LOC', canonical: words, role: null };
  if (n >= 2 && res.eventHeads.has(last.lower)) return { from: span.from, to: span.to, label: 'EVENT', canonical: words, role: null };
  // A dateline: upper-case place name opening a paragraph, then a comma, dash or bracket ("NIAMEY, Niger —").
  if (first.upper && (span.from === 0 || first.gap.includes('\n')) && span.to < tokens.length && /^\s*[,—–(-]/.test(tokens[span.to]!.gap) &&
      tokens.slice(span.from, span.to).every((t) => t.upper)) {
    return { from: span.from, to: span.to, label: 'GPE', canonical: titleCase(words.toLowerCase()), role: null };
  }
  const stretch = upperStretch(tokens, span.from) || upperStretch(tokens, span.to - 1);
  if (n === 1 && first.upper && first.text.replace(/\./g, '').length <= 5 && !stretch && (!initial || first.text.length >= 3)) return org();
  const prev = span.from > 0 && joined(tokens, span.from) ? tokens[span.from - 1]!.lower : '';
  // People are not "the X"; "analysts at X" work for an organisation.
  if (prev === 'the' && role === null) return n >= 2 && !stretch ? org() : null;
  if (prev === 'at' && n >= 2 && role === null && !stretch && span.from >= 2 && res.roleWords.has(tokens[span.from - 2]!.key)) return org();
  const after = roleAfter(tokens, span.to, res, text);
  const cue = cueAfter(tokens, span.to, res);
  const nameish = tokens.slice(span.from, span.to).every((t) => t.cap || res.particles.has(t.lower)) && !(stretch && n > 1 && !role);
  if (nameish && n >= 2) {
    // Without other evidence, two to four capitalised words mid-sentence, none an ordinary word, are taken as a name.
    const plain = n <= 4 && !initial && !stretch && tokens.slice(span.from, span.to).every((t) => !t.upper && !res.commonWords.has(t.lower));
    const evidence = res.givenNames.has(first.lower) || role !== null || after !== null || cue || plain || res.phrases.get(last.key)?.label === 'PERSON' ||
      tokens.slice(span.from, span.to).some((t) => !t.cap) || res.surnames.has(last.lower);
    if (evidence) return { from: span.from, to: span.to, label: 'PERSON', canonical: canonicalPerson(words, res), role: role ?? after };
  }
  if (nameish && n === 1 && (role !== null || after !== null || cue)) {
    return { from: span.from, to: span.to, label: 'PERSON', canonical: null, role: role ?? after };
  }
  if (n === 1 && !initial && !res.givenNames.has(first.lower) && !ADJECTIVAL.test(first.lower) && span.from > 0 && joined(tokens, span.from) && placeContext(tokens, span.from, res)) {
    return { from: span.from, to: span.to, label: 'GPE', canonical: words, role: null, pending: 'place' };
  }
  return nameish ? { from: span.from, to: span.to, label: 'PERSON', canonical: null, role: null, pending: 'person' } : null;
}
