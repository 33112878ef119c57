import type { ReboundApi } from '../../../electron/core/ipc/api';
import type { Channel, InputOf, OutputOf } from '../../../electron/core/ipc/contract';
import type { IpcError, Result } from '../../../electron/core/ipc/result';

declare global {
  interface Window {
    /** Put there by the preload (Electron) or the harness bridge (browser); nothing else talks to main. */
    rebound: ReboundApi;
  }
}

/** A refused or failed call, with the message and per-field messages main gave. */
export class ClientError extends Error {
  readonly code: IpcError['code'];
  readonly fields: Record<string, string>;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ClientError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

type Method = (input?: unknown) => Promise<Result<unknown>>;

/** Calls one contract channel and unwraps its Result: data, or a thrown ClientError. */
export async function call<C extends Channel>(
  channel: C,
  ...args: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]
): Promise<OutputOf<C>> {
  const [domain, verb] = channel.split(':') as [string, string];
  const group = (window.rebound as unknown as Record<string, Record<string, Method>>)[domain];
  const method = group?.[verb];
  if (!method) throw new ClientError({ code: 'unknown_channel', message: 'Rebound is not connected to its data.' });
  const result = await method(args[0]);
  if (!result.ok) throw new ClientError(result.error);
  return result.data as OutputOf<C>;
}
