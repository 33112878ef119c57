import type { Result } from './result';
import { channels, eventNames, type Channel, type EventName, type Events, type InputOf, type OutputOf } from './contract';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type ArgsOf<C extends Channel> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];
export type Unsubscribe = () => void;

/**
 * What the preload puts on `window.rebound`: one named method per channel,
 * grouped by domain (`rebound.settings.update(patch)`), and one subscribe
 * function per event that returns its unsubscribe. Nothing else.
 */
export type ReboundApi = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: (...args: ArgsOf<C>) => Promise<Result<OutputOf<C>>>;
  };
} & {
  on: { [E in EventName]: (listener: (payload: Events[E]) => void) => Unsubscribe };
};

export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => Unsubscribe;

/**
 * Builds the API from the contract over any transport: Electron IPC in the
 * preload, HTTP in the browser harness. The two transports therefore cannot
 * drift apart in shape.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): ReboundApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input?: unknown) => invoke(channel, input);
  }
  const on: Record<string, unknown> = {};
  for (const event of eventNames) {
    on[event] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`A listener for ${event} must be a function.`);
      return subscribe(event, listener);
    };
  }
  api.on = on;
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as ReboundApi;
}
