// Worker entry: registers the TypeScript loader inside the worker thread, then starts the worker.
import { register } from 'tsx/esm/api';

register();
await import('./doc-worker.ts');
