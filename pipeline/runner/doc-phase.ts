import { CHUNK_RECORDS, splitChunks } from '../executors/chunk-parts.ts';
import type { ChunkJob, ChunkResult } from '../executors/doc-jobs.ts';
import type { DocExecutor } from '../executors/local-executor.ts';
import { type SignedBatch, SignedBatchBuilder } from '../stages/dedup/index.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import type { KeptInput } from './ingest-phase.ts';
import { inOrder } from './in-order.ts';
import type { RunState } from './run-state.ts';

/** Options of the per-document phase. */
export interface DocPhaseOptions {
  /** Records per chunk. */
  chunkSize?: number;
  /** Process only chunks with index % worldSize === rank. */
  rank?: number;
  worldSize?: number;
}

/** What the phase did: the signatures of every segmented record, where each lives, the part keys. */
export interface DocPhaseResult {
  /** Signatures of the segmented records, chunk after chunk. */
  signed: SignedBatch;
  /** For each signed record: its chunk (index into `keys`) and its position in that chunk's part. */
  chunkOf: Uint32Array;
  positionOf: Uint32Array;
  /** Part key of each chunk run (all chunks, or this rank's). */
  keys: string[];
  chunks: { computed: number; reused: number; mine: number; total: number };
}

/**
 * Runs clean and segment over the kept inputs chunk by chunk on the executor's threads. Each
 * job reads its chunk's files again, keys the chunk by its records, the config, the code and
 * the repeated lines its documents hold, and reads the part an earlier run or a rank saved
 * under that key, or computes, signs and saves it at once (a killed run loses at most the
 * chunks in flight). Only signatures come back to this thread.
 *
 * @example
 * const { signed, keys } = await docPhase(ingested.records, files, exec, {}, state);
 */
export async function docPhase(
  records: KeptInput[], files: InputFile[], scanKeys: readonly string[], exec: DocExecutor, o: DocPhaseOptions, state: RunState,
): Promise<DocPhaseResult> {
  const chunks = splitChunks(records, o.chunkSize ?? CHUNK_RECORDS).map((list, index) => ({ index, list }));
  const mine = o.rank === undefined ? chunks : chunks.filter((c) => c.index % (o.worldSize ?? 1) === o.rank);
  const builder = new SignedBatchBuilder();
  const chunkOf: number[] = [];
  const positionOf: number[] = [];
  const keys: string[] = [];
  let done = 0;
  let computed = 0;
  const jobs = mine.map(({ list }) => () => {
    const job: ChunkJob = {
      files: [...new Set(list.map((r) => r.file))].map((f) => files[f]), sources: list.map((r) => r.source), scans: [...new Set(list.map((r) => scanKeys[r.scan]))],
    };
    return exec.run<ChunkResult>('chunk', job);
  });
  await inOrder(jobs, (r, i) => {
    state.counters.merge(r.counters);
    state.rejects.push(...r.rejects);
    if (r.computed) computed++;
    builder.add(r.signed);
    for (const p of r.positions) {
      chunkOf.push(keys.length);
      positionOf.push(p);
    }
    keys.push(r.key);
    state.reporter.advance('clean+segment', (done += mine[i].list.length));
  }, 2 * exec.slots);
  return {
    signed: builder.build(), chunkOf: Uint32Array.from(chunkOf), positionOf: Uint32Array.from(positionOf), keys,
    chunks: { computed, reused: mine.length - computed, mine: mine.length, total: chunks.length },
  };
}
