import type { z } from 'zod';

/**
 * One IPC channel: the schema its input must pass and, as a phantom type,
 * what it returns. `output` is never read at run time; it carries the type
 * to the preload and the renderer's client.
 */
export interface ChannelSpec<In extends z.ZodType, Out> {
  input: In;
  output: Out;
  /** Whether a successful call changes stored data (the client invalidates queries after it). */
  mutates: boolean;
}

/** A feature's channels, `domain:verb` → spec. Each feature declares its own; the contract only combines them. */
export type ChannelTable = Record<string, ChannelSpec<z.ZodType, unknown>>;

/** The output type of a channel, written where it is declared: `query(input, returns<Win[]>())`. */
export interface Returns<Out> {
  readonly __returns?: Out;
}
export const returns = <Out>(): Returns<Out> => ({});

export function query<In extends z.ZodType, Out>(input: In, _output: Returns<Out>): ChannelSpec<In, Out> {
  return { input, output: undefined as Out, mutates: false };
}

export function mutation<In extends z.ZodType, Out>(input: In, _output: Returns<Out>): ChannelSpec<In, Out> {
  return { input, output: undefined as Out, mutates: true };
}

/** The handler a channel needs: its parsed input in, its declared output (or a promise of it) out. */
export type HandlerOf<S extends ChannelSpec<z.ZodType, unknown>> = (input: z.output<S['input']>) => S['output'] | Promise<S['output']>;

/** One handler per channel of a table: a missing or misspelled one is a type error. */
export type HandlersFor<T extends ChannelTable> = { [C in keyof T]: HandlerOf<T[C]> };
