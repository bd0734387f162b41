import { Worker } from 'node:worker_threads';
import { runError } from '../lib/exit-codes.ts';
import type { BatchResult, DocPipelineInit, DocTask } from './doc-pipeline.ts';

interface Pending {
  resolve: (r: BatchResult<unknown>) => void;
  reject: (e: Error) => void;
}

/**
 * A fixed set of worker threads, each holding the configured per-document stages. Batches
 * go to whichever worker is free; results come back in the order of the input, so the
 * output never depends on scheduling.
 *
 * @example
 * const pool = await WorkerPool.start(2, { config, repeatedLines });
 * const results = await pool.map('segment', records, 64);
 * await pool.close();
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private constructor(private readonly workers: Worker[]) {}

  /** Starts `size` workers and waits until each has compiled its stages. */
  static async start(size: number, init: DocPipelineInit): Promise<WorkerPool> {
    const workers = Array.from({ length: size }, () => new Worker(new URL('./doc-worker.mjs', import.meta.url)));
    const pool = new WorkerPool(workers);
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const onReady = (m: { type: string; message?: string }): void => {
        if (m.type === 'ready') { w.off('message', onReady); resolve(); } else if (m.type === 'error') reject(runError(`worker failed to start: ${m.message}`));
      };
      w.on('message', onReady);
      w.once('error', reject);
      w.postMessage({ type: 'init', init });
    })));
    for (const w of workers) {
      w.on('message', (m: { type: string; id: number; result?: BatchResult<unknown>; message?: string }) => pool.settle(w, m));
      w.on('error', (e) => pool.failAll(e));
      pool.idle.push(w);
    }
    return pool;
  }

  private settle(w: Worker, m: { type: string; id: number; result?: BatchResult<unknown>; message?: string }): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    this.idle.push(w);
    this.queue.shift()?.();
    if (!p) return;
    if (m.type === 'result' && m.result) p.resolve(m.result);
    else p.reject(runError(`worker failed: ${m.message ?? 'unknown error'}`));
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(runError(`worker crashed: ${error.message}`));
    this.pending.clear();
  }

  private runBatch<T>(task: DocTask, docs: unknown[]): Promise<BatchResult<T>> {
    return new Promise((resolve, reject) => {
      const go = (): void => {
        const w = this.idle.pop()!;
        const id = this.nextId++;
        this.pending.set(id, { resolve: resolve as (r: BatchResult<unknown>) => void, reject });
        w.postMessage({ type: 'task', id, task, docs });
      };
      if (this.idle.length) go();
      else this.queue.push(go);
    });
  }

  /** Runs a task over all documents in batches; results are in input order. */
  async map<T>(task: DocTask, docs: unknown[], batchSize: number, onProgress?: (done: number) => void): Promise<Array<BatchResult<T>>> {
    const batches: unknown[][] = [];
    for (let i = 0; i < docs.length; i += batchSize) batches.push(docs.slice(i, i + batchSize));
    let done = 0;
    return Promise.all(batches.map(async (b) => {
      const r = await this.runBatch<T>(task, b);
      onProgress?.((done += b.length));
      return r;
    }));
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
