import pLimit from 'p-limit';
import { sha256 } from '../lib/hash.ts';
import { describeErrors, type SchemaRegistry } from '../lib/schemas.ts';
import type { IngestRecord } from '../lib/types.ts';
import { ingestPath, type InputFile } from '../stages/ingest/index.ts';
import type { RunState } from './run-state.ts';

/** Parallel file reads while ingesting. */
const IO_CONCURRENCY = 16;

/** What ingest hands on: the unique records in input order, the input count and fingerprint. */
export interface Ingested {
  records: IngestRecord[];
  /** Inputs seen: one per file, one per JSONL line. */
  inputs: number;
  /** SHA-256 over the sorted (source, id, size) list of every input file. */
  fingerprint: string;
}

/**
 * Reads and decodes every input (I/O with bounded concurrency), validates each record, and
 * settles identical inputs: the second of two inputs with the same bytes is an exact duplicate
 * of the first; the same id with other content is a reject.
 *
 * @example
 * const { records, inputs } = await ingestPhase(files, registry, state);
 */
export async function ingestPhase(files: InputFile[], registry: SchemaRegistry, state: RunState): Promise<Ingested> {
  const limit = pLimit(IO_CONCURRENCY);
  let read = 0;
  const ingested = await Promise.all(files.map((f) => limit(async () => {
    const r = await ingestPath(f);
    state.reporter.advance('ingest', ++read);
    return r;
  })));
  const validate = registry.validator('newsprep:stages/ingest');
  const records: IngestRecord[] = [];
  const byId = new Map<string, IngestRecord>();
  let inputs = 0;
  for (const file of ingested) {
    for (const outcome of file.outcomes) {
      inputs++;
      state.counters.seen('ingest');
      if (!outcome.ok) { state.reject(outcome.reject); continue; }
      const rec = outcome.record;
      const valid: boolean = validate(rec);
      if (!valid) {
        const e = describeErrors(validate.errors);
        state.reject({ id: rec.id, source: rec.source, stage: 'ingest', rule: 'schema-invalid', message: `${rec.source}: ingest output fails newsprep:stages/ingest at ${e.path}: ${e.message}` });
        continue;
      }
      const first = byId.get(rec.id);
      if (first && first.text === rec.text) {
        state.counters.add('ingest', 'identical_inputs');
        state.duplicates.push({ id: rec.id, source: rec.source, duplicate_of: first.id, method: 'exact', similarity: 1 });
        continue;
      }
      if (first) {
        state.reject({ id: rec.id, source: rec.source, stage: 'ingest', rule: 'duplicate-id', message: `${rec.source}: id ${rec.id} is already used by ${first.source} with other content` });
        continue;
      }
      byId.set(rec.id, rec);
      state.counters.kept('ingest');
      records.push(rec);
    }
  }
  const fingerprint = sha256(ingested.map((f) => `${f.source}\t${f.id ?? '-'}\t${f.bytes}`).join('\n'));
  return { records, inputs, fingerprint };
}
