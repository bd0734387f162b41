import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import { writeDurable } from '../publish/atomic-swap.ts';
import type { IngestRecord, SegmentRecord } from '../lib/types.ts';
import type { BatchResult } from './doc-pipeline.ts';

/** Records per chunk: the unit of work of ranks, resume and the part cache. */
export const CHUNK_RECORDS = 256;

/** The work folder of a dataset: `.NAME.work` next to it (parts of the per-document phase). */
export const workDir = (target: string): string => join(dirname(target), `.${basename(target)}.work`);

/** One chunk of the per-document phase: its position, its records and its content key. */
export interface Chunk {
  index: number;
  records: IngestRecord[];
  /** SHA-256 of everything the chunk's output depends on. */
  key: string;
}

/**
 * Splits the ingested records (in input order) into chunks and keys each by its records'
 * ids, sources and texts, a context key (config hash, code) and what else the chunk's output
 * depends on from the corpus (`chunkContext`, e.g. the repeated lines its documents hold).
 * Equal keys mean equal outputs.
 *
 * @example
 * const chunks = makeChunks(records, sha256(JSON.stringify({ configHash, code })), 256, (docs) => repeatedLinesIn(docs, set));
 */
export function makeChunks(records: IngestRecord[], contextKey: string, size = CHUNK_RECORDS, chunkContext: (docs: IngestRecord[]) => unknown = () => null): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < records.length; i += size) {
    const part = records.slice(i, i + size);
    const key = sha256(canonicalJson([contextKey, chunkContext(part), part.map((r) => [r.id, r.source, sha256(r.text), r.url, r.format, r.encoding, r.meta])]));
    chunks.push({ index: chunks.length, records: part, key });
  }
  return chunks;
}

const partFile = (dir: string, key: string): string => join(dir, 'parts', `${key}.json`);

/** The saved result of a chunk, or null when there is none (or it cannot be read). */
export async function readPart<T = SegmentRecord>(dir: string, key: string): Promise<BatchResult<T> | null> {
  try {
    const saved = JSON.parse(await readFile(partFile(dir, key), 'utf8')) as { key: string; result: BatchResult<T> };
    return saved.key === key ? saved.result : null;
  } catch {
    return null;
  }
}

/** Saves a chunk's result: written to a temporary name, flushed, then renamed (the completion marker). */
export async function writePart<T = SegmentRecord>(dir: string, key: string, result: BatchResult<T>): Promise<void> {
  const path = partFile(dir, key);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeDurable(tmp, JSON.stringify({ key, result }));
  await rename(tmp, path);
}

/** Removes every part (and leftover temporary file) that is not one of `keep`. */
export async function pruneParts(dir: string, keep: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(dir, 'parts'));
  } catch {
    return;
  }
  for (const name of names) {
    const key = name.replace(/\.json(\.tmp-\d+)?$/, '');
    if (!keep.has(key) || name.includes('.tmp-')) await rm(join(dir, 'parts', name), { force: true });
  }
}
