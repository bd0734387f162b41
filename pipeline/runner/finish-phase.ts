import type { FinishJob, RowsResult, TermsResult } from '../executors/doc-jobs.ts';
import type { DocExecutor } from '../executors/local-executor.ts';
import { PeopleChooser } from '../stages/annotate/index.ts';
import { inOrder } from './in-order.ts';
import type { SpillSet } from './spill-set.ts';

/** What the corpus-level passes leave for publish: the distinct values of open dictionary columns. */
export interface FinishPhaseResult {
  /** `table.column` -> sorted distinct values. */
  values: Record<string, string[]>;
}

/**
 * The corpus-level passes over the annotated records, each a job per annotate part on the
 * executor's threads, with only run-wide facts held here: people are linked across the run
 * (from the full names, in id order), keyword document frequencies are counted over the linked
 * records, then every record gets its keywords and its table rows, spilled per table by the thread
 * that built them into its own folder of `spill`.
 *
 * @example
 * const { values } = await finishPhase(annotated.keys, annotated.names, exec, spill);
 */
export async function finishPhase(
  keys: string[], names: ReadonlyArray<[string, string[]]>, exec: DocExecutor, spill: SpillSet, onProgress?: (done: number) => void,
): Promise<FinishPhaseResult> {
  const chooser = new PeopleChooser();
  for (const [, list] of names) for (const name of list) chooser.addName(name);
  await exec.setContext({ chosen: chooser.entries() });
  const df = new Map<string, number>();
  const jobs = (task: 'terms' | 'rows') => keys.map((key) => () => exec.run<TermsResult & RowsResult>(task, { key } satisfies FinishJob));
  await inOrder(jobs('terms'), (r) => {
    for (const [term, n] of r.df) df.set(term, (df.get(term) ?? 0) + n);
  }, 2 * exec.slots);
  // Terms seen in one record only are most of the vocabulary and need not travel (see keywordsOf).
  // Each thread spills the rows it builds into its own folder of `spill`: no row passes through here.
  await exec.setContext({ df: [...df].filter(([, n]) => n > 1), records: names.length, spill: spill.dir });
  df.clear();
  const values = new Map<string, Set<string>>();
  let done = 0;
  await inOrder(jobs('rows'), async (r) => {
    for (const [k, list] of Object.entries(r.values)) {
      let set = values.get(k);
      if (!set) values.set(k, (set = new Set()));
      for (const v of list) set.add(v);
    }
    spill.added(r.ids);
    onProgress?.((done += r.ids.length));
  }, 2 * exec.slots);
  await exec.setContext({ spill: null });
  return { values: Object.fromEntries([...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, set]) => [k, [...set].sort()])) };
}
