// Starts a worker thread from TypeScript sources (when the bot runs through tsx, as in the tests):
// registers tsx in this thread, then loads the module (src/parallel-build.ts startWorker).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
