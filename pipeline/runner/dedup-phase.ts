import type { SchemaRegistry } from '../lib/schemas.ts';
import type { DedupRecord, SegmentRecord } from '../lib/types.ts';
import { type DedupIndex, type DedupOptions, deduplicate } from '../stages/dedup/index.ts';
import { reindex } from '../stages/dedup/reindex.ts';
import type { RunState } from './run-state.ts';

/**
 * Deduplicates the segmented articles against each other and against the previously published
 * index, validates every kept record, and returns the kept records and the index to publish
 * (sorted by id, so it never depends on how the corpus arrived).
 */
export function dedupPhase(
  segmented: SegmentRecord[], options: DedupOptions, previous: DedupIndex | null, ingestedIds: ReadonlySet<string>,
  registry: SchemaRegistry, state: RunState,
): { kept: DedupRecord[]; index: DedupIndex } {
  state.counters.seen('dedup', segmented.length);
  // Inputs already in the published index are the same articles again, not copies of themselves.
  const deduped = deduplicate(segmented, options, previous ? reindex(previous, ingestedIds) : null);
  const validate = registry.validator('newsprep:stages/dedup');
  const kept: DedupRecord[] = [];
  for (const rec of deduped.kept) {
    const valid: boolean = validate(rec);
    if (valid) kept.push(rec);
    else state.reject({ id: rec.id, source: rec.source, stage: 'dedup', rule: 'schema-invalid', message: `${rec.source}: dedup output fails newsprep:stages/dedup` });
  }
  state.counters.kept('dedup', kept.length);
  for (const d of deduped.duplicates) state.counters.add('dedup', `duplicates_${d.method}`);
  state.duplicates.push(...deduped.duplicates);
  return { kept, index: reindex(deduped.index) };
}
