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

export function query<In extends z.ZodType, Out>(input: In): ChannelSpec<In, Out> {
  return { input, output: undefined as Out, mutates: false };
}

export function mutation<In extends z.ZodType, Out>(input: In): ChannelSpec<In, Out> {
  return { input, output: undefined as Out, mutates: true };
}
