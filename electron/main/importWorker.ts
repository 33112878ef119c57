// The import worker's entry (built to out/main/importWorker.js beside index.js): everything it does is
// core's serveImportWrite; this file only hands it the thread's port and data.
import { parentPort, workerData } from 'node:worker_threads';
import { serveImportWrite, type ImportWorkerData } from '../core/imports/workerSide';

if (!parentPort) throw new Error('importWorker.js runs only as a worker thread');
serveImportWrite(parentPort, workerData as ImportWorkerData);
