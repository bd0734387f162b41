import { type DedupIndex, type DedupOptions, deduplicateSigned, emptyIndex, indexParams, resolveDedupOptions, type SignedBatch } from '../stages/dedup/index.ts';
import { reindex, sortedIndex } from '../stages/dedup/reindex.ts';
import type { RunState } from './run-state.ts';

/** What dedup decided: the kept records (positions in the signed batch) with their repeat counts, and the index to publish. */
export interface DedupPhaseResult {
  kept: number[];
  repeated: Uint32Array[];
  index: DedupIndex;
}

/**
 * Deduplicates the signed records against each other and against the previously published
 * index (inputs already in it are the same articles again, not copies of themselves), records
 * the duplicates, and returns the kept records and the index to publish (sorted by id, so it
 * never depends on how the corpus arrived). Works on signatures only, and drops the batch's
 * sentence units once the repeats are counted (the index shares the batch's coded sets).
 *
 * @example
 * const { kept, index } = dedupPhase(doc.signed, config.dedup, previous, ingestedIds, state);
 */
export function dedupPhase(
  signed: SignedBatch, options: DedupOptions, previous: DedupIndex | null, ingestedIds: ReadonlySet<string>, state: RunState,
): DedupPhaseResult {
  state.counters.seen('dedup', signed.ids.length);
  const before = previous ? reindex(previous, ingestedIds) : null;
  const deduped = deduplicateSigned(signed, options, before);
  for (const d of deduped.duplicates) state.counters.add('dedup', `duplicates_${d.method}`);
  for (const d of deduped.duplicates) state.duplicates.push(d); // not push(...list): a corpus has more copies than a call has arguments
  // The sentence units (hundreds of MB at a million articles) are done with once repeats are counted.
  delete signed.sentences;
  // The published index is built once, sorted, straight from the earlier index and the signatures.
  return { kept: deduped.kept, repeated: deduped.repeated, index: sortedIndex(before ?? emptyIndex(indexParams(resolveDedupOptions(options))), { batch: signed, docs: deduped.kept }) };
}
