/**
 * Starts every job at once (the executor queues them) and hands each result to `take` in job
 * order, as soon as it and all before it are done, so a result is dropped right after use and
 * the run's bookkeeping never depends on which worker finished first.
 *
 * @example
 * await inOrder(chunks.map((c) => () => exec.run('chunk', c)), (r, i) => merge(r, i));
 */
export async function inOrder<T>(jobs: Array<() => Promise<T>>, take: (result: T, index: number) => void | Promise<void>): Promise<void> {
  const running: Array<Promise<T> | null> = jobs.map((job) => job());
  // Failures surface in order below; until then none may go unhandled.
  for (const p of running) p?.catch(() => undefined);
  for (let i = 0; i < running.length; i++) {
    const result = await running[i]!;
    running[i] = null;
    await take(result, i);
  }
}
