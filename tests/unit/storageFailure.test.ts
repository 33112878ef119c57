import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { startFailureMessage } from '../../electron/core/app/startFailure';
import { storageFailure, storageProblemOf } from '../../electron/core/ipc/storageFailure';

const withCode = (code: unknown) => Object.assign(new Error('x'), { code });

describe('which storage problem an error is', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
    ['SQLITE_READONLY', 'readOnly'],
    ['SQLITE_READONLY_RECOVERY', 'readOnly'],
    ['SQLITE_READONLY_DBMOVED', 'missing'],
    ['EROFS', 'readOnly'],
    ['EACCES', 'readOnly'],
    ['EPERM', 'readOnly'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_LOCKED', 'locked'],
    ['EBUSY', 'locked'],
    ['SQLITE_CANTOPEN', 'missing'],
    ['ENOENT', 'missing'],
    ['ENOTDIR', 'missing'],
    ['SQLITE_IOERR', 'unreadable'],
    ['SQLITE_IOERR_WRITE', 'unreadable'],
    ['SQLITE_IOERR_FSYNC', 'unreadable'],
    ['EIO', 'unreadable'],
  ])('%s is %s', (code, problem) => {
    expect(storageProblemOf(withCode(code))).toBe(problem);
  });

  it.each([
    ['a bug', new TypeError('undefined is not a function')],
    ['a constraint', withCode('SQLITE_CONSTRAINT_UNIQUE')],
    ['damage', withCode('SQLITE_CORRUPT')],
    ['a look-alike prefix', withCode('SQLITE_FULLY')],
    ['a number code', withCode(28)],
    ['null', null],
    ['a string', 'ENOSPC'],
  ])('%s is not a storage problem', (_, error) => {
    expect(storageProblemOf(error)).toBeNull();
    expect(storageFailure(error)).toBeNull();
  });

  it('answers with our own words and the storage code', () => {
    expect(storageFailure(withCode('SQLITE_FULL'))).toEqual({ code: 'storage', message: content.data.storage.full });
    expect(startFailureMessage(withCode('EROFS'))).toBe(content.data.startFailed.readOnly);
    expect(startFailureMessage(new Error('?'))).toBe(content.data.startFailed.other);
  });
});
