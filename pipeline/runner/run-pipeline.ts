import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pruneParts, workDir } from '../executors/chunk-parts.ts';
import { recordInput } from '../executors/input-record.ts';
import type { BatchResult } from '../executors/doc-pipeline.ts';
import { type DocExecutor, localExecutor } from '../executors/local-executor.ts';
import { acquireRunLock } from '../executors/run-lock.ts';
import { WorkerPool } from '../executors/worker-pool.ts';
import { EXIT, type ExitCode, runError, usageError } from '../lib/exit-codes.ts';
import { SchemaRegistry } from '../lib/schemas.ts';
import type { AnnotatedRecord, DedupRecord, RejectRow, SegmentRecord } from '../lib/types.ts';
import { DATASET_VERSION, PIPELINE_VERSION, SCHEMA_VERSION } from '../lib/versions.ts';
import { type Manifest, publishDataset, recoverInterrupted } from '../publish/index.ts';
import { assignKeywords } from '../stages/annotate/index.ts';
import { collectRepeatedLines } from '../stages/clean/index.ts';
import { decodeIndex, type DedupIndex, encodeIndex } from '../stages/dedup/index.ts';
import { type InputFile, listInputs } from '../stages/ingest/index.ts';
import { annotatePhase } from './annotate-phase.ts';
import { buildRows } from './build-rows.ts';
import { loadConfig, type PipelineConfig } from './config.ts';
import { dedupPhase } from './dedup-phase.ts';
import { docPhase } from './doc-phase.ts';
import { ingestPhase } from './ingest-phase.ts';
import { quietReporter, type Reporter } from './progress.ts';
import { RunState } from './run-state.ts';

/** Most documents per batch sent to a worker. */
const BATCH_SIZE = 32;

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
  /** Chunks of the per-document phase computed now or reused from saved parts. */
  chunks: { computed: number; reused: number; total: number };
  /** Groups of kept records annotated now or reused from saved parts. */
  annotateGroups: { computed: number; reused: number };
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
  const files = await listInputs(opts.input, [opts.out]);
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
  const files = await listInputs(opts.input, [opts.out]);
  return (await runLocked(opts, files, registry, config, configHash, reporter)) as RankSummary;
}

/** Collects the segmented chunk results and deduplicates them; the chunk results can be freed after. */
function segmentAndDedup(
  results: Array<BatchResult<SegmentRecord>>, config: PipelineConfig, previous: DedupIndex | null, ingestedIds: ReadonlySet<string>,
  registry: SchemaRegistry, state: RunState, collect: <T>(r: Array<BatchResult<T>>) => T[],
): { kept: DedupRecord[]; index: DedupIndex } {
  const segmented = collect<SegmentRecord>(results);
  results.length = 0;
  state.end('clean', 'segment');
  state.start('dedup', segmented.length);
  const deduped = dedupPhase(segmented, config.dedup, previous, ingestedIds, registry, state);
  state.end('dedup');
  return deduped;
}

async function runLocked(
  opts: RunOptions, files: InputFile[], registry: SchemaRegistry, config: PipelineConfig, configHash: string,
  reporter: Reporter,
): Promise<RunSummary | RankSummary> {
  const state = new RunState(reporter);
  await recoverInterrupted(opts.out);
  const previous = await readPreviousIndex(opts.out);

  state.start('ingest', files.length);
  const { records, inputs, fingerprint } = await ingestPhase(files, registry, state);
  state.end('ingest');

  const repeatedLines = collectRepeatedLines(records, config.clean);
  const init = { config, repeatedLines };
  const workers = Math.max(1, opts.concurrency ?? 1);
  // Small corpora still spread over every worker: at least four batches per worker.
  const batchSize = Math.max(1, Math.min(BATCH_SIZE, Math.ceil(records.length / (workers * 4))));
  const exec: DocExecutor = workers > 1 && records.length > 1 ? await WorkerPool.start(Math.min(workers, records.length), init) : localExecutor(init);
  const collect = <T>(results: Array<BatchResult<T>>): T[] => {
    const out: T[] = [];
    for (const r of results) {
      state.counters.merge(r.counters);
      state.rejects.push(...r.rejects);
      for (const v of r.values) if (v !== null) out.push(v);
    }
    return out;
  };
  let finals: AnnotatedRecord[];
  let index: DedupIndex;
  let parts: string[];
  let chunks: RunSummary['chunks'];
  let annotateGroups: RunSummary['annotateGroups'];
  try {
    state.start('clean+segment', records.length);
    const doc = await docPhase(records, exec, { out: opts.out, configHash, repeatedLines, chunkSize: opts.chunkSize, batchSize, rank: opts.rank, worldSize: opts.worldSize }, state);
    if (opts.rank !== undefined) {
      state.end('clean', 'segment');
      return { exitCode: EXIT.ok, rank: opts.rank, worldSize: opts.worldSize ?? 1, chunks: doc.chunks, seconds: state.seconds };
    }
    parts = doc.keys;
    chunks = { computed: doc.chunks.computed, reused: doc.chunks.reused, total: doc.chunks.total };
    const chunkOf = new Map<string, number>();
    doc.results.forEach((r, i) => { for (const v of r.values) if (v) chunkOf.set(v.id, i); });
    // Only the kept records live on: ingest texts, chunk results and dropped copies are freed here.
    const ingestedIds = new Set(records.map((r) => r.id));
    records.length = 0;
    const deduped = segmentAndDedup(doc.results, config, previous, ingestedIds, registry, state, collect);
    index = deduped.index;

    state.start('annotate', deduped.kept.length);
    const annotatedParts = await annotatePhase(deduped.kept, exec, { out: opts.out, configHash, batchSize, chunkOf, onProgress: (n) => reporter.advance('annotate', n) });
    parts.push(...annotatedParts.keys);
    annotateGroups = annotatedParts.groups;
    const annotated = collect<AnnotatedRecord>([annotatedParts.result]);
    deduped.kept.length = 0;
    finals = assignKeywords(annotated, config.annotate);
    state.end('annotate');
  } finally {
    await exec.close();
  }

  const { rejects, duplicates } = state;
  const accounting = { inputs, articles: finals.length, duplicates: duplicates.length, rejects: rejects.length };
  if (accounting.inputs !== accounting.articles + accounting.duplicates + accounting.rejects) {
    throw runError(`accounting broken: ${inputs} inputs, ${finals.length} articles, ${duplicates.length} duplicates, ${rejects.length} rejects`);
  }
  const created = opts.sourceDateEpoch === null || opts.sourceDateEpoch === undefined ? null : new Date(opts.sourceDateEpoch * 1000).toISOString();
  state.start('publish', 1);
  const tables = buildRows(finals, duplicates, rejects);
  finals.length = 0; // the rows hold what publish needs; the annotated records can go
  const manifest = await publishDataset({
    target: opts.out,
    tables,
    extraFiles: { [DEDUP_INDEX_FILE]: encodeIndex(index) },
    registry,
    dataset: config.dataset,
    manifest: {
      dataset: 'newsprep', dataset_version: DATASET_VERSION, schema_version: SCHEMA_VERSION, pipeline_version: PIPELINE_VERSION,
      created, config_hash: configHash, input_fingerprint: fingerprint, accounting, stages: state.counters.toJSON(),
    },
  });
  state.end('publish');
  await pruneParts(workDir(opts.out), new Set(parts));
  await recordInput(opts.out, opts.input);
  return { exitCode: rejects.length ? EXIT.rejected : EXIT.ok, seconds: state.seconds, manifest, rejects, chunks, annotateGroups };
}
