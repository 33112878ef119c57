import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { installDialogPolyfill } from './dialogPolyfill';

installDialogPolyfill();

// findBy/waitFor wait for real async work (the real core on SQLite, React Query refetches), which
// takes seconds when two CPU-bound processes share a two-core machine. A generous wait is not a
// timing assertion: it only fails when the thing never happens. Testing Library's default is 1 s.
configure({ asyncUtilTimeout: 10_000 });

/**
 * Every renderer test starts on the same clock: Wednesday 11 March 2026, 14:00 local time, far
 * from midnight and from a week's edges, so "today", "this week" and "30 days ago" never depend
 * on when the suite runs. Only Date is faked: Testing Library's findBy polls with real timers.
 * The clock still moves forward from there, so ids and timestamps taken a moment apart differ.
 */
export const fixedNow = new Date(2026, 2, 11, 14, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(fixedNow);
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
  vi.useRealTimers();
});
