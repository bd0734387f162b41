import { CHUNK_RECORDS, makeChunks, readPart, workDir, writePart } from '../executors/chunk-parts.ts';
import { codeFingerprint } from '../executors/code-fingerprint.ts';
import { type BatchResult, mergeBatches } from '../executors/doc-pipeline.ts';
import type { DocExecutor } from '../executors/local-executor.ts';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import type { IngestRecord, SegmentRecord } from '../lib/types.ts';
import { repeatedLinesIn } from '../stages/clean/index.ts';
import type { RunState } from './run-state.ts';

/** Code the per-document phase depends on: a change here invalidates saved parts. */
const DOC_PHASE_CODE = ['lib', 'runner', 'executors', 'stages/ingest', 'stages/clean', 'stages/segment'] as const;

/** Options of the per-document phase. */
export interface DocPhaseOptions {
  /** The dataset folder (its work folder holds the parts). */
  out: string;
  configHash: string;
  /** Clean's corpus pre-pass; the lines of it a chunk's documents hold are part of the chunk's key. */
  repeatedLines: string[];
  /** Records per chunk. */
  chunkSize?: number;
  /** Documents per batch sent to the executor. */
  batchSize: number;
  /** Process only chunks with index % worldSize === rank. */
  rank?: number;
  worldSize?: number;
}

/** What the phase did: each chunk's result (in order) and how many it computed or reused. */
export interface DocPhaseResult {
  results: Array<BatchResult<SegmentRecord>>;
  keys: string[];
  chunks: { computed: number; reused: number; mine: number; total: number };
}

/**
 * Runs clean and segment over the records chunk by chunk. A chunk whose part was saved by an
 * earlier run or a rank (same records, config, code and repeated lines) is read back instead
 * of computed; each computed chunk is saved at once, so a killed run loses at most the chunks
 * in flight.
 *
 * @example
 * const { results } = await docPhase(records, exec, { out: 'dist', configHash, repeatedLines, batchSize: 32 }, state);
 */
export async function docPhase(records: IngestRecord[], exec: DocExecutor, o: DocPhaseOptions, state: RunState): Promise<DocPhaseResult> {
  // Only the repeated lines a chunk's documents hold (and whether there are any at all) can
  // change its output: new documents elsewhere in the corpus leave its key, and its part, valid.
  const repeated = new Set(o.repeatedLines);
  const contextKey = sha256(canonicalJson({ configHash: o.configHash, code: codeFingerprint(DOC_PHASE_CODE), anyRepeated: repeated.size > 0 }));
  const chunks = makeChunks(records, contextKey, o.chunkSize ?? CHUNK_RECORDS, (docs) => repeatedLinesIn(docs, repeated));
  const mine = o.rank === undefined ? chunks : chunks.filter((c) => c.index % (o.worldSize ?? 1) === o.rank);
  const work = workDir(o.out);
  let done = 0;
  let computed = 0;
  const results = await Promise.all(mine.map(async (chunk) => {
    let result = await readPart(work, chunk.key);
    if (!result) {
      result = mergeBatches(await exec.map<SegmentRecord>('segment', chunk.records, o.batchSize));
      await writePart(work, chunk.key, result);
      computed++;
    }
    state.reporter.advance('clean+segment', (done += chunk.records.length));
    return result;
  }));
  return { results, keys: mine.map((c) => c.key), chunks: { computed, reused: mine.length - computed, mine: mine.length, total: chunks.length } };
}
