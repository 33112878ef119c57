import { content } from '../../../content';
import { DatabaseTooNewError } from '../db/migrate';
import { nearlyFullBytes, storageProblemOf } from '../ipc/storageFailure';

/**
 * What the person reads when Rebound cannot open its data at all (then it
 * closes, changing nothing); the shell shows it and need not know the
 * store's errors. Data from a newer Rebound asks for an update. SQLite
 * reports a full disk at open as an I/O error (SQLITE_IOERR_SHMSIZE: no room
 * for the -shm file), so an I/O error with next to no free space left is told
 * as a full disk.
 */
export function startFailureMessage(error: unknown, freeBytes: number | null = null): string {
  if (error instanceof DatabaseTooNewError) return content.views.notices.databaseTooNew;
  const problem = storageProblemOf(error);
  if (problem === 'unreadable' && freeBytes !== null && freeBytes < nearlyFullBytes) return content.data.startFailed.full;
  return content.data.startFailed[problem ?? 'other'];
}
