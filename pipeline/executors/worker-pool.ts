import { Worker } from 'node:worker_threads';
import { runError } from '../lib/exit-codes.ts';
import type { DocTask, PhaseContext } from './doc-jobs.ts';
import type { DocPipelineInit } from './doc-pipeline.ts';
import type { DocExecutor } from './local-executor.ts';

/** What a worker sends back. */
interface WorkerReply {
  type: string;
  id: number;
  result?: unknown;
  message?: string;
  code?: string;
  path?: string;
}

interface Pending {
  resolve: (r: unknown) => void;
  reject: (e: Error) => void;
}

/**
 * A fixed set of worker threads, each holding the configured per-document jobs. Jobs go to
 * whichever worker is free; each job's result comes back to its own caller, so what the run
 * makes of them never depends on scheduling.
 *
 * @example
 * const pool = await WorkerPool.start(2, { config, repeatedLines });
 * const scanned = await pool.run('scan', files);
 * await pool.close();
 */
export class WorkerPool implements DocExecutor {
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
      w.on('message', (m: WorkerReply) => pool.settle(w, m));
      w.on('error', (e) => pool.failAll(e));
      pool.idle.push(w);
    }
    return pool;
  }

  private settle(w: Worker, m: WorkerReply): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    this.idle.push(w);
    this.queue.shift()?.();
    if (!p) return;
    if (m.type === 'result') p.resolve(m.result);
    else {
      // File-system failures keep their code (e.g. ENOSPC), so the run can say what happened.
      const error = m.code ? Object.assign(new Error(m.message), { code: m.code, path: m.path }) : runError(`worker failed: ${m.message ?? 'unknown error'}`);
      p.reject(error);
    }
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(runError(`worker crashed: ${error.message}`));
    this.pending.clear();
  }

  private send(w: Worker, message: Record<string, unknown>, resolve: (r: unknown) => void, reject: (e: Error) => void): void {
    const id = this.nextId++;
    this.pending.set(id, { resolve, reject });
    w.postMessage({ ...message, id });
  }

  /** Runs one job on the next free worker. */
  run<T>(task: DocTask, payload: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      const go = (): void => this.send(this.idle.pop()!, { type: 'task', task, payload }, resolve as (r: unknown) => void, reject);
      if (this.idle.length) go();
      else this.queue.push(go);
    });
  }

  /** Gives every worker the context of the next phase; call it between phases, when no job is running. */
  async setContext(context: PhaseContext): Promise<void> {
    if (this.idle.length !== this.workers.length) throw runError('worker context changed while jobs were running');
    const all = this.idle.splice(0);
    await Promise.all(all.map((w) => new Promise((resolve, reject) => this.send(w, { type: 'context', context }, resolve, reject))));
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
