import type { AnnotateJob, AnnotateResult } from '../executors/doc-jobs.ts';
import type { DocExecutor } from '../executors/local-executor.ts';
import { inOrder } from './in-order.ts';
import type { RunState } from './run-state.ts';

/** What the phase did: annotate part keys, full person names per record, groups computed or reused. */
export interface AnnotatePhaseResult {
  keys: string[];
  /** [id, full PERSON names] of every annotated record, sorted by id. */
  names: Array<[string, string[]]>;
  groups: { computed: number; reused: number };
}

/**
 * Annotates the kept records in groups, one per chunk part, on the executor's threads. Each
 * job reads its records from the chunk's part, puts on the repeat counts dedup found, and reads
 * the annotate part saved under their content (without the repeat counts, which annotation
 * does not read), the config and the code, or annotates and saves it; so a nightly run
 * annotates only the groups its new inputs (or changed duplicate decisions) touch.
 *
 * @example
 * const { keys, names } = await annotatePhase(groups, exec, state);
 */
export async function annotatePhase(groups: AnnotateJob[], exec: DocExecutor, state: RunState): Promise<AnnotatePhaseResult> {
  const keys: string[] = [];
  const names: Array<[string, string[]]> = [];
  let computed = 0;
  let done = 0;
  await inOrder(groups.map((g) => () => exec.run<AnnotateResult>('annotate', g)), (r, i) => {
    state.counters.merge(r.counters);
    state.rejects.push(...r.rejects);
    if (r.computed) computed++;
    keys.push(r.key);
    for (const n of r.names) names.push(n);
    state.reporter.advance('annotate', (done += groups[i].items.length));
  }, 2 * exec.slots);
  names.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { keys, names, groups: { computed, reused: groups.length - computed } };
}
