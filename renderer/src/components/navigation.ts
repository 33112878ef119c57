import type { View } from '../../../electron/core/app/contract';

/** What the shell hands every view: the one-off action it was opened with, and a way to go elsewhere. */
export interface ViewProps {
  /** A one-off request (e.g. "quick-log", "new-rejection-12"), or null. */
  action: string | null;
  navigate: (view: View, action?: string | null) => void;
}

/** The address of a view, with a one-off action when given: `#/wins`, `#/wins?quick-log`. */
export function hashFor(view: View, action?: string | null): string {
  return `#/${view}${action ? `?${action}` : ''}`;
}
