import { createHash } from 'node:crypto';
import type { DocExecutor } from '../executors/local-executor.ts';
import type { ScanBatch } from '../executors/doc-jobs.ts';
import { RepeatedLineCounter } from '../stages/clean/index.ts';
import type { CleanOptions } from '../stages/clean/clean-options.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { inOrder } from './in-order.ts';
import type { RunState } from './run-state.ts';

/** Files per scan job. */
const SCAN_FILES = 32;

/** A record ingest kept: where it comes from (its file's position in the listing) and who it is. */
export interface KeptInput {
  file: number;
  /** Its scan batch (index into `Ingested.scanKeys`). */
  scan: number;
  id: string;
  source: string;
}

/** What ingest hands on: the unique records in input order, the input count, fingerprint and repeated lines. */
export interface Ingested {
  records: KeptInput[];
  /** Inputs seen: one per file, one per JSONL line. */
  inputs: number;
  /** SHA-256 over the sorted (source, id, size) list of every input file. */
  fingerprint: string;
  /** Clean's corpus pre-pass: line keys repeated across a site's pages. */
  repeatedLines: string[];
  /** Part key of each scan batch (`SCAN_FILES` files in listing order). */
  scanKeys: string[];
  /** Scan batches scanned now or found saved (same bytes, same code and config). */
  scans: { computed: number; reused: number };
}

/**
 * Reads and decodes every input on the executor's threads (workers validate each record and
 * send back only its identity, a hash of its text and its pre-pass line keys), settles
 * identical inputs (the second of two inputs with the same bytes is an exact duplicate of the
 * first; the same id with other content is a reject) and counts the repeated-line pre-pass.
 * No text is kept: the chunk phase reads the files again.
 *
 * @example
 * const { records, repeatedLines } = await ingestPhase(files, exec, config.clean, state);
 */
export async function ingestPhase(
  files: InputFile[], exec: DocExecutor, clean: Pick<CleanOptions, 'repeatedMinDocs' | 'repeatedMinShare'>, state: RunState,
): Promise<Ingested> {
  const records: KeptInput[] = [];
  const textOf = new Map<string, string>(); // id -> first 64 bits of the SHA-256 of its text: ample to tell two texts under one id apart
  const counter = new RepeatedLineCounter(clean);
  const fingerprint = createHash('sha256');
  let inputs = 0;
  let read = 0;
  const jobs: Array<() => Promise<ScanBatch>> = [];
  for (let i = 0; i < files.length; i += SCAN_FILES) {
    const batch = files.slice(i, i + SCAN_FILES);
    jobs.push(() => exec.run<ScanBatch>('scan', batch));
  }
  const scanKeys: string[] = [];
  let computed = 0;
  await inOrder(jobs, ({ key, computed: now, files: scanned }, j) => {
    scanKeys.push(key);
    if (now) computed++;
    scanned.forEach((file, k) => {
      fingerprint.update(`${j + k ? '\n' : ''}${file.source}\t${file.id ?? '-'}\t${file.bytes}`);
      for (const outcome of file.outcomes) {
        inputs++;
        state.counters.seen('ingest');
        if (!outcome.ok) { state.reject(outcome.reject); continue; }
        const first = textOf.get(outcome.id);
        if (first === outcome.textSha.slice(0, 16)) {
          state.counters.add('ingest', 'identical_inputs');
          state.duplicates.push({ id: outcome.id, source: outcome.source, duplicate_of: outcome.id, method: 'exact', similarity: 1 });
          continue;
        }
        if (first !== undefined) {
          state.reject({ id: outcome.id, source: outcome.source, stage: 'ingest', rule: 'duplicate-id', message: `${outcome.source}: id ${outcome.id} is already used by ${records.find((r) => r.id === outcome.id)?.source ?? 'another input'} with other content` });
          continue;
        }
        textOf.set(outcome.id, outcome.textSha.slice(0, 16));
        counter.add(outcome.site, outcome.keys);
        state.counters.kept('ingest');
        records.push({ file: j * SCAN_FILES + k, scan: j, id: outcome.id, source: outcome.source });
      }
    });
    state.reporter.advance('ingest', (read += scanned.length));
  }, 2 * exec.slots);
  return {
    records, inputs, fingerprint: fingerprint.digest('hex'), repeatedLines: counter.result(), scanKeys, scans: { computed, reused: jobs.length - computed },
  };
}
