import { content } from '../../../content';
import type { IpcError } from './result';

export type StorageProblem = 'full' | 'readOnly' | 'locked' | 'missing' | 'unreadable';

/**
 * SQLite's result codes (better-sqlite3 puts the extended one on `code`,
 * e.g. SQLITE_IOERR_WRITE) and Node's errno codes that mean the disk or the
 * folder, not Rebound, refused. Matched by prefix so every extended code of
 * a family lands with its family; the exceptions come first.
 */
const byCode: readonly (readonly [string, StorageProblem])[] = [
  // The file was deleted or renamed under an open connection: the folder went away (a USB stick pulled out).
  ['SQLITE_READONLY_DBMOVED', 'missing'],
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'readOnly'],
  ['SQLITE_BUSY', 'locked'],
  ['SQLITE_LOCKED', 'locked'],
  ['SQLITE_CANTOPEN', 'missing'],
  ['SQLITE_IOERR', 'unreadable'],
  ['ENOSPC', 'full'],
  ['EDQUOT', 'full'],
  ['EROFS', 'readOnly'],
  ['EACCES', 'readOnly'],
  ['EPERM', 'readOnly'],
  ['EBUSY', 'locked'],
  ['ENOENT', 'missing'],
  ['ENOTDIR', 'missing'],
  ['ENODEV', 'missing'],
  ['ENXIO', 'missing'],
  ['EIO', 'unreadable'],
];

/** Which storage problem an error is, or null for anything else (a bug, which stays `internal`). */
export function storageProblemOf(error: unknown): StorageProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  for (const [prefix, problem] of byCode) {
    if (code === prefix || code.startsWith(`${prefix}_`)) return problem;
  }
  return null;
}

/** The answer the person gets when the disk or the folder refused: what happened, that nothing saved is lost, what to do. */
export function storageFailure(error: unknown): IpcError | null {
  const problem = storageProblemOf(error);
  return problem ? { code: 'storage', message: content.data.storage[problem] } : null;
}

/** Less room than this, and an I/O error at start is the disk being full. */
export const nearlyFullBytes = 1024 * 1024;
