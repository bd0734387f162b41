/**
 * Named entities of one article: capitalised runs are segmented against the
 * gazetteers (data/aliases.json, data/places.json, the compromise lexicon
 * snapshot), then unknown stretches are classified by their words (org and
 * place head words, given names, particles) and their context (a preceding
 * title, a following speech verb, an appositive role). Short person names are
 * linked to a full name of the same article, then to known people.
 */
import type { EntityLabel } from '../../lib/types.ts';
import type { DateMention } from './dates.ts';
import { type Candidate, classifyUnknown } from './classify-unknown.ts';
import { cueAfter, roleAfter, roleBefore } from './name-context.ts';
import { findRuns, joined, type Piece, type Run } from './name-runs.ts';
import { curatedPerson, PersonIndex } from './people.ts';
import type { Resources } from './resources.ts';
import type { Token } from './tokenize.ts';

/** An entity mention with UTF-16 offsets and its token range. */
export interface Mention {
  start: number;
  end: number;
  label: EntityLabel;
  canonical: string;
  role: string | null;
  normalized: string | null;
  /** People: canonical of the nationality, place or organisation written before the title ("Iranian" in "Iranian counterpart X"). */
  affiliation: string | null;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** Everything entity finding needs about one article. */
export interface EntityInput {
  text: string;
  tokens: readonly Token[];
  /** True for tokens that open a sentence (their capital says nothing). */
  sentenceInitial: readonly boolean[];
  dates: readonly DateMention[];
  /** Full names known from elsewhere in the run (corpus pre-pass), or null. */
  known: PersonIndex | null;
}

/**
 * Finds the entity mentions of an article, sorted by offset.
 *
 * @example
 * findEntities(input, loadResources()).map((m) => m.canonical) // ['John Kerry', 'Sergei Lavrov', ...]
 */
export function findEntities(input: EntityInput, res: Resources): Mention[] {
  const { tokens, text } = input;
  const blocked = markDates(tokens, input.dates);
  const candidates: Candidate[] = [];
  for (const run of findRuns(tokens, blocked, res)) classifyRun(run, input, res, candidates);

  const people = new PersonIndex();
  for (const c of candidates) if (c.label === 'PERSON' && !c.pending && c.canonical && c.canonical.includes(' ')) people.add(c.canonical);
  const out: Mention[] = [];
  const lastSeen = new Map<string, number>();
  // Two people share the surname: the one named last before this mention (else the first named).
  const resolve = (word: string): string | null => {
    const all = people.candidates(word);
    if (all.length <= 1) return all[0] ?? null;
    return [...all].sort((a, b) => (lastSeen.get(b) ?? -1) - (lastSeen.get(a) ?? -1))[0]!;
  };
  for (const c of candidates) {
    if ((c.label === 'PERSON' && c.canonical === null) || c.pending) {
      const word = tokens[c.to - 1]!.text;
      const linked = resolve(word) ?? input.known?.resolve(word) ?? null;
      const mention = text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
      // A short form must be the end of the full name: "Le Pen" -> "Marine Le Pen", not "Pen" alone.
      if (linked && (linked.endsWith(` ${mention.replace(/\s+/gu, ' ')}`) || c.to - c.from === 1)) {
        c.canonical = linked; c.label = 'PERSON'; c.pending = undefined;
      } else if (c.pending === 'place') { c.label = 'GPE'; c.pending = undefined; }
      else if (c.pending) continue;
    } else if (c.label === 'PERSON' && c.canonical && c.to - c.from === 1) {
      // The article's own full name beats the alias table ("Assad" after "Hafez al-Assad").
      c.canonical = resolve(tokens[c.from]!.text) ?? c.canonical;
    } else if (c.label === 'PERSON' && c.canonical) {
      const longer = people.candidates(c.canonical.split(' ').pop()!).filter((n) => n.endsWith(` ${c.canonical}`));
      if (longer.length === 1) c.canonical = longer[0]!;
    }
    const start = tokens[c.from]!.start;
    const end = tokens[c.to - 1]!.end;
    if (c.label === 'PERSON' && c.canonical) lastSeen.set(c.canonical, c.from);
    out.push({
      start, end, label: c.label, canonical: (c.canonical ?? text.slice(start, end)).replace(/\s+/gu, ' '), role: c.role,
      normalized: null, affiliation: c.affiliation ?? null, from: c.from, to: c.to,
    });
  }
  for (const d of input.dates) {
    const range = tokenRange(tokens, d.start, d.end);
    out.push({ start: d.start, end: d.end, label: 'DATE', canonical: d.normalized ?? text.slice(d.start, d.end), role: null, normalized: d.normalized, affiliation: null, from: range[0], to: range[1] });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function markDates(tokens: readonly Token[], dates: readonly DateMention[]): boolean[] {
  const blocked = new Array<boolean>(tokens.length).fill(false);
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (d < dates.length && dates[d]!.end <= tokens[i]!.start) d++;
    if (d < dates.length && tokens[i]!.end > dates[d]!.start) blocked[i] = true;
  }
  return blocked;
}

function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  // Token ends increase: binary search for the first token ending after `start`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end > start) hi = mid; else lo = mid + 1; }
  const from = lo;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return [from, to];
}

const surface = (tokens: readonly Token[], p: { from: number; to: number }, text: string): string =>
  text.slice(tokens[p.from]!.start, tokens[p.to - 1]!.end);

function classifyRun(run: Run, input: EntityInput, res: Resources, out: Candidate[]): void {
  const { tokens, text } = input;
  const pieces = mergePieces(run.pieces, tokens, res);
  let role = roleBefore(tokens, run.from, res, text);
  let affiliation: string | null = null;
  if (role !== null) {
    // "State Department spokesman John Kirby", "his Iranian counterpart X": the name just before the title.
    const roleStart = run.from - role.split(/\s+/).length;
    const before = out[out.length - 1];
    if (before && before.to === roleStart && before.label !== 'PERSON' && joined(tokens, roleStart)) affiliation = before.canonical;
  }
  let previous: Candidate | null = null;
  for (const piece of pieces) {
    const p = piece.phrase;
    if (p && p.kind !== 'entity') {
      const words = surface(tokens, piece, text);
      // "Iranian counterpart X", "White House Press Secretary X": the entity before the title is the person's affiliation.
      if (role === null && previous && previous.to === piece.from && previous.label !== 'PERSON') affiliation = previous.canonical;
      role = res.pluralRoles.has(p.canonical) ? capitalize(res.pluralRoles.get(p.canonical)!) : role ? `${role} ${words}` : words;
      continue;
    }
    let from = piece.from;
    while (from < piece.to && !p && tokens[from]!.cap && (res.notNames.has(tokens[from]!.lower.replace(/\.$/, '')) || CONTRACTION.test(tokens[from]!.text))) from++;
    if (from === piece.to) {
      // "May said": a month or weekday name before a speech verb may be a person named in full elsewhere.
      if (piece.to - piece.from === 1 && (role !== null || cueAfter(tokens, piece.to, res))) out.push({ from: piece.from, to: piece.to, label: 'PERSON', canonical: null, role, pending: 'person' });
      role = null; affiliation = null; previous = null;
      continue;
    }
    const span = { from, to: piece.to };
    const words = surface(tokens, span, text);
    let c: Candidate | null;
    if (p && p.label) {
      const canonical = p.label === 'PERSON' ? (curatedPerson(words, res) ?? p.canonical) : p.curated ? p.canonical : canonicalOf(p.label, words, p.canonical || words);
      c = { from: span.from, to: span.to, label: p.label, canonical, role: p.label === 'PERSON' ? role ?? roleAfter(tokens, span.to, res, text) : null };
    } else {
      c = classifyUnknown(span, words, role, from !== piece.from || input.sentenceInitial[from]!, input, res);
    }
    if (c && c.label === 'PERSON') c.affiliation = affiliation;
    if (c) out.push(c);
    previous = c;
    role = null;
    affiliation = null;
  }
}

const CONTRACTION = /['’](?:ve|m|ll|d|re|t|s)$/i;
const capitalize = (s: string): string => s.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());

function canonicalOf(label: EntityLabel, words: string, fallback: string): string {
  if (label === 'ORG') return /\p{Ll}/u.test(words) || words.length <= 5 ? words : fallback;
  return fallback;
}

/** "Russian" + "Air Force" -> ORG, "Syrian" + "Civil War" -> EVENT, "Lake" + "Geneva" -> LOC, "Justice" + "Department" -> ORG. */
function mergePieces(pieces: Piece[], tokens: readonly Token[], res: Resources): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    const lastWord = tokens[piece.to - 1]!.lower;
    if (prev && prev.to === piece.from && !piece.phrase) {
      const prevLabel = prev.phrase?.label;
      const prevRole = prev.phrase?.kind === 'role';
      if ((prevLabel === 'NORP' || prevLabel === 'GPE' || prevRole) && res.orgHeads.has(lastWord)) { out[out.length - 1] = { from: prev.from, to: piece.to, phrase: synthetic('ORG') }; continue; }
      if ((prevLabel === 'NORP' || prevLabel === 'GPE') && res.eventHeads.has(lastWord)) { out[out.length - 1] = { from: prev.from, to: piece.to, phrase: synthetic('EVENT') }; continue; }
    }
    if (prev && prev.to === piece.from && !prev.phrase && prev.to - prev.from === 1 && res.locStarts.has(tokens[prev.from]!.lower) && piece.phrase?.label === 'GPE') {
      out[out.length - 1] = { from: prev.from, to: piece.to, phrase: synthetic('LOC') };
      continue;
    }
    out.push({ from: piece.from, to: piece.to, phrase: piece.phrase });
  }
  return out;
}

const synthetic = (label: EntityLabel) => ({ kind: 'entity' as const, label, canonical: '', upperOnly: false, curated: false });
