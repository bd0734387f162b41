import type { RemovedKind } from '../../lib/types.ts';
import { escapeRegExp } from '../../lib/escape-regexp.ts';
import { trieSource } from '../../lib/trie-pattern.ts';
import { BOILERPLATE_PHRASES, PHRASE_LIMITS, type PhraseGroup } from './data/phrases.ts';

/** A phrase-table hit: the kind of boilerplate and the rule id that fired. */
export interface PhraseHit {
  kind: RemovedKind;
  rule: string;
}

const WORD_CHAR = /[\p{L}\d]/u;
const WORD_END = /[\p{L}\d]$/u;
/** CJK phrases have no word boundary after them (no spaces between words). */
const CJK_END = /[\u3040-\u30ff\u3400-\u9fff]$/u;
const APOSTROPHES = /[’‘`´]/;
const APOSTROPHES_G = /[’‘`´]/g;
const DIGIT = /\d/;
const DIGITS = /\d+/g;
const ODD_SPACE = /\s\s|[^\S ]/;
const SPACE_RUN = /\s+/g;
const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Normalised comparison key of a line: lower case, straight apostrophes, digit
 * runs folded to `0`, punctuation and symbols at both ends stripped (except a
 * leading `©`), whitespace collapsed.
 *
 * @example
 * phraseKey('  • 14 Comments:') // '0 comments'
 */
export function phraseKey(line: string): string {
  let lower = line.toLowerCase();
  if (APOSTROPHES.test(lower)) lower = lower.replace(APOSTROPHES_G, "'");
  if (DIGIT.test(lower)) lower = lower.replace(DIGITS, '0');
  if (ODD_SPACE.test(lower)) lower = lower.replace(SPACE_RUN, ' ');
  const first = lower.charCodeAt(0);
  const last = lower.charCodeAt(lower.length - 1);
  if (isAlnum(first) && isAlnum(last)) return lower;
  const copy = lower.trimStart().startsWith('©') ? '©' : '';
  const core = lower.replace(EDGE, '');
  return copy && !core.startsWith('©') ? `© ${core}` : core;
}

/** Compiled phrase table. `match` returns the first hit in table order, or null. */
export interface PhraseMatcher {
  /** Matches a trimmed line; pass its `phraseKey` when already computed. */
  match(line: string, key?: string): PhraseHit | null;
}

/**
 * Compiles `BOILERPLATE_PHRASES` (plus optional extra exact keys) into maps and
 * one prefix list per kind; matching a line costs one key computation, a map
 * lookup and a scan of short prefixes.
 *
 * @example
 * createPhraseMatcher().match('Advertisement') // { kind: 'advertisement', rule: 'advertisement-phrase' }
 */
export function createPhraseMatcher(): PhraseMatcher {
  const exact = new Map<string, PhraseHit>();
  /** Prefix phrases bucketed by their first character. */
  const prefixes = new Map<string, Array<[string, PhraseHit, boolean]>>();
  /** Contains phrases bucketed by their first word. */
  const contains = new Map<string, Array<[string, PhraseHit]>>();
  /** The longest word of every contains phrase: a line holding none of them cannot match (cheap native pre-check). */
  const indicators = new Set<string>();
  for (const [kind, group] of Object.entries(BOILERPLATE_PHRASES) as Array<[RemovedKind, PhraseGroup | undefined]>) {
    if (!group) continue;
    const hit = { kind, rule: `${kind}-phrase` };
    for (const p of group.exact ?? []) if (!exact.has(phraseKey(p))) exact.set(phraseKey(p), hit);
    for (const p of group.prefix ?? []) {
      const key = phraseKey(p) + (/[:\s]$/.test(p) ? ':' : '');
      const list = prefixes.get(key[0]) ?? [];
      list.push([key, hit, WORD_END.test(p) && !CJK_END.test(p)]);
      prefixes.set(key[0], list);
    }
    for (const p of group.contains ?? []) {
      const key = p.toLowerCase();
      const first = key.split(' ')[0];
      indicators.add(key.split(/[\s']/).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]);
      const list = contains.get(first) ?? [];
      list.push([key, hit]);
      contains.set(first, list);
    }
  }
  const captionPrefixes = [...(BOILERPLATE_PHRASES.caption?.prefix ?? []), ...(BOILERPLATE_PHRASES.credit?.prefix ?? [])];
  /** Cheap anchored pre-check for caption/credit prefixes on long lines. */
  const captionStart = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${captionPrefixes.map(escapeRegExp).join('|')})`, 'iu');
  // every word of a contains phrase starts the key or follows a space or an apostrophe (as the word loop below reads it):
  // anchoring the indicator there lets the engine skip every other position with a one-character check
  const indicatorRe = new RegExp(`(?:^|[ '])(?:${trieSource(indicators)})`);
  return Object.freeze({
    match(line: string, lineKey?: string): PhraseHit | null {
      if (line.length > PHRASE_LIMITS.containsScanMaxChars) return null;
      let key: string;
      if (line.length <= PHRASE_LIMITS.prefixMaxChars) {
        key = lineKey ?? phraseKey(line);
        const hit = exact.get(key);
        if (hit) return hit;
        for (const [p, h, wordEnd] of prefixes.get(key[0]) ?? []) {
          if (key.startsWith(p) && (key.length === p.length || !wordEnd || !WORD_CHAR.test(key[p.length]))) return h;
        }
      } else {
        if (line.length <= PHRASE_LIMITS.captionPrefixMaxChars && captionStart.test(line)) {
          const head = phraseKey(line.slice(0, PHRASE_LIMITS.prefixMaxChars));
          for (const [p, h, wordEnd] of prefixes.get(head[0]) ?? []) {
            if ((h.kind === 'caption' || h.kind === 'credit') && head.startsWith(p) && (!wordEnd || !WORD_CHAR.test(head[p.length] ?? ' '))) return h;
          }
        }
        // contains phrases hold no digits or edge punctuation: lower case and straight apostrophes suffice
        key = (line.length > PHRASE_LIMITS.containsMaxChars ? line.slice(0, PHRASE_LIMITS.containsMaxChars) : line).toLowerCase();
        if (APOSTROPHES.test(key)) key = key.replace(APOSTROPHES_G, "'");
      }
      if (!indicatorRe.test(key)) return null;
      let best: [number, PhraseHit] | null = null;
      let pos = 0;
      let apo = key.indexOf("'");
      while (pos < key.length) {
        let end = key.indexOf(' ', pos);
        if (apo >= 0 && apo < pos) apo = key.indexOf("'", pos);
        if (end < 0) end = key.length;
        if (apo >= 0 && apo < end) end = apo;
        const list = contains.get(key.slice(pos, end));
        if (list) {
          for (const [p, h] of list) if (key.startsWith(p, pos) && (!best || pos < best[0])) best = [pos, h];
        }
        if (best) return best[1];
        pos = end + 1;
      }
      return null;
    },
  });
}
