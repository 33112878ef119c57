import { useCallback, useEffect, useRef, useState } from 'react';
import { stepAnswersSchema, type Reflection, type StepAnswers } from '../../../electron/core/reflection/schema';
import { fieldsOf, type FieldMessages } from '../../../electron/core/ipc/fieldErrors';
import { call, ClientError } from '../ipc/client';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Field messages keyed by the answer's path, e.g. `freeWriting` or `targets.apply`. */
export type FieldErrors = FieldMessages;

const debounceMs = 400;

function check(answers: StepAnswers): { ok: true; data: StepAnswers } | { ok: false; errors: FieldErrors } {
  const parsed = stepAnswersSchema.safeParse(answers);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: fieldsOf(parsed.error) };
}

/**
 * Saves a step's answers as they are typed: checked against the same schema
 * main uses, written ~400 ms after the last change, and flushed at once on
 * blur, on leaving the step, on unmount and when the page is hidden (the
 * window hidden to the tray, minimised, or the page unloading), so a
 * quit, crash or reload loses at most the last moment of typing. An answer
 * that fails its schema is not sent: its message shows beside the field.
 */
export function useStepAutosave(rejectionId: number) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  /** The reflection as the last save left it (its recovery window's end, for one). */
  const [reflection, setReflection] = useState<Reflection | null>(null);
  const pending = useRef<StepAnswers | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  const send = useCallback(
    (answers: StepAnswers): Promise<boolean> => {
      setState({ kind: 'saving' });
      // One write at a time, in order: a slow save can never land after a newer one.
      queue.current = queue.current.then(async () => {
        try {
          setReflection(await call('reflection:saveStep', { rejectionId, answers }));
          setState({ kind: 'saved' });
          return true;
        } catch (error) {
          if (error instanceof ClientError) setErrors(stripAnswersPrefix(error.fields));
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
          return false;
        }
      });
      return queue.current;
    },
    [rejectionId],
  );

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback((): Promise<boolean> => {
    cancelTimer();
    const answers = pending.current;
    pending.current = null;
    return answers ? send(answers) : queue.current;
  }, [send]);

  const change = useCallback(
    (answers: StepAnswers) => {
      cancelTimer();
      const result = check(answers);
      if (!result.ok) {
        setErrors(result.errors);
        pending.current = null;
        return;
      }
      setErrors({});
      pending.current = result.data;
      // Honest status while typing: not "Saved" until this change is written.
      setState({ kind: 'saving' });
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush],
  );

  /** Saves these answers now (leaving a step); false when they were refused. */
  const saveNow = useCallback(
    (answers: StepAnswers): Promise<boolean> => {
      cancelTimer();
      pending.current = null;
      const result = check(answers);
      if (!result.ok) {
        setErrors(result.errors);
        return Promise.resolve(false);
      }
      return send(result.data);
    },
    [send],
  );

  useEffect(() => {
    const onHide = () => void flush();
    // Closing Rebound's window only hides it (it lives on in the tray): no pagehide then, but the
    // page turns hidden, so a pending answer is written before a quit from the tray can lose it.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { state, errors, reflection, change, flush, saveNow };
}

function stripAnswersPrefix(fields: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key.replace(/^answers\./, ''), value]));
}
