import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { FieldMessages } from '../../../electron/core/ipc/fieldErrors';
import { ClientError } from '../ipc/client';
import { autosaveDelayMs, useFlushWhenLeaving } from './useAutosave';
import { useFieldErrors } from './useFieldErrors';

export type AutosaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** A `check` from a field's schema: the first message the schema gives for the value, or null when it takes it. */
export function schemaMessage(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

/**
 * Saves a form's fields as they are typed, Rebound's one rule (useAutosave, whose delay and moments
 * of leaving it shares): each changed field is written shortly after the last keystroke, at once on
 * blur, when the form goes away and when the window is hidden to the tray. Unlike useAutosave, which
 * writes a whole draft, it writes field by field (an application's panel saves each field apart). One field per call, in order, so a refusal
 * names exactly the field at fault and every other field still saves. A refusal (the form's own
 * check, or core's) shows beside its field and focus moves there; what was typed stays in the field.
 *
 * `check` returns the field's message when the value cannot be sent; `save` writes one field.
 */
export function useFieldAutosave<K extends string>({
  save,
  check,
}: {
  save: (key: K, value: unknown) => Promise<unknown>;
  check?: (key: K, value: unknown) => string | null;
}) {
  const fields = useFieldErrors();
  const [state, setState] = useState<AutosaveState>('idle');
  const pending = useRef(new Map<K, unknown>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The latest callbacks, so a flush from an old render (unmount, a timer) still writes with today's.
  const latest = useRef({ save, check });
  useEffect(() => {
    latest.current = { save, check };
  });
  const { setErrors, setQuietly } = fields;

  const refuse = useCallback(
    (key: K, message: string) => {
      setState('failed');
      // Focus moves only for a new message (to this field: the kit focuses the first one named), never for one
      // already shown, so leaving a field that still holds a refused value does not pull the person back.
      setErrors((current) => (current[key] === message ? current : { [key]: message, ...withoutKey(current, key) }));
    },
    [setErrors],
  );

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = [...pending.current.entries()];
    pending.current.clear();
    for (const [key, value] of batch) {
      const problem = latest.current.check?.(key, value) ?? null;
      if (problem) {
        refuse(key, problem);
        continue;
      }
      setState('saving');
      queue.current = queue.current.then(async () => {
        try {
          await latest.current.save(key, value);
          setQuietly((current) => withoutKey(current, key));
          setState((now) => (now === 'failed' ? now : 'saved'));
        } catch (error) {
          refuse(key, messageFor(error, key));
        }
      });
    }
    return queue.current;
  }, [refuse, setQuietly]);

  /** A field changed: written after a pause in typing (or at once with `now`, for a select or a checkbox). */
  const change = useCallback(
    (key: K, value: unknown, options: { now?: boolean } = {}) => {
      pending.current.set(key, value);
      setState('saving');
      if (timer.current) clearTimeout(timer.current);
      if (options.now) void flush();
      else timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    },
    [flush],
  );

  useFlushWhenLeaving(flush);

  return { state, fields, change, flush };
}

export type FieldAutosave<K extends string> = ReturnType<typeof useFieldAutosave<K>>;

function withoutKey(messages: FieldMessages, key: string): FieldMessages {
  if (!(key in messages)) return messages;
  const next = { ...messages };
  delete next[key];
  return next;
}

/**
 * The sentence to show beside `key`: core's message for that field (the gate names it `fields.key`),
 * else the one message of the refusal (a day out of range, a time the clocks skip), which is about
 * the one field this call wrote.
 */
export function messageFor(error: unknown, key: string): string {
  if (!(error instanceof ClientError)) return String(error);
  const named = error.fields[key] ?? error.fields[`fields.${key}`];
  return named ?? Object.values(error.fields)[0] ?? error.message;
}
