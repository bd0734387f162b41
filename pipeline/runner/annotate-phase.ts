import { readPart, workDir, writePart } from '../executors/chunk-parts.ts';
import { codeFingerprint } from '../executors/code-fingerprint.ts';
import { type BatchResult, mergeBatches } from '../executors/doc-pipeline.ts';
import type { DocExecutor } from '../executors/local-executor.ts';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import type { AnnotatedRecord, DedupRecord } from '../lib/types.ts';

/** Code per-document annotation depends on: a change here invalidates saved annotate parts. */
const ANNOTATE_CODE = ['lib', 'runner', 'executors', 'stages/annotate'] as const;

/** Options of the annotate phase. */
export interface AnnotatePhaseOptions {
  /** The dataset folder (its work folder holds the parts). */
  out: string;
  configHash: string;
  /** Documents per batch sent to the executor. */
  batchSize: number;
  /** The per-document chunk each kept record came from (by id): records are grouped by it. */
  chunkOf: ReadonlyMap<string, number>;
  onProgress?: (done: number) => void;
}

/** What the phase did: results in the order of the kept records, part keys, groups computed or reused. */
export interface AnnotatePhaseResult {
  results: Array<BatchResult<AnnotatedRecord>>;
  keys: string[];
  groups: { computed: number; reused: number };
}

/**
 * Annotates the kept records group by group: a group is a run of consecutive kept records from
 * one per-document chunk, keyed by its records' full content (sentence repeat counts included,
 * which depend on the corpus), the config and the code. A group saved by an earlier run is read
 * back instead of annotated again, so a nightly run annotates only the groups its new inputs
 * (or changed duplicate decisions) touch. Corpus-level passes (keywords, linking people) run
 * after, over every record.
 *
 * @example
 * const { results } = await annotatePhase(kept, exec, { out: 'dist', configHash, batchSize: 32, chunkOf });
 */
export async function annotatePhase(kept: DedupRecord[], exec: DocExecutor, o: AnnotatePhaseOptions): Promise<AnnotatePhaseResult> {
  const context = sha256(canonicalJson({ configHash: o.configHash, code: codeFingerprint(ANNOTATE_CODE) }));
  const groups: DedupRecord[][] = [];
  let last: number | undefined;
  for (const r of kept) {
    const chunk = o.chunkOf.get(r.id) ?? -1;
    if (chunk !== last || !groups.length) groups.push([]);
    groups[groups.length - 1].push(r);
    last = chunk;
  }
  const work = workDir(o.out);
  let done = 0;
  let computed = 0;
  const keys = groups.map((g) => `annotate-${sha256(`${context}\n${JSON.stringify(g)}`)}`);
  const results = await Promise.all(groups.map(async (group, i) => {
    let result = await readPart<AnnotatedRecord>(work, keys[i]);
    if (!result) {
      result = mergeBatches(await exec.map<AnnotatedRecord>('annotate', group, o.batchSize));
      await writePart(work, keys[i], result);
      computed++;
    }
    o.onProgress?.((done += group.length));
    return result;
  }));
  return { results, keys, groups: { computed, reused: groups.length - computed } };
}
