import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { buildApi } from '../../electron/core/ipc/api';
import type { EventName } from '../../electron/core/ipc/contract';
import type { CoreOptions } from '../../electron/core/startCore';
import { createQueryClient } from '../../renderer/src/ipc/queries';
import { appCaller, startTestCore, type TestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Puts `window.rebound` in place over the real core on a temp folder, the
 * way the preload does over IPC, and returns a way to send main's events.
 */
export async function connectRealCore(
  overrides: Partial<CoreOptions> = {},
): Promise<{ core: TestCore; emit: (event: EventName, payload: unknown) => void }> {
  const core = await startTestCore(tempDir(), overrides);
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  window.rebound = buildApi(
    (channel, input) => core.dispatch(channel, input, appCaller),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  return { core, emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)) };
}

export function renderWithQuery(ui: ReactNode): RenderResult {
  return render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);
}
