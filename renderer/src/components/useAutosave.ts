import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FieldMessages } from '../../../electron/core/ipc/fieldErrors';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export type Checked<Out> = { ok: true; data: Out } | { ok: false; errors: FieldMessages };

export interface AutosaveOptions<Draft, Out, Result> {
  /** The same check main makes, so a mistake shows at once and is never sent. */
  check: (draft: Draft) => Checked<Out>;
  /** The write itself; a throw is a refusal. */
  save: (data: Out) => Promise<Result>;
  /** After a check: the fields' messages (empty when the draft is fine). */
  onChecked?: (errors: FieldMessages) => void;
  onSaved?: (result: Result) => void;
  onRefused?: (error: unknown) => void;
  /**
   * Quiet time after the last change before writing. `null` writes only when the person leaves the
   * field (blur), the window hides or the form goes away: for a value each try of which asks the
   * system (a global shortcut), where half-typed keys must not be tried.
   */
  debounceMs?: number | null;
}

export const autosaveDelayMs = 400;

/**
 * Rebound's one save rule: what you change saves itself. Each change is
 * checked at once (a refusal shows beside its field and nothing typed is
 * lost), written ~400 ms after the last one, and flushed at once on blur,
 * on unmount and when the page is hidden (the window closed to the tray,
 * minimised, or the page unloading), so a quit, crash or reload loses at
 * most the last moment of typing. Writes go one at a time, in order: a slow
 * save never lands after a newer one.
 */
export function useAutosave<Draft, Out, Result>(options: AutosaveOptions<Draft, Out, Result>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // The latest callbacks, so a caller's inline functions never restart the listeners below.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const pending = useRef<Out | null>(null);
  const hasPending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  const send = useCallback((data: Out): Promise<boolean> => {
    setState({ kind: 'saving' });
    queue.current = queue.current.then(async () => {
      try {
        const result = await latest.current.save(data);
        latest.current.onSaved?.(result);
        setState({ kind: 'saved' });
        return true;
      } catch (error) {
        latest.current.onRefused?.(error);
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return false;
      }
    });
    return queue.current;
  }, []);

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback((): Promise<boolean> => {
    cancelTimer();
    if (!hasPending.current) return queue.current;
    const data = pending.current as Out;
    pending.current = null;
    hasPending.current = false;
    return send(data);
  }, [send]);

  const change = useCallback(
    (draft: Draft) => {
      cancelTimer();
      const result = latest.current.check(draft);
      latest.current.onChecked?.(result.ok ? {} : result.errors);
      if (!result.ok) {
        pending.current = null;
        hasPending.current = false;
        setState({ kind: 'idle' });
        return;
      }
      pending.current = result.data;
      hasPending.current = true;
      // Honest status while typing: not "Saved" until this change is written.
      setState({ kind: 'saving' });
      const delay = latest.current.debounceMs === undefined ? autosaveDelayMs : latest.current.debounceMs;
      if (delay !== null) timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  /** Checks and writes this draft now (leaving a step); false when it was refused. */
  const saveNow = useCallback(
    (draft: Draft): Promise<boolean> => {
      cancelTimer();
      pending.current = null;
      hasPending.current = false;
      const result = latest.current.check(draft);
      latest.current.onChecked?.(result.ok ? {} : result.errors);
      if (!result.ok) return Promise.resolve(false);
      return send(result.data);
    },
    [send],
  );

  useFlushWhenLeaving(flush);

  return { state, change, flush, saveNow };
}

/**
 * The moments a pending change is written at once, for every form that saves as it is typed (this
 * hook and useFieldAutosave): the form going away, the page unloading, and the page turning hidden.
 * Closing Rebound's window only hides it (it lives on in the tray): no pagehide then, but the page
 * turns hidden, so a pending change is written before a quit from the tray can lose it.
 */
export function useFlushWhenLeaving(flush: () => unknown): void {
  useEffect(() => {
    const onHide = () => void flush();
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
}
