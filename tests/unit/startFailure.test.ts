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
