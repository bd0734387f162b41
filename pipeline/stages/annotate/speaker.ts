/**
 * Speaker noun phrases around a speech cue, and their resolution to a
 * canonical speaker: a person named in the phrase, else a pronoun or a role
 * ("the State Department spokesman") resolved to the nearest fitting person,
 * else an organisation or place named in the phrase ("the Kremlin said").
 */
import type { Mention } from './entities.ts';
import { joined } from './name-runs.ts';
import type { Resources } from './resources.ts';
import type { Token } from './tokenize.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', '’s', "'s"]);
const LINKS = new Set(['at', 'of', 'from', 'for', 'with']);
const AUXILIARY = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'has been', 'can', 'could', 'should', 'may', 'might']);
const ADVERB = /^(?:also|later|then|again|once|further|previously|earlier|repeatedly|\p{L}+ly)$/u;

/** A token that can belong to a speaker phrase. */
export function speakerWord(t: Token, res: Resources): boolean {
  return t.cap || DETERMINERS.has(t.lower) || res.particles.has(t.lower) || res.roleWords.has(t.key) || res.pronouns.has(t.lower) ||
    res.orgHeads.has(t.lower);
}

/** Speaker phrase ending just before token `cue` (walking back), as a token range, or null. */
export function phraseBefore(tokens: readonly Token[], cue: number, stop: number, res: Resources): [number, number] | null {
  // "Trump, who spent months …, declared" / "Brad Smith, the company's president, told": the subject stands before the clause.
  if (tokens[cue]!.gap.includes(',')) {
    for (let w = cue - 1; w > stop; w--) {
      if (!tokens[w]!.gap.includes(',')) continue;
      const opener = tokens[w]!.lower;
      // An appositive title ends in a common noun; "…, Brig. Gen. Pat Ryder, said" ends in the name itself.
      const appositive = !tokens[cue - 1]!.cap &&
        (DETERMINERS.has(opener) || tokens.slice(w, cue).some((t) => res.roleWords.has(t.key) && !res.connectors.has(t.key)));
      if (opener === 'who' || opener === 'which' || appositive) {
        const subject = phraseBefore(tokens, w, stop, res);
        if (subject) return subject;
      }
      break;
    }
  }
  let end = cue;
  // "Trump's campaign said": the owner speaks.
  if (end - 2 >= stop && !tokens[end - 1]!.cap && /^['’]s$/.test(tokens[end - 2]!.text) && !res.roleWords.has(tokens[end - 1]!.key)) end -= 1;
  // "has announced", "also said", "had repeatedly warned": skip up to two helpers.
  for (let k = 0; k < 2 && end - 1 >= stop && !tokens[end - 1]!.cap && (ADVERB.test(tokens[end - 1]!.lower) || AUXILIARY.has(tokens[end - 1]!.lower)); k++) end--;
  let from = end;
  while (from - 1 >= stop && end - from < 8 && speakerWord(tokens[from - 1]!, res) && (from === end || joined(tokens, from) || tokens[from]!.gap === '')) {
    from--;
    if (res.pronouns.has(tokens[from]!.lower)) break;
  }
  // "Analysts at Morgan Stanley", "officials from the ministry": a group and where it works.
  if (from < end && from - 2 >= stop && LINKS.has(tokens[from - 1]!.lower) && res.roleWords.has(tokens[from - 2]!.key)) {
    from -= 2;
    while (from - 1 >= stop && end - from < 10 && speakerWord(tokens[from - 1]!, res) && joined(tokens, from)) from--;
  }
  return from < end ? [from, end] : null;
}

/** Speaker phrase starting at token `at` (after a cue), appositive included ("Sergey Lavrov, Russian FM"). */
export function phraseAfter(tokens: readonly Token[], at: number, stopAt: number, res: Resources): [number, number] | null {
  let to = at;
  while (to < stopAt && to - at < 10 && speakerWord(tokens[to]!, res) &&
    (to === at || joined(tokens, to) || tokens[to]!.gap === '' || (tokens[to]!.gap === ', ' && tokens[to]!.cap))) {
    to++;
    if (res.pronouns.has(tokens[to - 1]!.lower)) break;
  }
  while (to > at && DETERMINERS.has(tokens[to - 1]!.lower)) to--;
  return to > at ? [at, to] : null;
}

/** Inputs to speaker resolution. */
export interface SpeakerContext {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** UTF-16 ranges of direct quotes (people named inside a quote are not candidates for pronouns). */
  quoted: ReadonlyArray<readonly [number, number]>;
  res: Resources;
}

/**
 * Resolves the speaker phrase [from, to) to a canonical name, or null.
 *
 * @example
 * resolveSpeaker(ctx, 10, 11) // 'John Kerry' for "he" after a paragraph quoting Kerry
 */
export function resolveSpeaker(ctx: SpeakerContext, from: number, to: number): string | null {
  const { tokens, mentions, res } = ctx;
  const inside = mentions.filter((m) => m.from >= from && m.to <= to && m.label !== 'DATE');
  const person = inside.filter((m) => m.label === 'PERSON').pop();
  if (person) return person.canonical;
  const start = tokens[from]!.start;
  const outsideQuotes = (m: Mention): boolean => !ctx.quoted.some(([a, b]) => m.start >= a && m.end <= b);
  const before = mentions.filter((m) => m.label === 'PERSON' && m.end <= start && outsideQuotes(m));
  const words = tokens.slice(from, to).map((t) => t.lower);
  if (words.length === 1 && res.pronouns.has(words[0]!)) {
    const kind = res.pronouns.get(words[0]!);
    if (kind !== 'male' && kind !== 'female') return null;
    // "she" skips people whose given name is male, and "he" those whose given name is female.
    const other = kind === 'male' ? res.femaleNames : res.maleNames;
    return before.filter((m) => !other.has(m.canonical.split(' ')[0]!.toLowerCase())).pop()?.canonical ?? null;
  }
  const roles = words.filter((w) => res.roleWords.has(w) && !DETERMINERS.has(w) && !res.connectors.has(w));
  if (roles.length > 0) {
    // Roles and affiliations a person has anywhere in the article.
    const known = new Map<string, { roles: Set<string>; affiliations: Set<string> }>();
    for (const m of mentions) {
      if (m.label !== 'PERSON') continue;
      const k = known.get(m.canonical) ?? { roles: new Set<string>(), affiliations: new Set<string>() };
      for (const w of (m.role ?? '').toLowerCase().split(/\s+/)) if (w) k.roles.add(w.replace(/\.$/, ''));
      if (m.affiliation) k.affiliations.add(m.affiliation);
      known.set(m.canonical, k);
    }
    const affiliations = inside.filter((m) => m.label !== 'PERSON').map((m) => m.canonical);
    const fits = (m: Mention): boolean => roles.some((r) => known.get(m.canonical)!.roles.has(r));
    const sameSide = (m: Mention): boolean => affiliations.some((a) => known.get(m.canonical)!.affiliations.has(a));
    const pick = (ok: (m: Mention) => boolean): Mention | undefined => before.filter(ok).pop() ?? mentions.find((m) => m.label === 'PERSON' && ok(m));
    const fitting = (affiliations.length > 0 ? pick((m) => sameSide(m) && fits(m)) ?? pick(sameSide) : undefined) ?? pick(fits);
    if (fitting) return fitting.canonical;
  }
  // "Analysts at Morgan Stanley", "the White House": an organisation named in the phrase.
  const named = inside.filter((m) => m.label === 'ORG' || m.label === 'GPE').pop();
  if (named) return named.canonical;
  if (roles.length > 0 && !roles.some((r) => res.pluralRoles.has(r))) return before[before.length - 1]?.canonical ?? null;
  // "the company said": the organisation named last before.
  const last = tokens[to - 1]!;
  if (to - from <= 3 && DETERMINERS.has(tokens[from]!.lower) && res.orgHeads.has(last.lower)) {
    const org = mentions.filter((m) => m.label === 'ORG' && m.end <= start).pop();
    if (org) return org.canonical;
  }
  // A bare name nothing else explains ("Parata says"): the name as written.
  const bare = tokens.slice(from, to);
  if (bare.every((t) => t.cap && !t.upper && !/['’]/.test(t.text)) && !inside.some((m) => m.label === 'NORP') && !res.notNames.has(bare[0]!.lower)) {
    return bare.map((t) => t.text).join(' ');
  }
  return null;
}
