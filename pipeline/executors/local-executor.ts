import type { DocTask, PhaseContext } from './doc-jobs.ts';
import { createDocPipeline, type DocPipelineInit, runJob } from './doc-pipeline.ts';

/** Runs per-document jobs: in worker threads (WorkerPool) or in this thread. */
export interface DocExecutor {
  /** Jobs it runs at once (a caller keeps about twice as many started). */
  readonly slots: number;
  /** Runs one job; jobs given together run concurrently on the executor's threads. */
  run<T>(task: DocTask, payload: unknown): Promise<T>;
  /** Sends corpus-level facts to every thread before the next phase's jobs. */
  setContext(context: PhaseContext): Promise<void>;
  close(): Promise<void>;
}

/**
 * The executor for `--concurrency 1`: the same jobs, in this thread.
 *
 * @example
 * const exec = localExecutor({ config, work, docContext, annotateContext });
 */
export function localExecutor(init: DocPipelineInit): DocExecutor {
  const pipeline = createDocPipeline(init);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    slots: 1,
    run<T>(task: DocTask, payload: unknown): Promise<T> {
      // One job at a time, in the order given, as a single worker would.
      const next = queue.then(() => runJob(pipeline, task, payload));
      queue = next.catch(() => undefined);
      return next as Promise<T>;
    },
    async setContext(context) {
      await queue;
      await pipeline.setContext(context);
    },
    async close() {},
  };
}
