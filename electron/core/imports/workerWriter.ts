import type { Worker } from 'node:worker_threads';
import { DomainError } from '../ipc/result';
import type { ImportWorkerData, ImportWorkerMessage } from './workerSide';
import type { ImportWriter } from './write';

/** Starts the import worker with its data (main: `new Worker(<out/main/importWorker.js>, { workerData })`). */
export type StartImportWorker = (data: ImportWorkerData) => Worker;

export interface WorkerImportWriter {
  write: ImportWriter;
  /** Whether a worker is writing now. */
  writing(): boolean;
  /**
   * Ends a write still running (the app quitting): its transaction is never committed. Resolves once
   * every such thread has ended (Worker.terminate() resolves on its 'exit'), so its connection is gone.
   */
  stop(): Promise<void>;
}

/**
 * The write in a worker thread, so main's event loop (the tray, the window, every other call) goes on
 * while tens of thousands of rows are inserted. The worker's progress comes back as it is made; its
 * refusal comes back as the same DomainError; a worker that dies or exits without `done` is a failure,
 * and since it never committed, the store is as it was.
 */
export function workerImportWriter(options: { file: string; nativeBinding?: string; start: StartImportWorker }): WorkerImportWriter {
  const running = new Set<Worker>();
  const write: ImportWriter = (plan, report) =>
    new Promise((resolve, reject) => {
      const worker = options.start({
        file: options.file,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        write: plan,
      });
      running.add(worker);
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        running.delete(worker);
        finish();
      };
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.kind === 'progress') report(message.rows, message.total);
        else if (message.kind === 'done') settle(() => resolve(message.written));
        else settle(() => reject(failureOf(message)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`the import worker stopped (exit code ${code}) before its write was committed`))),
      );
    });
  return {
    write,
    writing: () => running.size > 0,
    stop: async () => {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  };
}

/** The worker's failure as main's own would be: the same DomainError, or an Error keeping SQLite's code (storageFailure reads it). */
function failureOf(message: Extract<ImportWorkerMessage, { kind: 'failed' }>): Error {
  if (message.domain) return new DomainError(message.domain.code, message.domain.message);
  return Object.assign(new Error(message.message), message.code ? { code: message.code } : {});
}
