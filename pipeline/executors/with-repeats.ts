import type { AnnotatedRecord } from '../lib/types.ts';

/**
 * Puts the current repeat counts (one per sentence, from dedup) on an annotated record read
 * from a saved part (annotation does not read them, so a part stays valid when they change);
 * false when the counts do not line up with its sentences, else `'changed'` when a count
 * differed and `'same'` when none did.
 *
 * @example
 * if (!withRepeats(saved, item.repeated)) annotateAgain(current);
 */
export function withRepeats(out: AnnotatedRecord, counts: ArrayLike<number>): false | 'changed' | 'same' {
  if (out.sentences.length !== counts.length) return false;
  let changed = false;
  for (let i = 0; i < counts.length; i++) {
    if (out.sentences[i].repeated !== counts[i]) changed = true;
    out.sentences[i].repeated = counts[i];
  }
  return changed ? 'changed' : 'same';
}
