import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pruneParts, workDir } from '../executors/chunk-parts.ts';
import { recordInput } from '../executors/input-record.ts';
import { codeFingerprint } from '../executors/code-fingerprint.ts';
import type { AnnotateJob } from '../executors/doc-jobs.ts';
import type { DocPipelineInit } from '../executors/doc-pipeline.ts';
import { type DocExecutor, localExecutor } from '../executors/local-executor.ts';
import { acquireRunLock } from '../executors/run-lock.ts';
import { WorkerPool } from '../executors/worker-pool.ts';
import { EXIT, type ExitCode, runError, usageError } from '../lib/exit-codes.ts';
import { SchemaRegistry } from '../lib/schemas.ts';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import type { RejectRow } from '../lib/types.ts';
import { DATASET_VERSION, PIPELINE_VERSION, SCHEMA_VERSION } from '../lib/versions.ts';
import { type Manifest, recoverInterrupted, writeChunks } from '../publish/index.ts';
import { decodeIndex, type DedupIndex, dedupDefaults, emptyIndex, indexPieces, signRecords } from '../stages/dedup/index.ts';
import { type InputFile, listInputs } from '../stages/ingest/index.ts';
import { annotatePhase } from './annotate-phase.ts';
import { loadConfig, type PipelineConfig } from './config.ts';
import { dedupPhase } from './dedup-phase.ts';
import { docPhase } from './doc-phase.ts';
import { finishPhase } from './finish-phase.ts';
import { ingestPhase } from './ingest-phase.ts';
import { publishSpilled } from './publish-spilled.ts';
import { SpillSet } from './spill-set.ts';
import { quietReporter, type Reporter } from './progress.ts';
import { RunState } from './run-state.ts';

/** Code the per-document phase depends on: a change here invalidates saved chunk parts. */
const DOC_PHASE_CODE = ['lib', 'runner', 'executors', 'stages/ingest', 'stages/clean', 'stages/segment', 'stages/dedup'] as const;
/** Code per-document annotation depends on: a change here invalidates saved annotate parts. */
const ANNOTATE_CODE = ['lib', 'runner', 'executors', 'stages/annotate'] as const;

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
  /** Batches of input files scanned now or found saved (ingest's pass: decoded, validated, line keys). */
  scans: { computed: number; reused: number };
}

/** What a rank run did: chunks of the per-document phase it computed or found done. */
export interface RankSummary {
  exitCode: ExitCode;
  rank: number;
  worldSize: number;
  chunks: { computed: number; reused: number; mine: number; total: number };
  /** Batches of input files scanned now or found saved (by an earlier rank or run). */
  scans: { computed: number; reused: number };
  seconds: Record<string, number>;
}

async function readPreviousIndex(out: string): Promise<DedupIndex | null> {
  try {
    // decodeIndex copies each section out of the Buffer, so the file is read once and not copied whole.
    return decodeIndex(await readFile(join(out, DEDUP_INDEX_FILE)));
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

/** A signed batch of no articles (what the run keeps once dedup has decided). */
const emptySigned = () => signRecords([], { ...dedupDefaults });

async function runLocked(
  opts: RunOptions, files: InputFile[], registry: SchemaRegistry, config: PipelineConfig, configHash: string,
  reporter: Reporter,
): Promise<RunSummary | RankSummary> {
  const state = new RunState(reporter);
  await recoverInterrupted(opts.out);
  const work = workDir(opts.out);
  const workers = Math.max(1, Math.min(opts.concurrency ?? 1, files.length));
  const init: DocPipelineInit = {
    config, work,
    docContext: sha256(canonicalJson({ configHash, code: codeFingerprint(DOC_PHASE_CODE) })),
    annotateContext: sha256(canonicalJson({ configHash, code: codeFingerprint(ANNOTATE_CODE) })),
  };
  const exec: DocExecutor = workers > 1 ? await WorkerPool.start(workers, init) : localExecutor(init);
  let spill: SpillSet | null = null;
  try {
    state.start('ingest', files.length);
    const ingested = await ingestPhase(files, exec, config.clean, state);
    state.end('ingest');
    await exec.setContext({ repeatedLines: ingested.repeatedLines });

    state.start('clean+segment', ingested.records.length);
    const doc = await docPhase(ingested.records, files, ingested.scanKeys, exec, { chunkSize: opts.chunkSize, rank: opts.rank, worldSize: opts.worldSize }, state);
    state.end('clean', 'segment');
    if (opts.rank !== undefined) {
      return { exitCode: EXIT.ok, rank: opts.rank, worldSize: opts.worldSize ?? 1, chunks: doc.chunks, scans: ingested.scans, seconds: state.seconds };
    }
    const ingestedIds = new Set(ingested.records.map((r) => r.id));
    const { inputs, fingerprint, scanKeys, scans } = ingested;
    ingested.records.length = 0;
    files.length = 0; // every later phase reads the parts, not the inputs

    state.start('dedup', doc.signed.ids.length);
    const previous = await readPreviousIndex(opts.out);
    const deduped = dedupPhase(doc.signed, config.dedup, previous, ingestedIds, state);
    // What publish needs of dedup is the index's file: the signatures go first, then the decoded
    // index, then its bytes (written to the work folder, hundreds of MB at a million articles).
    doc.signed = emptySigned();
    const indexFile = join(work, DEDUP_INDEX_FILE);
    await writeChunks(indexFile, indexPieces(deduped.index));
    deduped.index = emptyIndex(deduped.index.params);
    ingestedIds.clear();
    state.counters.kept('dedup', deduped.kept.length);
    state.end('dedup');

    state.start('annotate', deduped.kept.length);
    const groups = new Map<number, AnnotateJob>();
    deduped.kept.forEach((d, k) => {
      const chunk = doc.chunkOf[d];
      let g = groups.get(chunk);
      if (!g) groups.set(chunk, (g = { docKey: doc.keys[chunk], items: [] }));
      g.items.push({ at: doc.positionOf[d], repeated: deduped.repeated[k] });
    });
    const annotated = await annotatePhase([...groups].sort((a, b) => a[0] - b[0]).map(([, g]) => g), exec, state);
    groups.clear();
    // A kept record whose dedup output fails its schema is rejected where it is next read (its annotate job).
    const dedupRejects = state.rejects.filter((r) => r.stage === 'dedup').length;
    if (dedupRejects) state.counters.add('dedup', 'kept', -dedupRejects);
    await SpillSet.removeAll(work); // this run holds the lock: any spill there is a killed run's
    spill = await SpillSet.create(join(work, `spill-${process.pid}`));
    const finished = await finishPhase(annotated.keys, annotated.names, exec, spill, (n) => reporter.advance('annotate', n));
    annotated.names.length = 0;
    state.end('annotate');

    const { rejects, duplicates } = state;
    const articles = spill.size;
    const accounting = { inputs, articles, duplicates: duplicates.length, rejects: rejects.length };
    if (inputs !== articles + duplicates.length + rejects.length) {
      throw runError(`accounting broken: ${inputs} inputs, ${articles} articles, ${duplicates.length} duplicates, ${rejects.length} rejects`);
    }
    const created = opts.sourceDateEpoch === null || opts.sourceDateEpoch === undefined ? null : new Date(opts.sourceDateEpoch * 1000).toISOString();
    state.start('publish', articles);
    const manifest = await publishSpilled({
      target: opts.out, registry, spill, exec, values: finished.values, duplicates, rejects,
      extraFiles: { [DEDUP_INDEX_FILE]: { path: indexFile } },
      dataset: config.dataset,
      manifest: {
        dataset: 'newsprep', dataset_version: DATASET_VERSION, schema_version: SCHEMA_VERSION, pipeline_version: PIPELINE_VERSION,
        created, config_hash: configHash, input_fingerprint: fingerprint, accounting, stages: state.counters.toJSON(),
      },
    });
    state.end('publish');
    await rm(indexFile, { force: true });
    await pruneParts(work, new Set([...scanKeys, ...doc.keys, ...annotated.keys]));
    await recordInput(opts.out, opts.input);
    return {
      exitCode: rejects.length ? EXIT.rejected : EXIT.ok, seconds: state.seconds, manifest, rejects,
      chunks: { computed: doc.chunks.computed, reused: doc.chunks.reused, total: doc.chunks.total }, annotateGroups: annotated.groups, scans,
    };
  } catch (error) {
    // Work files (parts, spill) share the output's disk: running out of room there leaves the dataset as it was.
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOSPC' || e.code === 'EDQUOT') throw runError(`disk full while writing ${e.path ?? work} (${e.code}); ${opts.out} is unchanged`);
    throw error;
  } finally {
    await exec.close();
    await spill?.remove();
  }
}
