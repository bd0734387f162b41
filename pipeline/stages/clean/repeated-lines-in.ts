import type { IngestRecord } from '../../lib/types.ts';
import { phraseKey } from './phrase-matcher.ts';
import { splitLines } from './split-lines.ts';

/** Clean only looks a line up in the repeated set when it is shorter than this (see `analyseLines`). */
const LOOKUP_MAX_CHARS = 300;

/**
 * The part of the corpus-wide repeated-line set that can change how these documents are
 * cleaned: the keys of their own lines that are in the set (the lines are split and keyed
 * exactly as clean does). With whether the set is empty at all, it is everything clean's
 * output for these documents depends on from the corpus pre-pass, so a cache keyed on it
 * stays valid when other documents join the corpus.
 *
 * @example
 * repeatedLinesIn(chunk.records, new Set(repeatedLines)); // ['share this', ...]
 */
export function repeatedLinesIn(docs: Iterable<IngestRecord>, repeated: ReadonlySet<string>): string[] {
  if (!repeated.size) return [];
  return repeatedAmong([...docs].map(lookupKeys), repeated);
}

/**
 * The distinct keys clean looks up in the repeated set for one document (of each line shorter
 * than it looks up), so `repeatedLinesIn` can be answered later without the text.
 *
 * @example
 * lookupKeys(record) // ['share this', 'main » world', ...]
 */
export function lookupKeys(doc: IngestRecord): string[] {
  const keys = new Set<string>();
  for (const line of splitLines(doc.text)) {
    if (line.text.length >= LOOKUP_MAX_CHARS) continue;
    const key = phraseKey(line.text);
    if (key) keys.add(key);
  }
  return [...keys];
}

/** Of documents' `lookupKeys`, those in the repeated set, sorted (what `repeatedLinesIn` gives for the documents). */
export function repeatedAmong(lookups: Iterable<readonly string[]>, repeated: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  if (!repeated.size) return [];
  for (const keys of lookups) for (const key of keys) if (repeated.has(key)) found.add(key);
  return [...found].sort();
}
