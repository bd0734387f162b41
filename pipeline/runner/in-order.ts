/** Jobs started ahead of the one whose result is taken next: enough to keep every worker slot busy. */
export const JOBS_AHEAD = 16;

/**
 * Runs jobs (the executor spreads them over its threads) and hands each result to `take` in job
 * order, as soon as it and all before it are done, so the run's bookkeeping never depends on
 * which worker finished first. At most `ahead` jobs run beyond the one taken next: results
 * never pile up faster than `take` uses them (a phase's results together can be far larger
 * than memory).
 *
 * @example
 * await inOrder(chunks.map((c) => () => exec.run('chunk', c)), (r, i) => merge(r, i));
 */
export async function inOrder<T>(jobs: Array<() => Promise<T>>, take: (result: T, index: number) => void | Promise<void>, ahead = JOBS_AHEAD): Promise<void> {
  const running: Array<Promise<T>> = [];
  const start = (i: number): void => {
    if (i >= jobs.length) return;
    const p = jobs[i]();
    p.catch(() => undefined); // failures surface in order below; until then none may go unhandled
    running[i] = p;
  };
  for (let i = 0; i < Math.min(ahead, jobs.length); i++) start(i);
  for (let i = 0; i < jobs.length; i++) {
    const result = await running[i];
    delete running[i];
    await take(result, i);
    start(i + ahead);
  }
}
