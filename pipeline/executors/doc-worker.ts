import { parentPort } from 'node:worker_threads';
import { createDocPipeline, type DocPipeline, type DocPipelineInit, type DocTask } from './doc-pipeline.ts';

/** Messages a worker receives. */
export type WorkerRequest =
  | { type: 'init'; init: DocPipelineInit }
  | { type: 'task'; id: number; task: DocTask; docs: unknown[] };

let pipeline: DocPipeline | null = null;
const port = parentPort;
if (!port) throw new Error('doc-worker must run in a worker thread');

port.on('message', (msg: WorkerRequest) => {
  try {
    if (msg.type === 'init') {
      pipeline = createDocPipeline(msg.init);
      port.postMessage({ type: 'ready' });
      return;
    }
    if (!pipeline) throw new Error('worker used before init');
    const result = msg.task === 'segment' ? pipeline.segment(msg.docs as never) : pipeline.annotate(msg.docs as never);
    port.postMessage({ type: 'result', id: msg.id, result });
  } catch (error) {
    port.postMessage({ type: 'error', id: msg.type === 'task' ? msg.id : -1, message: (error as Error).stack ?? String(error) });
  }
});
