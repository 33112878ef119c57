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
  /**
   * Tests only (the simulation sets it; main never does): once `atRow` rows are written, inside the
   * transaction, the worker waits on `flag` until it is set to 1 and notified, so a test can look at the
   * store mid-write without waiting on time.
   */
  holdForTest?: { atRow: number; flag: SharedArrayBuffer };
}

/** What the worker tells main, in order: progress, then one `done` or one `failed`. */
export type ImportWorkerMessage =
  | { kind: 'progress'; rows: number; total: number }
  | { kind: 'done'; written: ImportWritten }
  | {
      kind: 'failed';
      domain: { code: DomainError['code']; message: string } | null;
      message: string;
      /** SQLite's or the system's code (SQLITE_FULL, ENOSPC…), so main tells a full disk from a bug as for its own writes. */
      code?: string;
    };

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
    const written = writeImport(ctx, data.write, (rows, total) => {
      say({ kind: 'progress', rows, total });
      if (data.holdForTest && rows === data.holdForTest.atRow) Atomics.wait(new Int32Array(data.holdForTest.flag), 0, 0);
    });
    db.close();
    db = null;
    say({ kind: 'done', written });
  } catch (error) {
    db?.close();
    say({
      kind: 'failed',
      domain: error instanceof DomainError ? { code: error.code, message: error.message } : null,
      message: String((error as Error)?.stack ?? error),
      ...(typeof (error as { code?: unknown })?.code === 'string' ? { code: (error as { code: string }).code } : {}),
    });
  }
}
