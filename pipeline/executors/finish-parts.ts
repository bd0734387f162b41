import type { AnnotatedRecord } from '../lib/types.ts';
import { readJsonPart, writeJsonPart } from './chunk-parts.ts';
import type { JobLog } from './doc-jobs.ts';

/**
 * What the run reads of one annotated record without parsing it: its id, its non-DATE entities
 * (label, text, canonical: all that linking people and keyword terms look at), its quotes'
 * speakers (linking renames them), its content-word counts (`wordCounts`) and its sentences'
 * current repeat counts (they change from run to run while the annotations stay valid: the rows
 * pass puts these on the records it reads from the part).
 */
export type TermsEntry = [
  id: string, entities: Array<[label: string, text: string, canonical: string]>, speakers: Array<string | null>,
  words: Array<[string, number]>, repeated: number[],
];

/**
 * The terms entry of an annotated record.
 *
 * @example
 * termsEntry(record, wordCounts(record)) // ['0123…', [['PERSON', 'Kerry', 'John Kerry'], ...], ['John Kerry'], [['ceasefire', 3], ...], [0, 2, ...]]
 */
export function termsEntry(r: AnnotatedRecord, words: Array<[string, number]>): TermsEntry {
  return [r.id, r.entities.filter((e) => e.label !== 'DATE').map((e) => [e.label, e.text, e.canonical]), r.quotes.map((q) => q.speaker), words, r.sentences.map((s) => s.repeated)];
}

/**
 * A record holding only what a terms entry holds (id, entities, quote speakers), enough for
 * `linkRecord`, `termCounts` and `fullNames`, which read nothing else.
 */
export function entryRecord(e: TermsEntry): AnnotatedRecord {
  return { id: e[0], entities: e[1].map(([label, text, canonical]) => ({ label, text, canonical })), quotes: e[2].map((speaker) => ({ speaker })) } as unknown as AnnotatedRecord;
}

/**
 * What the run keeps of an annotate part besides its records, in a small file beside it (written
 * after the part: the job's completion marker): the job's rejects and counters and a terms entry
 * per record (null for a rejected one). A later run reuses the part by reading this alone.
 */
export interface AnnotateMeta extends JobLog {
  key: string;
  entries: Array<TermsEntry | null>;
}

/** Saves an annotate part's meta beside it. */
export async function writeAnnotateMeta(dir: string, meta: AnnotateMeta): Promise<void> {
  await writeJsonPart(dir, meta.key, meta, 'terms');
}

/** An annotate part's meta, or null when there is none (or it cannot be read). */
export async function readAnnotateMeta(dir: string, key: string): Promise<AnnotateMeta | null> {
  return readJsonPart<AnnotateMeta>(dir, key, 'terms');
}
