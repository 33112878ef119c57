import type { ApplicationStatus } from '../../../electron/core/applications/schema';

/** The one-click step forward from a status, where there is one (saved → applied → interviewing → offer). */
export const nextStatus: Partial<Record<ApplicationStatus, 'applied' | 'interviewing' | 'offer'>> = {
  saved: 'applied',
  applied: 'interviewing',
  interviewing: 'offer',
};
