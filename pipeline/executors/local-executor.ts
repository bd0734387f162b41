import { type BatchResult, createDocPipeline, type DocPipelineInit, type DocTask } from './doc-pipeline.ts';

/** Runs per-document tasks in batches: in worker threads (WorkerPool) or in this thread. */
export interface DocExecutor {
  map<T>(task: DocTask, docs: unknown[], batchSize: number, onProgress?: (done: number) => void): Promise<Array<BatchResult<T>>>;
  close(): Promise<void>;
}

/**
 * The executor for `--concurrency 1`: the same batches, in this thread.
 *
 * @example
 * const exec = localExecutor({ config, repeatedLines: [] });
 */
export function localExecutor(init: DocPipelineInit): DocExecutor {
  const pipeline = createDocPipeline(init);
  return {
    async map<T>(task: DocTask, docs: unknown[], batchSize: number, onProgress?: (done: number) => void) {
      const out: Array<BatchResult<T>> = [];
      for (let i = 0; i < docs.length; i += batchSize) {
        const batch = docs.slice(i, i + batchSize);
        out.push((task === 'segment' ? pipeline.segment(batch as never) : pipeline.annotate(batch as never)) as BatchResult<T>);
        onProgress?.(i + batch.length);
      }
      return out;
    },
    async close() {},
  };
}
