import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { EXIT, type ExitCode, runError, usageError } from '../lib/exit-codes.ts';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import { describeErrors, SchemaRegistry } from '../lib/schemas.ts';
import type { AnnotatedRecord, CleanRecord, DedupRecord, DuplicateRow, IngestRecord, RejectRow, SegmentRecord } from '../lib/types.ts';
import { DATASET_VERSION, PIPELINE_VERSION, SCHEMA_VERSION } from '../lib/versions.ts';
import { type Manifest, publishDataset, recoverInterrupted } from '../publish/index.ts';
import { assignKeywords } from '../stages/annotate/index.ts';
import { collectRepeatedLines } from '../stages/clean/index.ts';
import { decodeIndex, deduplicate, encodeIndex, type DedupIndex } from '../stages/dedup/index.ts';
import { reindex } from '../stages/dedup/reindex.ts';
import { ingestPath, type InputFile, listInputs } from '../stages/ingest/index.ts';
import { acquireRunLock } from '../executors/run-lock.ts';
import { CHUNK_RECORDS, makeChunks, pruneParts, readPart, workDir, writePart } from '../executors/chunk-parts.ts';
import { codeFingerprint } from '../executors/code-fingerprint.ts';
import { type BatchResult, mergeBatches } from '../executors/doc-pipeline.ts';
import { type DocExecutor, localExecutor } from '../executors/local-executor.ts';
import { WorkerPool } from '../executors/worker-pool.ts';
import { buildRows } from './build-rows.ts';
import { loadConfig, type PipelineConfig } from './config.ts';
import { quietReporter, type Reporter } from './progress.ts';
import { Counters } from './counters.ts';

/** Parallel file reads while ingesting. */
const IO_CONCURRENCY = 16;

/** Most documents per batch sent to a worker. */
const BATCH_SIZE = 32;

/** Code the per-document phase depends on: a change here invalidates saved parts. */
const DOC_PHASE_CODE = ['lib', 'runner', 'executors', 'stages/ingest', 'stages/clean', 'stages/segment'] as const;

/** File name of the deduplication index inside a published dataset. */
export const DEDUP_INDEX_FILE = 'dedup-index.bin';

/** Options of one run (the CLI fills them from flags and the environment). */
export interface RunOptions {
  /** Folder of inputs (.txt, .html/.htm, .jsonl). */
  input: string;
  /** Dataset folder to publish into (replaced atomically). */
  out: string;
  /** JSON config file, or null for the defaults. */
  configFile?: string | null;
  /** Worker threads for the CPU-heavy stages (1: all in this thread). */
  concurrency?: number;
  /** Seconds since the epoch for `created` in the manifest (SOURCE_DATE_EPOCH), or null. */
  sourceDateEpoch?: number | null;
  /** With `worldSize`: process only this rank's chunks of the per-document phase, save them, and stop. */
  rank?: number;
  /** Number of ranks the per-document phase is split over. */
  worldSize?: number;
  /** Records per chunk (the unit of ranks, resume and reuse); default CHUNK_RECORDS. */
  chunkSize?: number;
  /** Wait for another run on the same output to finish instead of exiting 1. */
  wait?: boolean;
  /** Receives progress: stage start/end, counters, warnings (default: says nothing). */
  reporter?: Reporter;
}

/** What a run did. */
export interface RunSummary {
  exitCode: ExitCode;
  /** Wall-clock seconds per stage (reported, never published). */
  seconds: Record<string, number>;
  manifest: Manifest;
  rejects: RejectRow[];
}

/** What a rank run did: chunks of the per-document phase it computed or found done. */
export interface RankSummary {
  exitCode: ExitCode;
  rank: number;
  worldSize: number;
  chunks: { computed: number; reused: number; mine: number; total: number };
  seconds: Record<string, number>;
}

async function readPreviousIndex(out: string): Promise<DedupIndex | null> {
  try {
    return decodeIndex(new Uint8Array(await readFile(join(out, DEDUP_INDEX_FILE))));
  } catch {
    return null;
  }
}

/**
 * Runs every stage on a folder of inputs and publishes the dataset.
 * Throws a NewsprepError (exit 1 for usage/config problems, exit 2 for a failed run);
 * returns exit 3 when the dataset was published but some inputs were rejected.
 *
 * @example
 * const { exitCode } = await runPipeline({ input: 'seeds', out: 'dist' });
 */
export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const reporter = opts.reporter ?? quietReporter;
  const registry = SchemaRegistry.load();
  const { config, hash: configHash } = await loadConfig(opts.configFile ?? null, registry);
  if (resolve(opts.input) === resolve(opts.out)) throw usageError('--input and --out must be different folders');
  const files = await listInputs(opts.input);
  if (opts.rank !== undefined) throw usageError('a rank run publishes nothing: use runRank');
  const release = await acquireRunLock(opts.out, { wait: opts.wait });
  try {
    return (await runLocked(opts, files, registry, config, configHash, reporter)) as RunSummary;
  } finally {
    await release();
  }
}

/**
 * Runs one rank's share of the per-document phase (ingest, clean, segment) and saves each
 * chunk as a part next to the output; a final `runPipeline` on the same input and output
 * finds every part and merges them (dedup, annotate, publish). N ranks run one after another,
 * then the final run, give the same bytes as one run.
 *
 * @example
 * for (let rank = 0; rank < 4; rank++) await runRank({ input: 'in', out: 'dist', rank, worldSize: 4 });
 * await runPipeline({ input: 'in', out: 'dist' });
 */
export async function runRank(opts: RunOptions & { rank: number; worldSize: number }): Promise<RankSummary> {
  const reporter = opts.reporter ?? quietReporter;
  const registry = SchemaRegistry.load();
  const { config, hash: configHash } = await loadConfig(opts.configFile ?? null, registry);
  if (!(Number.isInteger(opts.worldSize) && opts.worldSize >= 1)) throw usageError('--world-size must be a whole number of at least 1');
  if (!(Number.isInteger(opts.rank) && opts.rank >= 0 && opts.rank < opts.worldSize)) throw usageError(`--rank must be a whole number from 0 to ${opts.worldSize - 1}`);
  const files = await listInputs(opts.input);
  return (await runLocked(opts, files, registry, config, configHash, reporter)) as RankSummary;
}

async function runLocked(
  opts: RunOptions, files: InputFile[], registry: SchemaRegistry, config: PipelineConfig, configHash: string,
  reporter: Reporter,
): Promise<RunSummary | RankSummary> {
  const seconds: Record<string, number> = {};
  let t0 = performance.now();
  const start = (stage: string, total: number): void => { t0 = performance.now(); reporter.stageStart(stage, total); };
  const end = (...stages: string[]): void => {
    const s = (performance.now() - t0) / 1000;
    for (const stage of stages) { seconds[stage] = s / stages.length; reporter.stageEnd(stage, counters.toJSON()[stage], s / stages.length); }
  };
  await recoverInterrupted(opts.out);
  const previous = await readPreviousIndex(opts.out);

  let deduped: ReturnType<typeof deduplicate>;
  let usedParts = new Set<string>();
  let finals: AnnotatedRecord[];
  const counters = new Counters();
  const rejects: RejectRow[] = [];
  const duplicates: DuplicateRow[] = [];
  start('ingest', files.length);
  const limit = pLimit(IO_CONCURRENCY);
  let read = 0;
  const ingested = await Promise.all(files.map((f) => limit(async () => {
    const r = await ingestPath(f);
    reporter.advance('ingest', ++read);
    return r;
  })));
  const fingerprint = sha256(ingested.map((f) => `${f.source}\t${f.id ?? '-'}\t${f.bytes}`).join('\n'));

  const ingestValidate = registry.validator('newsprep:stages/ingest');
  const records: IngestRecord[] = [];
  const byId = new Map<string, IngestRecord>();
  let inputs = 0;
  for (const file of ingested) {
    for (const outcome of file.outcomes) {
      inputs++;
      counters.seen('ingest');
      if (!outcome.ok) {
        counters.dropped('ingest', outcome.reject.rule);
        rejects.push(outcome.reject);
        continue;
      }
      const rec = outcome.record;
      const valid: boolean = ingestValidate(rec);
      if (!valid) {
        const e = describeErrors(ingestValidate.errors);
        counters.dropped('ingest', 'schema-invalid');
        rejects.push({ id: rec.id, source: rec.source, stage: 'ingest', rule: 'schema-invalid', message: `${rec.source}: ingest output fails newsprep:stages/ingest at ${e.path}: ${e.message}` });
        continue;
      }
      const first = byId.get(rec.id);
      if (first && first.text === rec.text) {
        counters.add('ingest', 'identical_inputs');
        duplicates.push({ id: rec.id, source: rec.source, duplicate_of: first.id, method: 'exact', similarity: 1 });
        continue;
      }
      if (first) {
        counters.dropped('ingest', 'duplicate-id');
        rejects.push({ id: rec.id, source: rec.source, stage: 'ingest', rule: 'duplicate-id', message: `${rec.source}: id ${rec.id} is already used by ${first.source} with other content` });
        continue;
      }
      byId.set(rec.id, rec);
      counters.kept('ingest');
      records.push(rec);
    }
  }
  end('ingest');

  const repeatedLines = collectRepeatedLines(records, config.clean);
  const init = { config, repeatedLines };
  const workers = Math.max(1, opts.concurrency ?? 1);
  // Small corpora still spread over every worker: at least four batches per worker.
  const batchSize = Math.max(1, Math.min(BATCH_SIZE, Math.ceil(records.length / (workers * 4))));
  const exec: DocExecutor = workers > 1 && records.length > 1 ? await WorkerPool.start(Math.min(workers, records.length), init) : localExecutor(init);
  const collect = <T>(results: Array<BatchResult<T>>): T[] => {
    const out: T[] = [];
    for (const r of results) {
      counters.merge(r.counters);
      rejects.push(...r.rejects);
      for (const v of r.values) if (v !== null) out.push(v);
    }
    return out;
  };
  try {
    start('clean+segment', records.length);
    const contextKey = sha256(canonicalJson({ configHash, code: codeFingerprint(DOC_PHASE_CODE), repeatedLines }));
    const chunks = makeChunks(records, contextKey, opts.chunkSize ?? CHUNK_RECORDS);
    const mine = opts.rank === undefined ? chunks : chunks.filter((c) => c.index % (opts.worldSize ?? 1) === opts.rank);
    const work = workDir(opts.out);
    let done = 0;
    let computed = 0;
    const results = await Promise.all(mine.map(async (chunk) => {
      let result = await readPart(work, chunk.key);
      if (!result) {
        result = mergeBatches(await exec.map<SegmentRecord>('segment', chunk.records, batchSize));
        await writePart(work, chunk.key, result);
        computed++;
      }
      reporter.advance('clean+segment', (done += chunk.records.length));
      return result;
    }));
    if (opts.rank !== undefined) {
      end('clean', 'segment');
      return { exitCode: EXIT.ok, rank: opts.rank, worldSize: opts.worldSize ?? 1, chunks: { computed, reused: mine.length - computed, mine: mine.length, total: chunks.length }, seconds };
    }
    const segmented = collect(results);
    end('clean', 'segment');
    usedParts = new Set(chunks.map((c) => c.key));

    start('dedup', segmented.length);
    counters.seen('dedup', segmented.length);
    // Inputs already in the published index are the same articles again, not copies of themselves.
    const ingestedIds = new Set(records.map((r) => r.id));
    deduped = deduplicate(segmented, config.dedup, previous ? reindex(previous, ingestedIds) : null);
    const dedupValidate = registry.validator('newsprep:stages/dedup');
    const kept: DedupRecord[] = [];
    for (const rec of deduped.kept) {
      const valid: boolean = dedupValidate(rec);
      if (valid) { kept.push(rec); continue; }
      counters.dropped('dedup', 'schema-invalid');
      rejects.push({ id: rec.id, source: rec.source, stage: 'dedup', rule: 'schema-invalid', message: `${rec.source}: dedup output fails newsprep:stages/dedup` });
    }
    counters.kept('dedup', kept.length);
    for (const d of deduped.duplicates) counters.add('dedup', `duplicates_${d.method}`);
    duplicates.push(...deduped.duplicates);
    end('dedup');

    start('annotate', kept.length);
    finals = assignKeywords(collect(await exec.map<AnnotatedRecord>('annotate', kept, batchSize, (n) => reporter.advance('annotate', n))), config.annotate);
    end('annotate');
  } finally {
    await exec.close();
  }

  const accounting = { inputs, articles: finals.length, duplicates: duplicates.length, rejects: rejects.length };
  if (accounting.inputs !== accounting.articles + accounting.duplicates + accounting.rejects) {
    throw runError(`accounting broken: ${inputs} inputs, ${finals.length} articles, ${duplicates.length} duplicates, ${rejects.length} rejects`);
  }
  const created = opts.sourceDateEpoch === null || opts.sourceDateEpoch === undefined ? null : new Date(opts.sourceDateEpoch * 1000).toISOString();
  start('publish', 1);
  const manifest = await publishDataset({
    target: opts.out,
    tables: buildRows(finals, duplicates, rejects),
    extraFiles: { [DEDUP_INDEX_FILE]: encodeIndex(reindex(deduped.index)) },
    registry,
    manifest: {
      dataset: 'newsprep', dataset_version: DATASET_VERSION, schema_version: SCHEMA_VERSION, pipeline_version: PIPELINE_VERSION,
      created, config_hash: configHash, input_fingerprint: fingerprint, accounting, stages: counters.toJSON(),
    },
  });
  end('publish');
  await pruneParts(workDir(opts.out), usedParts);
  return { exitCode: rejects.length ? EXIT.rejected : EXIT.ok, seconds, manifest, rejects };
}
