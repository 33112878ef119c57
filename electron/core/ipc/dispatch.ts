import type { z } from 'zod';
import type { HandlersFor } from './channel';
import { fieldsOf } from './fieldErrors';
import { contract, isChannel, type Channel, type Contract } from './contract';
import { DomainError, type IpcError, type Result } from './result';
import { storageFailure } from './storageFailure';
import { textsWithNul } from './storableText';
import { content } from '../../../content';
import { relocalize } from '../../../content/locales/apply';

/** Every channel must have a handler: a missing one is a type error. */
export type Handlers = HandlersFor<Contract>;

/** Who is calling: the frame that sent the message. */
export interface Caller {
  /** The sender frame's URL; undefined when the frame is gone. */
  url: string | undefined;
  /** False for iframes: only the app's own top frame may call. */
  isMainFrame: boolean;
}

export interface DispatcherOptions {
  /** Origins allowed to call, e.g. `app://rebound`. */
  trustedOrigins: readonly string[];
  /** Told after every successful mutation, so open views can refresh. */
  onMutation?: (channel: Channel) => void;
  /**
   * While it answers a sentence, every mutation is refused with it (code `conflict`) and reads go on:
   * an import's write holds the store in another thread, and main's connection must not write meanwhile.
   */
  writesPaused?: () => string | null;
  /** Runs before every mutation; what it throws is answered like the handler's own failure (a data folder gone). */
  beforeMutation?: () => void;
  /** Where unexpected errors are logged (never shown raw to the page). */
  logError?: (channel: string, error: unknown) => void;
  /** Told of every refused call (never its payload), so main can log it as VS Code's gate does. */
  onRefused?: (channel: unknown, code: 'unknown_channel' | 'forbidden' | 'invalid_input') => void;
}

export type Dispatch = (channel: unknown, payload: unknown, caller: Caller) => Promise<Result<unknown>>;

/** Origins already worked out, by URL: parsing one cost half a microsecond, on every call. */
const origins = new Map<string, string | null>();
const keptOrigins = 64;

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  const kept = origins.get(url);
  if (kept !== undefined) return kept;
  const origin = parseOrigin(url);
  // The URL of a page that routes by its hash changes as it moves; a few dozen are plenty to keep.
  if (origins.size >= keptOrigins) origins.clear();
  origins.set(url, origin);
  return origin;
}

function parseOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    // Custom schemes report the opaque origin "null"; rebuild it from protocol and host.
    if (origin === 'null') {
      const parsed = new URL(url);
      return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
    }
    return origin;
  } catch {
    return null;
  }
}

export function isTrustedCaller(caller: Caller, trustedOrigins: readonly string[]): boolean {
  if (!caller.isMainFrame) return false;
  const origin = originOf(caller.url);
  return origin !== null && trustedOrigins.includes(origin);
}

export function describeInputError(error: z.ZodError): IpcError {
  const fields = fieldsOf(error);
  const [firstKey, firstMessage] = Object.entries(fields)[0] ?? ['_', content.views.errors.inputNotUnderstood];
  const message = firstKey === '_' ? firstMessage : `${firstKey}: ${firstMessage}`;
  return { code: 'invalid_input', message, fields };
}

/**
 * The one gate every call passes, in Electron and in the browser harness
 * alike: known channel, trusted sender, valid input, then the handler, with
 * every outcome folded into a Result.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (channel, payload, caller) => {
    if (!isChannel(channel)) {
      options.onRefused?.(channel, 'unknown_channel');
      return { ok: false, error: { code: 'unknown_channel', message: content.views.errors.unknownRequest } };
    }
    if (!isTrustedCaller(caller, options.trustedOrigins)) {
      options.onRefused?.(channel, 'forbidden');
      return { ok: false, error: { code: 'forbidden', message: content.views.errors.foreignSender } };
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(payload);
    if (!parsed.success) {
      options.onRefused?.(channel, 'invalid_input');
      return { ok: false, error: describeInputError(parsed.error) };
    }
    const unstorable = textsWithNul(parsed.data);
    if (unstorable.length) {
      options.onRefused?.(channel, 'invalid_input');
      const message = content.views.errors.nulCharacter;
      return {
        ok: false,
        error: { code: 'invalid_input', message, fields: Object.fromEntries(unstorable.map((field) => [field, message])) },
      };
    }
    const paused = spec.mutates ? (options.writesPaused?.() ?? null) : null;
    if (paused !== null) return { ok: false, error: { code: 'conflict', message: paused } };
    try {
      if (spec.mutates) options.beforeMutation?.();
      const handler = handlers[channel] as (input: unknown) => unknown;
      const data = await handler(parsed.data);
      if (spec.mutates) options.onMutation?.(channel);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) {
        return {
          ok: false,
          // A refusal built from a line kept before the locale was applied is said in the person's language.
          error: {
            code: error.code,
            message: relocalize(error.message),
            ...(error.fields
              ? { fields: Object.fromEntries(Object.entries(error.fields).map(([key, text]) => [key, relocalize(text)])) }
              : {}),
          },
        };
      }
      options.logError?.(channel, error);
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: storage };
      return {
        ok: false,
        error: { code: 'internal', message: content.views.errors.internal },
      };
    }
  };
}
