// Entry of every worker thread started from TypeScript code. Node 20 does not pass the tsx loader that runs the
// app (`tsx src/cli/index.ts`, vitest, bin/parkeco.js) on to worker threads, so each worker registers it before
// importing its TypeScript module, named by `workerData.entry` (a file: URL).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
