import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import type { IngestRecord, RejectRow, SegmentRecord } from '../lib/types.ts';
import type { StageCounters } from '../publish/manifest.ts';
import type { SignedBatch } from '../stages/dedup/index.ts';
import { packRecord, unpackRecord } from './part-codec.ts';
import { decodeSigned, encodeSigned } from './signed-codec.ts';

/** Records per chunk: the unit of work of ranks, resume and the part cache. */
export const CHUNK_RECORDS = 256;

/** The work folder of a dataset: `.NAME.work` next to it (parts of the per-document phase). */
export const workDir = (target: string): string => join(dirname(target), `.${basename(target)}.work`);

/** A saved result: one value (or null when rejected) per record, with its rejects and counters. */
export interface PartResult<T> {
  values: Array<T | null>;
  rejects: RejectRow[];
  counters: Record<string, StageCounters>;
}

/**
 * The content key of a chunk: its records' ids, sources, texts and metadata, a context key
 * (config hash, code) and what else the chunk's output depends on from the corpus
 * (`corpusContext`, e.g. the repeated lines its documents hold). Equal keys mean equal outputs.
 *
 * @example
 * const key = chunkKey(records, contextKey, repeatedLinesIn(records, repeated));
 */
export function chunkKey(records: readonly IngestRecord[], contextKey: string, corpusContext: unknown = null): string {
  return chunkKeyOf(records.map((r) => recordDigest(r)), contextKey, corpusContext);
}

/** `chunkKey` from the records' `recordDigest`s (as the scan saved them: no text needed). */
export function chunkKeyOf(digests: readonly string[], contextKey: string, corpusContext: unknown = null): string {
  return sha256(canonicalJson([contextKey, corpusContext, digests]));
}

/**
 * What a chunk key holds of one record: its id, source, a hash of its text (`textSha`, when
 * known), url, format, encoding and metadata.
 *
 * @example
 * recordDigest(record) === recordDigest(record, sha256(record.text)) // true
 */
export function recordDigest(r: IngestRecord, textSha = sha256(r.text)): string {
  return sha256(canonicalJson([r.id, r.source, textSha, r.url, r.format, r.encoding, r.meta]));
}

/** Splits a list (records in input order) into consecutive chunks of `size`. */
export function splitChunks<T>(items: readonly T[], size = CHUNK_RECORDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The file of a part (`ext`: `json` records, `sig` a chunk's signatures, `terms` an annotate part's meta). */
export const partFile = (dir: string, key: string, ext = 'json'): string => join(dir, 'parts', `${key}.${ext}`);

/** A part file's first line: its key, its record count, and everything of the result but the records. */
type PartHeader = { key: string; n: number } & Omit<PartResult<unknown>, 'values'>;

/** A part's lines, checked: the header's key and record count match, or null. */
async function partLines(dir: string, key: string): Promise<{ header: PartHeader; lines: string[] } | null> {
  const lines = (await readFile(partFile(dir, key), 'utf8')).split('\n');
  const header = JSON.parse(lines[0]) as PartHeader;
  return header.key === key && lines.length === header.n + 1 ? { header, lines } : null;
}

/** The saved result of a chunk (sentence texts put back), or null when there is none (or it cannot be read). */
export async function readPart<T = SegmentRecord>(dir: string, key: string): Promise<PartResult<T> | null> {
  try {
    const part = await partLines(dir, key);
    if (!part) return null;
    const { key: _key, n: _n, ...rest } = part.header;
    const values = part.lines.slice(1).map((line) => unpackRecord(JSON.parse(line) as T | null));
    return { ...rest, values } as PartResult<T>;
  } catch {
    return null;
  }
}

/**
 * Only the records at `positions` of a saved part (sentence texts put back), parsing nothing
 * else: each record is a line of its own. Null when the part is missing, unreadable or shorter.
 *
 * @example
 * const kept = await readPartAt(work, chunkKey, [0, 5, 9]); // [record0, record5, record9]
 */
export async function readPartAt<T = SegmentRecord>(dir: string, key: string, positions: readonly number[]): Promise<Array<T | null> | null> {
  try {
    const part = await partLines(dir, key);
    if (!part || positions.some((p) => !(p >= 0 && p < part.header.n))) return null;
    return positions.map((p) => unpackRecord(JSON.parse(part.lines[p + 1]) as T | null));
  } catch {
    return null;
  }
}

/**
 * Writes a file under a temporary name, then renames it: a reader (or a run after kill -9) never
 * sees it half-written. Parts are a cache checked when read (key, record count, parse), not the
 * dataset, so they are neither hashed nor flushed to disk one by one: at a million articles that
 * is some 47,000 files, each flush a millisecond or more. A part a power loss leaves unreadable
 * fails its checks and is computed again.
 */
async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

/** Saves a chunk's result: written to a temporary name, flushed, then renamed (the completion marker). */
export async function writePart<T = SegmentRecord>(dir: string, key: string, result: PartResult<T>): Promise<void> {
  await writeAtomic(partFile(dir, key), partText(key, result));
}

/**
 * A part's text: a header line (key, record count, rejects, counters), then one line per record
 * (JSON never holds a raw line break), each without the sentence texts its body holds
 * (`packRecord`), so a reader can parse only the records it needs (`readPartAt`).
 */
function partText(key: string, result: PartResult<unknown>): string {
  const { values, ...rest } = result;
  const lines = [JSON.stringify({ key, n: values.length, ...rest })];
  for (const v of values) lines.push(JSON.stringify(packRecord(v)));
  return lines.join('\n');
}

/** Saves a small JSON value (a scan batch's results, an annotate part's meta) as the part `key` (file ending `ext`). */
export async function writeJsonPart(dir: string, key: string, value: unknown, ext = 'json'): Promise<void> {
  await writeAtomic(partFile(dir, key, ext), JSON.stringify({ key, value }));
}

/** The value saved as the part `key` by `writeJsonPart`, or null when there is none (or it cannot be read). */
export async function readJsonPart<T>(dir: string, key: string, ext = 'json'): Promise<T | null> {
  try {
    const saved = JSON.parse(await readFile(partFile(dir, key, ext), 'utf8')) as { key: string; value: T };
    return saved.key === key ? saved.value : null;
  } catch {
    return null;
  }
}

/** A per-document chunk's saved result with the dedup signatures of its records. */
export interface DocPart {
  result: PartResult<SegmentRecord>;
  signed: SignedBatch;
  /** Position in `result.values` of each signed record. */
  positions: number[];
}

/** Saves a chunk's segment records and signatures: the signatures (with positions, rejects and counters) first, the records (the completion marker) last. */
export async function writeDocPart(dir: string, key: string, result: PartResult<SegmentRecord>, signed: SignedBatch, positions: number[]): Promise<void> {
  const meta = new TextEncoder().encode(JSON.stringify({ key, positions, rejects: result.rejects, counters: result.counters }));
  const sig = encodeSigned(signed);
  const bytes = new Uint8Array(4 + meta.length + sig.length);
  new DataView(bytes.buffer).setUint32(0, meta.length, true);
  bytes.set(meta, 4);
  bytes.set(sig, 4 + meta.length);
  await writeAtomic(partFile(dir, key, 'sig'), bytes);
  await writeAtomic(partFile(dir, key), partText(key, result));
}

/**
 * Reads only what dedup needs of a saved chunk (signatures, positions, counters, rejects) from
 * its small signature file, never parsing the records; null when the chunk is not complete.
 */
export async function readDocPart(dir: string, key: string): Promise<Omit<DocPart, 'result'> & { result: Omit<PartResult<SegmentRecord>, 'values'> } | null> {
  try {
    await stat(partFile(dir, key));
    const bytes = new Uint8Array(await readFile(partFile(dir, key, 'sig')));
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
    const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as { key: string; positions: number[] } & Omit<PartResult<SegmentRecord>, 'values'>;
    const signed = decodeSigned(bytes.subarray(4 + length));
    if (meta.key !== key || signed.ids.length !== meta.positions.length) return null;
    return { result: { rejects: meta.rejects, counters: meta.counters }, signed, positions: meta.positions };
  } catch {
    return null;
  }
}

/** Files removed at once by `pruneParts` (unlinks overlap in the I/O thread pool). */
const REMOVES_AT_ONCE = 16;

/** Removes every part (and leftover temporary file) that is not one of `keep`. */
export async function pruneParts(dir: string, keep: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(join(dir, 'parts'));
  } catch {
    return;
  }
  const limit = pLimit(REMOVES_AT_ONCE);
  await Promise.all(names.filter((name) => !keep.has(name.replace(/\.(json|sig|terms)(\.tmp-\d+)?$/, '')) || name.includes('.tmp-'))
    .map((name) => limit(() => rm(join(dir, 'parts', name), { force: true }))));
}
