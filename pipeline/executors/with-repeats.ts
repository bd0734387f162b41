import type { AnnotatedRecord, DedupRecord } from '../lib/types.ts';

/**
 * Puts the current repeat counts on an annotated record read from a saved part (annotation
 * does not read them, so a part stays valid when they change); false when its sentences do not
 * line up with the record's.
 *
 * @example
 * if (!withRepeats(saved, current)) annotateAgain(current);
 */
export function withRepeats(out: AnnotatedRecord, from: DedupRecord): boolean {
  if (out.sentences.length !== from.sentences.length) return false;
  for (let i = 0; i < from.sentences.length; i++) {
    if (out.sentences[i].start !== from.sentences[i].start || out.sentences[i].end !== from.sentences[i].end) return false;
    out.sentences[i].repeated = from.sentences[i].repeated;
  }
  return true;
}
