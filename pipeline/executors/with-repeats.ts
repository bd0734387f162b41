import type { AnnotatedRecord, DedupRecord } from '../lib/types.ts';

/**
 * Puts the current repeat counts on an annotated record read from a saved part (annotation
 * does not read them, so a part stays valid when they change); false when its sentences do not
 * line up with the record's, else `'changed'` when a count differed and `'same'` when none did.
 *
 * @example
 * if (!withRepeats(saved, current)) annotateAgain(current);
 */
export function withRepeats(out: AnnotatedRecord, from: DedupRecord): false | 'changed' | 'same' {
  if (out.sentences.length !== from.sentences.length) return false;
  let changed = false;
  for (let i = 0; i < from.sentences.length; i++) {
    if (out.sentences[i].start !== from.sentences[i].start || out.sentences[i].end !== from.sentences[i].end) return false;
    if (out.sentences[i].repeated !== from.sentences[i].repeated) changed = true;
    out.sentences[i].repeated = from.sentences[i].repeated;
  }
  return changed ? 'changed' : 'same';
}
