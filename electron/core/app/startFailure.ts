import { content, fillTemplate } from '../../../content';
import { DatabaseTooNewError } from '../db/migrate';

/** What to tell the person when core could not start: the shell shows it, and need not know the store's errors. */
export function startFailureMessage(error: unknown): string {
  if (error instanceof DatabaseTooNewError) return content.views.notices.databaseTooNew;
  return fillTemplate(content.views.notices.startFailed, { reason: String(error) });
}
