import Database from 'better-sqlite3';
import type { MessagePort } from 'node:worker_threads';
import type { CoreContext } from '../context';
import { applyPragmas } from '../db/pragmas';
import { cacheStatements } from '../db/statementCache';
import { DomainError } from '../ipc/result';
import type { SettingsService } from '../settings/settingsService';
import { writeImport, type ImportWrite, type ImportWritten } from './write';

/** What the import worker is started with. */
export interface ImportWorkerData {
  /** The store's file: the worker opens its own connection to it (WAL: main's keeps reading meanwhile). */
  file: string;
  /** The same better-sqlite3 addon main loads (Electron's ABI in the app). */
  nativeBinding?: string;
  write: ImportWrite;
}

/** What the worker tells main, in order: progress, then one `done` or one `failed`. */
export type ImportWorkerMessage =
  | { kind: 'progress'; rows: number; total: number }
  | { kind: 'done'; written: ImportWritten }
  | { kind: 'failed'; domain: { code: DomainError['code']; message: string } | null; message: string };

/** The write never reads a setting; one that tried would fail loudly here rather than guess. */
const noSettings = new Proxy({} as SettingsService, {
  get: () => {
    throw new Error('the import worker has no settings');
  },
});

/**
 * The import worker's whole work (its entry, electron/main/importWorker.ts, only calls this): open a
 * connection with main's pragmas, run the same `writeImport` the in-process path runs, saying how far
 * it is as it goes, and close. A throw rolls the transaction back before `failed` is sent.
 */
export function serveImportWrite(port: Pick<MessagePort, 'postMessage'>, data: ImportWorkerData): void {
  const say = (message: ImportWorkerMessage) => port.postMessage(message);
  let db: Database.Database | null = null;
  try {
    db = new Database(data.file, { fileMustExist: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
    applyPragmas(db);
    cacheStatements(db);
    const ctx: CoreContext = { db, settings: noSettings, now: () => new Date(data.write.at) };
    const written = writeImport(ctx, data.write, (rows, total) => say({ kind: 'progress', rows, total }));
    db.close();
    db = null;
    say({ kind: 'done', written });
  } catch (error) {
    db?.close();
    say({
      kind: 'failed',
      domain: error instanceof DomainError ? { code: error.code, message: error.message } : null,
      message: String((error as Error)?.stack ?? error),
    });
  }
}
