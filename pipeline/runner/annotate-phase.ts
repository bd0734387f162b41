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

/** What the phase did: one result with a value per kept record (same order), part keys, groups computed or reused. */
export interface AnnotatePhaseResult {
  result: BatchResult<AnnotatedRecord>;
  keys: string[];
  groups: { computed: number; reused: number };
}

/**
 * The record as annotation sees it: sentence repeat counts depend on the rest of the corpus and
 * annotation does not read them, so they are left out of the key (and put back after).
 */
const keyView = (r: DedupRecord): unknown => ({ ...r, sentences: r.sentences.map(({ repeated: _r, ...s }) => s) });

/** Puts the current repeat counts on an annotated record; false when its sentences do not line up. */
function withRepeats(out: AnnotatedRecord, from: DedupRecord): boolean {
  if (out.sentences.length !== from.sentences.length) return false;
  for (let i = 0; i < from.sentences.length; i++) {
    if (out.sentences[i].start !== from.sentences[i].start || out.sentences[i].end !== from.sentences[i].end) return false;
    out.sentences[i].repeated = from.sentences[i].repeated;
  }
  return true;
}

/**
 * Annotates the kept records in groups, one per per-document chunk, each keyed by its records'
 * content (without the corpus-dependent sentence repeat counts), the config and the code. A
 * group saved by an earlier run is read back instead of annotated again, so a nightly run
 * annotates only the groups its new inputs (or changed duplicate decisions) touch. Values come
 * back in the order of `kept`. Corpus-level passes (keywords, linking people) run after, over
 * every record.
 *
 * @example
 * const { result } = await annotatePhase(kept, exec, { out: 'dist', configHash, batchSize: 32, chunkOf });
 */
export async function annotatePhase(kept: DedupRecord[], exec: DocExecutor, o: AnnotatePhaseOptions): Promise<AnnotatePhaseResult> {
  const context = sha256(canonicalJson({ configHash: o.configHash, code: codeFingerprint(ANNOTATE_CODE) }));
  const byChunk = new Map<number, number[]>();
  kept.forEach((r, at) => {
    const chunk = o.chunkOf.get(r.id) ?? -1;
    let list = byChunk.get(chunk);
    if (!list) byChunk.set(chunk, (list = []));
    list.push(at);
  });
  const groups = [...byChunk].sort((a, b) => a[0] - b[0]).map(([, positions]) => positions);
  const work = workDir(o.out);
  let done = 0;
  let computed = 0;
  const keys = groups.map((g) => `annotate-${sha256(`${context}\n${JSON.stringify(g.map((at) => keyView(kept[at])))}`)}`);
  const results = await Promise.all(groups.map(async (positions, i) => {
    const records = positions.map((at) => kept[at]);
    let result = await readPart<AnnotatedRecord>(work, keys[i]);
    if (!result || !result.values.every((v, j) => v === null || withRepeats(v, records[j]))) {
      result = mergeBatches(await exec.map<AnnotatedRecord>('annotate', records, o.batchSize));
      await writePart(work, keys[i], result);
      computed++;
    }
    o.onProgress?.((done += records.length));
    return result;
  }));
  const values = new Array<AnnotatedRecord | null>(kept.length).fill(null);
  groups.forEach((positions, g) => positions.forEach((at, j) => { values[at] = results[g].values[j] ?? null; }));
  const merged = mergeBatches(results);
  return { result: { ...merged, values }, keys, groups: { computed, reused: groups.length - computed } };
}
