import type { ValidateFunction } from 'ajv';
import { sha256, shortHash } from '../lib/hash.ts';
import { describeErrors } from '../lib/schemas.ts';
import { lineCandidates, lookupKeys } from '../stages/clean/index.ts';
import { ingestRead, type InputFile, type InputRead, readInput } from '../stages/ingest/index.ts';
import { readJsonPart, recordDigest, writeJsonPart } from './chunk-parts.ts';
import type { ScanBatch, ScanResult } from './doc-jobs.ts';

/** Bytes of input a scan job keeps between hashing and scanning a batch (a larger batch reads its files twice). */
const SCAN_KEEP_BYTES = 16 * 1024 * 1024;

/**
 * Scans a batch of input files (ingest's pass): each is read and hashed, and the batch is keyed
 * by the hashes, the context (config, code) and the files' names; a scan saved under that key by
 * an earlier run is returned as it is, nothing decoded. Otherwise each file is ingested, each
 * record checked against the ingest schema (a reject when it fails) and described by its
 * identity, its text hash, clean's pre-pass line keys and what its chunk will be keyed by (see
 * `ScanOutcome`), and the batch is saved. A file that changes between its two reads (a batch
 * larger than `SCAN_KEEP_BYTES` reads again what it did not keep) stops the run.
 *
 * @example
 * const { key, computed, files: scanned } = await scanJob(files, work, docContext, validateIngest);
 */
export async function scanJob(files: readonly InputFile[], work: string, context: string, validate: ValidateFunction): Promise<ScanBatch> {
  let kept = 0;
  const reads = files.map((f): InputRead | { sha: string } => {
    const read = readInput(f);
    if ('bytes' in read && (kept += read.bytes.length) > SCAN_KEEP_BYTES) return { sha: read.sha };
    return read;
  });
  const key = `scan-${sha256(JSON.stringify([context, files.map((f, i) => [f.source, f.format, 'error' in reads[i] ? reads[i].error : reads[i].sha])]))}`;
  const saved = await readJsonPart<ScanResult[]>(work, key);
  if (saved) return { key, computed: false, files: saved };
  const out = files.map((f, i): ScanResult => {
    let read = reads[i];
    if (!('bytes' in read) && !('error' in read)) {
      const again = readInput(f);
      if (!('sha' in again) || again.sha !== read.sha) throw new Error(`${f.source} changed while the run read it`);
      read = again;
    }
    const file = ingestRead(f, read as InputRead);
    return {
      source: file.source, id: file.id, bytes: file.bytes,
      outcomes: file.outcomes.map((o) => {
        if (!o.ok) return o;
        const rec = o.record;
        const valid: boolean = validate(rec);
        if (!valid) {
          const e = describeErrors(validate.errors);
          return { ok: false as const, reject: { id: rec.id, source: rec.source, stage: 'ingest', rule: 'schema-invalid', message: `${rec.source}: ingest output fails newsprep:stages/ingest at ${e.path}: ${e.message}` } };
        }
        const { site, keys } = lineCandidates(rec);
        const textSha = sha256(rec.text);
        return { ok: true as const, id: rec.id, source: rec.source, textSha, site, keys, digest: recordDigest(rec, textSha), lookup: lookupKeys(rec).map(shortHash) };
      }),
    };
  });
  await writeJsonPart(work, key, out);
  return { key, computed: true, files: out };
}
