import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useAutosave, type AutosaveOptions } from './useAutosave';
import { useFieldErrors } from './useFieldErrors';

type FormOptions<Draft, Out, Result> = Omit<AutosaveOptions<Draft, Out, Result>, 'onChecked' | 'onRefused'> & { initial: Draft };

/**
 * A form under the one save rule: it holds the draft exactly as typed (a save's answer never
 * overwrites it, so nothing typed meanwhile is lost), saves each change through `useAutosave`, and
 * shows a check's or core's refusal beside its field through `useFieldErrors`, without moving focus.
 * Spread `formProps` on the <form>: leaving a field writes at once, and Enter never reloads the page.
 */
export function useAutosavedForm<Draft, Out, Result>({ initial, ...options }: FormOptions<Draft, Out, Result>) {
  const fields = useFieldErrors();
  const [draft, setDraft] = useState<Draft>(initial);
  const current = useRef<Draft>(initial);
  const autosave = useAutosave<Draft, Out, Result>({ ...options, onChecked: fields.show, onRefused: fields.showError });
  const { change, flush } = autosave;

  const update = useCallback(
    (next: Draft | ((draft: Draft) => Draft)) => {
      const value = typeof next === 'function' ? (next as (draft: Draft) => Draft)(current.current) : next;
      current.current = value;
      setDraft(value);
      change(value);
    },
    [change],
  );

  const formProps = {
    noValidate: true,
    onBlur: () => void flush(),
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      void flush();
    },
  };

  return { draft, update, fields, state: autosave.state, flush, formProps };
}
