import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { startFailureMessage } from '../../electron/core/app/startFailure';
import { DatabaseTooNewError } from '../../electron/core/db/migrate';

describe('what the person is told when core cannot start', () => {
  it('asks them to update when the data is from a newer Rebound', () => {
    expect(startFailureMessage(new DatabaseTooNewError(9, 3))).toBe(
      "Your data was saved by a newer version of Rebound, so we haven't changed anything. Please update the app to keep going.",
    );
  });

  it('says our own sentence for anything else, never the raw error', () => {
    expect(startFailureMessage(new Error('disk I/O error'))).toBe(content.data.startFailed.other);
  });
});

// A full disk is told only for an I/O error (SQLite's SQLITE_IOERR at open) with less than nearlyFullBytes
// (1 MiB) free; the edges, and the other problems with no room, keep their own sentence.
describe('when an I/O error at start is told as a full disk', () => {
  const ioError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_SHMSIZE' });
  const mib = 1024 * 1024;
  it.each([
    ['one byte below 1 MiB free', mib - 1, content.data.startFailed.full],
    ['nothing free', 0, content.data.startFailed.full],
    ['exactly 1 MiB free', mib, content.data.startFailed.unreadable],
    ['one byte above 1 MiB free', mib + 1, content.data.startFailed.unreadable],
    ['free space unknown', null, content.data.startFailed.unreadable],
  ])('%s', (_name, freeBytes, expected) => {
    expect(startFailureMessage(ioError, freeBytes)).toBe(expected);
  });

  it.each([
    ['a locked file', 'SQLITE_BUSY', content.data.startFailed.locked],
    ['a read-only folder', 'EACCES', content.data.startFailed.readOnly],
    ['a missing folder', 'ENOENT', content.data.startFailed.missing],
  ])('%s with no room left keeps its own sentence', (_name, code, expected) => {
    expect(startFailureMessage(Object.assign(new Error(code), { code }), 0)).toBe(expected);
  });
});
