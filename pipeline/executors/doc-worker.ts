import { parentPort } from 'node:worker_threads';
import type { DocTask, PhaseContext } from './doc-jobs.ts';
import { createDocPipeline, type DocPipeline, type DocPipelineInit, runJob } from './doc-pipeline.ts';

/** Messages a worker receives. */
export type WorkerRequest =
  | { type: 'init'; init: DocPipelineInit }
  | { type: 'context'; id: number; context: PhaseContext }
  | { type: 'task'; id: number; task: DocTask; payload: unknown };

let pipeline: DocPipeline | null = null;
const port = parentPort;
if (!port) throw new Error('doc-worker must run in a worker thread');

port.on('message', async (msg: WorkerRequest) => {
  try {
    if (msg.type === 'init') {
      pipeline = createDocPipeline(msg.init);
      port.postMessage({ type: 'ready' });
      return;
    }
    if (!pipeline) throw new Error('worker used before init');
    if (msg.type === 'context') {
      await pipeline.setContext(msg.context);
      port.postMessage({ type: 'result', id: msg.id, result: null });
      return;
    }
    port.postMessage({ type: 'result', id: msg.id, result: await runJob(pipeline, msg.task, msg.payload) });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    port.postMessage({ type: 'error', id: msg.type === 'init' ? -1 : msg.id, message: e.stack ?? String(error), code: e.code, path: e.path });
  }
});
