import { buildApi } from '../../electron/core/ipc/api';
import type { EventName } from '../../electron/core/ipc/contract';
import type { Result } from '../../electron/core/ipc/result';

/**
 * The browser harness's stand-in for the preload: the same API built from the
 * same contract, with HTTP to the harness server replacing Electron's IPC hop.
 */
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const source = new EventSource('/__harness/events');
source.onmessage = (message: MessageEvent<string>) => {
  const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

window.rebound = buildApi(
  async (channel, input) => {
    const response = await fetch('/__ipc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, payload: input }),
    });
    return (await response.json()) as Result<unknown>;
  },
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
);
