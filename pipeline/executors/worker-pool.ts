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

/** Jobs a worker holds at once: while one waits for its files or its part to be written, another computes. */
export const JOBS_PER_WORKER = 3;

/**
 * A fixed set of worker threads, each holding the configured per-document jobs. Jobs go to
 * whichever worker has a free slot (`JOBS_PER_WORKER` each, so file reads and part writes
 * overlap with work); each job's result comes back to its own caller, so what the run makes of
 * them never depends on scheduling.
 *
 * @example
 * const pool = await WorkerPool.start(2, { config, repeatedLines });
 * const scanned = await pool.run('scan', files);
 * await pool.close();
 */
export class WorkerPool implements DocExecutor {
  private readonly idle: Worker[] = [];
  private queue: Array<() => void> = [];
  private queueHead = 0;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** Jobs the pool runs at once. */
  readonly slots: number;

  private constructor(private readonly workers: Worker[]) {
    this.slots = workers.length * JOBS_PER_WORKER;
  }

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
    }
    for (let slot = 0; slot < JOBS_PER_WORKER; slot++) pool.idle.push(...workers);
    return pool;
  }

  private settle(w: Worker, m: WorkerReply): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    this.idle.push(w);
    this.next();
    if (!p) return;
    if (m.type === 'result') p.resolve(m.result);
    else {
      // File-system failures keep their code (e.g. ENOSPC), so the run can say what happened.
      const error = m.code ? Object.assign(new Error(m.message), { code: m.code, path: m.path }) : runError(`worker failed: ${m.message ?? 'unknown error'}`);
      p.reject(error);
    }
  }

  /** Starts the oldest waiting job (a head index, not Array.shift: a phase may queue tens of thousands). */
  private next(): void {
    if (this.queueHead >= this.queue.length) return;
    const go = this.queue[this.queueHead++];
    if (this.queueHead === this.queue.length) { this.queue = []; this.queueHead = 0; }
    go();
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
    if (this.idle.length !== this.workers.length * JOBS_PER_WORKER) throw runError('worker context changed while jobs were running');
    this.idle.length = 0;
    await Promise.all(this.workers.map((w) => new Promise((resolve, reject) => this.send(w, { type: 'context', context }, resolve, reject))));
    // Each context reply freed one slot of its worker; the other slots come back here.
    for (let slot = 1; slot < JOBS_PER_WORKER; slot++) this.idle.push(...this.workers);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
