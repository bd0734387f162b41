import { readFile } from 'node:fs/promises';
import type { AnnotatedRecord } from '../lib/types.ts';
import { partFile, writeAtomic } from './chunk-parts.ts';
import type { JobLog } from './doc-jobs.ts';

/**
 * What the run reads of one annotated record without parsing it: its id, its non-DATE entities
 * (label, text, canonical: all that linking people and keyword terms look at), its quotes'
 * speakers (linking renames them), its content-word counts (`wordCounts`) and its sentences'
 * current repeat counts (they change from run to run while the annotations stay valid; they are
 * published, so the rows saved for a record are reused only with the same counts).
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
  await writeAtomic(partFile(dir, meta.key, 'terms'), JSON.stringify(meta));
}

/** An annotate part's meta, or null when there is none (or it cannot be read). */
export async function readAnnotateMeta(dir: string, key: string): Promise<AnnotateMeta | null> {
  try {
    const saved = JSON.parse(await readFile(partFile(dir, key, 'terms'), 'utf8')) as AnnotateMeta;
    return saved.key === key ? saved : null;
  } catch {
    return null;
  }
}

/** One record's saved rows: what they were made from (`sig`), its id, its open dictionary values, one JSON array of rows per table. */
export interface SavedRows {
  sig: string;
  id: string;
  /** Per open dictionary column (in the order the rows pass lists them): the record's distinct values. */
  values: string[][];
  lines: string[];
}

/**
 * Saves the rows of an annotate part's records beside it: a header line, then per record a
 * line `[sig, id, values]` and one line per table (JSON never holds a raw line break), so the
 * next run takes the lines of every record whose `sig` is unchanged without parsing them.
 */
export async function writeRowsPart(dir: string, key: string, tables: number, records: readonly SavedRows[]): Promise<void> {
  const lines = [JSON.stringify({ key, n: records.length, tables })];
  for (const r of records) lines.push(JSON.stringify([r.sig, r.id, r.values]), ...r.lines);
  await writeAtomic(partFile(dir, key, 'rows'), lines.join('\n'));
}

/** The rows saved beside an annotate part, by `sig`; empty when there are none (or they cannot be read). */
export async function readRowsPart(dir: string, key: string, tables: number): Promise<Map<string, SavedRows>> {
  const out = new Map<string, SavedRows>();
  try {
    const lines = (await readFile(partFile(dir, key, 'rows'), 'utf8')).split('\n');
    const header = JSON.parse(lines[0]) as { key: string; n: number; tables: number };
    if (header.key !== key || header.tables !== tables || lines.length !== 1 + header.n * (tables + 1)) return out;
    for (let at = 1; at < lines.length; at += tables + 1) {
      const [sig, id, values] = JSON.parse(lines[at]) as [string, string, string[][]];
      out.set(sig, { sig, id, values, lines: lines.slice(at + 1, at + 1 + tables) });
    }
  } catch {
    out.clear();
  }
  return out;
}
