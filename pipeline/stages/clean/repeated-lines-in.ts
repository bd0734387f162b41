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
  const found = new Set<string>();
  if (!repeated.size) return [];
  for (const doc of docs) {
    for (const line of splitLines(doc.text)) {
      if (line.text.length >= LOOKUP_MAX_CHARS) continue;
      const key = phraseKey(line.text);
      if (key && repeated.has(key)) found.add(key);
    }
  }
  return [...found].sort();
}
